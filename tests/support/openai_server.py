"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: deterministic replies and injectable faults.

    with OpenAIStubServer(latency=0.0, faults={1: Fault.http(429, retry_after=1)}) as server:
        target = OpenAITarget(model="stub", base_url=server.base_url)
        ...
        server.requests[0].body["messages"]
"""

from __future__ import annotations

import json
import re
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, Self

REFUSAL_WORDS = ("weapon", "bomb", "hack", "steal", "poison", "kill", "malware", "exploit", "password")
# Words match at a word start: "hacking" refuses, "skill" (which contains "kill") does not.
_REFUSAL_RE = re.compile(r"\b(?:" + "|".join(REFUSAL_WORDS) + ")", re.IGNORECASE)
REFUSAL_TEXT = "I'm sorry, but I can't help with that request."
COMPLY_PREFIX = "Sure. Here is a helpful answer about: "

FaultKind = Literal["status", "malformed_json", "empty_choices", "close_connection", "reset", "truncated_body",
                    "huge"]


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour for one request; build with the classmethods."""

    kind: FaultKind = "status"
    status: int = 500
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | dict | None = None
    delay: float = 0.0  # extra seconds before answering (to provoke client timeouts)

    @classmethod
    def http(cls, status: int, *, retry_after: float | str | None = None, headers: Mapping[str, str] | None = None,
             body: str | dict | None = None, delay: float = 0.0) -> Fault:
        """Answer with this status and an OpenAI-style error body, or exactly `body` (a 200 with a body too)."""
        all_headers = dict(headers or {})
        if retry_after is not None:
            all_headers["Retry-After"] = str(retry_after)
        return cls("status", status, all_headers, body, delay)

    @classmethod
    def malformed_json(cls) -> Fault:
        """Answer 200 with a body that is not JSON."""
        return cls("malformed_json", 200)

    @classmethod
    def empty_choices(cls) -> Fault:
        """Answer 200 with a completion whose `choices` is empty."""
        return cls("empty_choices", 200)

    @classmethod
    def close_connection(cls) -> Fault:
        """Read the request, then drop the socket without answering."""
        return cls("close_connection", 0)

    @classmethod
    def reset(cls) -> Fault:
        """Read the request, then abort the TCP connection with a reset (RST)."""
        return cls("reset", 0)

    @classmethod
    def truncated_body(cls) -> Fault:
        """Announce a full Content-Length, send half of the body, then close."""
        return cls("truncated_body", 200)

    @classmethod
    def huge(cls, megabytes: float) -> Fault:
        """Answer 200 with a completion whose text is about `megabytes` MB long."""
        return cls("huge", 200, {}, str(megabytes))

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally after `seconds` more."""
        return cls("status", 200, {}, None, seconds)


Faults = Callable[[int, dict], "Fault | None"] | Mapping[int, Fault] | None


@dataclass
class ReceivedRequest:
    """What the server saw for one request (number is 1-based, in arrival order)."""

    number: int
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    arrived: float  # time.monotonic()
    status: int | None = None  # None: connection dropped without an answer
    finished: float | None = None
    chat: int | None = None  # 1-based number among chat-completion requests (what faults are keyed by)


def message_text(message: dict) -> str:
    """The text of a chat message whose content is a string or a list of content parts."""
    content = message.get("content")
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return content if isinstance(content, str) else ""


def default_responder(body: dict) -> str:
    """Refuse when the last user message names a harmful word, else comply, deterministically."""
    users = [m for m in body.get("messages", []) if isinstance(m, dict) and m.get("role") == "user"]
    text = message_text(users[-1]) if users else ""
    if _REFUSAL_RE.search(text):
        return REFUSAL_TEXT
    return COMPLY_PREFIX + text[:60]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers and client pools use it
    server: _Server
    timeout = 30  # an idle keep-alive connection frees its thread after this

    def log_message(self, format: str, *args: Any) -> None:
        return

    def setup(self) -> None:
        super().setup()
        with self.server.stub._lock:
            self.server.stub._connections.add(self.connection)

    def finish(self) -> None:
        with self.server.stub._lock:
            self.server.stub._connections.discard(self.connection)
        super().finish()

    def do_GET(self) -> None:
        self.server.stub._handle(self, None)

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        self.server.stub._handle(self, raw)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    stub: OpenAIStubServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or was closed leaves a broken pipe behind: expected in fault tests.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class OpenAIStubServer:
    """POST /v1/chat/completions and GET /v1/models on 127.0.0.1:<free port>, in a background thread.

    `faults` are keyed by the 1-based number of the chat-completion request they answer.
    """

    def __init__(self, *, latency: float = 0.0, responder: Callable[[dict], str] | None = None,
                 faults: Faults = None, model: str = "stub-model", model_info: Mapping[str, Any] | None = None,
                 models_route: bool = True) -> None:
        self.latency = latency
        self.responder = responder or default_responder
        self.faults = faults
        self.model = model
        self.model_info = dict(model_info or {})  # extra fields of the model's GET /v1/models entry
        self.models_route = models_route  # False: GET /v1/models answers 404, as some servers do
        self._chats = 0
        self._lock = threading.Lock()
        self._requests: list[ReceivedRequest] = []
        self._connections: set[socket.socket] = set()
        self.in_flight = 0
        self.peak_in_flight = 0
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind 127.0.0.1 on a free port and serve in a daemon thread."""
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.stub = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="openai-stub-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open keep-alive connections and close the listening socket."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        with self._lock:
            connections = list(self._connections)
        # Keep-alive connections park a handler thread in recv(); wake them so they end now.
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port the server listens on."""
        assert self._httpd is not None, "server is not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        """The API root to give a client: http://127.0.0.1:PORT/v1."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> list[ReceivedRequest]:
        """A snapshot of every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def chat_requests(self) -> list[ReceivedRequest]:
        """Only the chat-completion requests."""
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- request handling (runs in handler threads) ------------------------------------------------

    def _fault_for(self, number: int, body: Any) -> Fault | None:
        if self.faults is None:
            return None
        if callable(self.faults):
            return self.faults(number, body if isinstance(body, dict) else {})
        return self.faults.get(number)

    def _handle(self, handler: _Handler, raw: bytes | None) -> None:
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw.decode("utf-8", "replace")
        with self._lock:
            record = ReceivedRequest(number=len(self._requests) + 1, method=handler.command,
                                     path=handler.path, headers={k.lower(): v for k, v in handler.headers.items()},
                                     body=body, arrived=time.monotonic())
            if handler.command == "POST" and handler.path.split("?", 1)[0].rstrip("/").endswith("/chat/completions"):
                self._chats += 1
                record.chat = self._chats
            self._requests.append(record)
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            status, headers, payload = self._answer(record)
            if status is None:  # close_connection / reset faults
                handler.close_connection = True
                if headers.get("x-fault") == "reset":
                    # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
                    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    handler.connection.close()
                else:
                    handler.connection.shutdown(socket.SHUT_RDWR)
                return
            truncated = headers.pop("x-fault", None) == "truncated_body"
            handler.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload[: len(payload) // 2] if truncated else payload)
            handler.wfile.flush()
            if truncated:
                handler.close_connection = True
                handler.connection.shutdown(socket.SHUT_RDWR)
                return
            record.status = status
        finally:
            with self._lock:
                self.in_flight -= 1
                record.finished = time.monotonic()

    def _answer(self, record: ReceivedRequest) -> tuple[int | None, dict[str, str], bytes]:
        # Faults are keyed by the chat request's number, so a client that first lists the models (GET
        # /v1/models, as a run does for its provenance) meets them on the same answers.
        fault = self._fault_for(record.chat, record.body) if record.chat is not None else None
        delay = self.latency + (fault.delay if fault else 0.0)
        if delay:
            time.sleep(delay)
        # A client talking to this server as its HTTP proxy sends the absolute URL (http://host/v1/...).
        path = re.sub(r"^https?://[^/]+", "", record.path).split("?", 1)[0].rstrip("/")
        if record.method == "GET" and path == "/v1/models" and self.models_route:
            entry = {"id": self.model, "object": "model", **self.model_info}
            return 200, {}, _json({"object": "list", "data": [entry]})
        if record.method != "POST" or path != "/v1/chat/completions":
            return 404, {}, _error(f"no route {record.method} {record.path}", "not_found")
        if fault is not None:
            if fault.kind in ("close_connection", "reset"):
                return None, {"x-fault": fault.kind}, b""
            if fault.kind == "malformed_json":
                return 200, {}, b'{"id": "chatcmpl-broken", "choices": [ {"mess'
            if fault.kind == "status" and (fault.status != 200 or fault.body is not None):
                if isinstance(fault.body, dict):
                    payload = _json(fault.body)
                elif isinstance(fault.body, str):
                    payload = fault.body.encode()
                else:
                    payload = _error(f"injected HTTP {fault.status}", f"http_{fault.status}")
                return fault.status, dict(fault.headers), payload
        body = record.body
        if not isinstance(body, dict) or not isinstance(body.get("model"), str) \
                or not isinstance(body.get("messages"), list) or not body["messages"]:
            return 400, {}, _error("body must be JSON with `model` and a non-empty `messages` list",
                                   "invalid_request_error")
        completion = self._completion(record.number, body)
        if fault is not None and fault.kind == "empty_choices":
            completion["choices"] = []
        if fault is not None and fault.kind == "huge":
            size = int(float(str(fault.body)) * 1024 * 1024)
            completion["choices"][0]["message"]["content"] = ("lorem ipsum " * (size // 12 + 1))[:size]
        if fault is not None and fault.kind == "truncated_body":
            return 200, {"x-fault": "truncated_body"}, _json(completion)
        return 200, {}, _json(completion)

    def _completion(self, number: int, body: dict) -> dict:
        text = self.responder(body)
        finish = "stop"
        max_tokens = body.get("max_tokens") or body.get("max_completion_tokens")
        words = text.split(" ")
        # Honour max_tokens (one word = one token here) so truncation paths can be tested.
        if isinstance(max_tokens, int) and len(words) > max_tokens:
            text, finish = " ".join(words[:max_tokens]), "length"
        prompt_tokens = sum(len(message_text(m).split()) for m in body["messages"] if isinstance(m, dict))
        completion_tokens = len(text.split())
        return {
            "id": f"chatcmpl-stub-{number}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        }


def _json(data: Any) -> bytes:
    return json.dumps(data).encode("utf-8")


def _error(message: str, code: str) -> bytes:
    return _json({"error": {"message": message, "type": "invalid_request_error", "code": code}})
