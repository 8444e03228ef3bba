"""Safety of the local web app: the Host check, the per-session token on state-changing requests, headers.

A page on another site can make the browser send requests to 127.0.0.1, and DNS rebinding can make such a site
look same-origin; so every request must name an allowed host, and every request that changes state must carry
the token that only pages served by this app hold (other origins cannot read them). Pure ASGI, so no route can
forget it: the token is checked before any handler runs, from a header or the urlencoded form body.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOKEN_FIELD = "token"
TOKEN_HEADER = b"x-auditkit-token"
MAX_FORM_BYTES = 64 * 1024
SAFE_METHODS = {"GET", "HEAD"}
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "media-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def host_name(value: str) -> str:
    """The host of a Host header or URL authority without its port, lower case ('[::1]:80' -> '::1')."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> set[str]:
    """Host names requests may name: the loopback names, the bound address when it is a specific one, and any
    names given (for a server bound to all interfaces, the names people reach it by)."""
    names = set(LOOPBACK_NAMES) | {host_name(h) for h in extra if h.strip()}
    bind = host_name(bind)
    try:
        if not ipaddress.ip_address(bind).is_unspecified:
            names.add(bind)
    except ValueError:
        names.add(bind)  # a name such as localhost or a machine name
    return names


class Guard:
    """ASGI middleware: refuses a bad Host (400), a state-changing request without the token or from another
    origin (403), and adds the security headers to every response."""

    def __init__(self, app: ASGIApp, *, token: str, hosts: set[str]):
        self.app, self.token, self.hosts = app, token, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        host = headers.get(b"host", b"").decode("latin-1")
        if not host or host_name(host) not in self.hosts:
            await _plain(send, 400, "bad Host header: this server answers only to " + ", ".join(sorted(self.hosts)))
            return
        method = scope.get("method", "GET")
        if method not in SAFE_METHODS:
            origin = headers.get(b"origin", b"").decode("latin-1")
            if origin and (origin == "null" or host_name(urlsplit(origin).netloc) not in self.hosts):
                await _plain(send, 403, "cross-origin request refused")
                return
            body, too_big = await _read_body(receive)
            if too_big:
                await _plain(send, 413, "request body too large")
                return
            if not self._token_ok(headers, body):
                await _plain(send, 403, "missing or wrong session token: reload the page and try again")
                return
            receive = _replay(body)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _token_ok(self, headers: dict[bytes, bytes], body: bytes) -> bool:
        given = headers.get(TOKEN_HEADER, b"").decode("latin-1")
        if not given:
            try:
                given = parse_qs(body.decode("utf-8"), max_num_fields=100).get(TOKEN_FIELD, [""])[0]
            except (UnicodeDecodeError, ValueError):
                return False
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks), False


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _plain(send: Send, status: int, text: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")] + SECURITY_HEADERS})
    await send({"type": "http.response.body", "body": text.encode("utf-8")})
