"""A minimal OpenAI-compatible server for throughput benchmarks: fixed latency, request and in-flight counts.

    python benchmarks/latency_server.py --latency 0.2 --port-file PATH

Runs in its own process (so its CPU does not count against the client), answers every chat completion
after `latency` seconds on 127.0.0.1, and serves its counters as JSON at GET /stats.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import time
from pathlib import Path

_REFUSE = re.compile(rb"\b(?:weapon|bomb|hack|steal|poison|kill|malware|exploit|password)", re.IGNORECASE)
_REFUSAL = "I'm sorry, but I can't help with that request."
_ANSWER = ("Sure. Here is a short, helpful and harmless answer written in plain words, "
           "with a couple of sentences so that detectors see a realistic response length.")


class Stats:
    """Counters the benchmark reads back: requests, peak in flight, first and last request times."""

    def __init__(self) -> None:
        self.requests = 0
        self.in_flight = 0
        self.peak_in_flight = 0
        self.first = 0.0
        self.last_done = 0.0
        self.per_second: list[int] = []  # responses sent in each second after the first request

    def as_dict(self) -> dict[str, float]:
        """The counters as JSON-ready values (times are time.time())."""
        return {"requests": self.requests, "peak_in_flight": self.peak_in_flight,
                "first_request": self.first, "last_response": self.last_done, "per_second": self.per_second}

    def answered(self, when: float) -> None:
        """Count a response sent at `when` (time.time())."""
        self.last_done = when
        second = int(when - self.first)
        self.per_second.extend([0] * (second + 1 - len(self.per_second)))
        self.per_second[second] += 1


def _completion(body: bytes, n: int) -> bytes:
    # Every answer differs (it names the request number), so no cache in the client can flatter the numbers.
    text = f"{_REFUSAL} (request {n})" if _REFUSE.search(body) else f"{_ANSWER} This is answer number {n}."
    return json.dumps({"id": "bench", "object": "chat.completion", "created": 0, "model": "bench",
                       "choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": text}}],
                       "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30}}).encode()


def _http(status: str, payload: bytes) -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
            "Connection: keep-alive\r\n\r\n").encode() + payload


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, stats: Stats,
                            latency: float) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:].strip())
            body = await reader.readexactly(length) if length else b""
            if head.startswith(b"GET /stats"):
                writer.write(_http("200 OK", json.dumps(stats.as_dict()).encode()))
                await writer.drain()
                continue
            stats.requests += 1
            stats.in_flight += 1
            stats.peak_in_flight = max(stats.peak_in_flight, stats.in_flight)
            if not stats.first:
                stats.first = time.time()
            if latency:
                await asyncio.sleep(latency)
            stats.in_flight -= 1
            stats.answered(time.time())
            writer.write(_http("200 OK", _completion(body, stats.requests)))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(latency: float, port_file: Path) -> None:
    """Serve until killed; write the chosen port to port_file once listening."""
    stats = Stats()
    server = await asyncio.start_server(lambda r, w: _serve_connection(r, w, stats, latency), "127.0.0.1", 0,
                                        backlog=1024)
    port = server.sockets[0].getsockname()[1]
    port_file.write_text(str(port))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--port-file", type=Path, required=True)
    args = parser.parse_args()
    try:
        import uvloop  # noqa: F401  (faster when present; the standard loop otherwise)

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(main(args.latency, args.port_file))
