"""Bind a socket and serve the app with uvicorn: in the foreground for the CLI, or in a thread for tests."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

from auditkit.errors import InputError, MissingExtraError


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one); InputError when the address cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    """http://HOST:PORT of a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _server(app: Any) -> Any:
    try:
        import uvicorn
    except ImportError:
        raise MissingExtraError("auditkit view", "view", "starlette, uvicorn") from None
    return uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                         server_header=False))


def serve(app: Any, sock: socket.socket) -> None:
    """Serve until interrupted (Ctrl-C)."""
    _server(app).run(sockets=[sock])


class BackgroundServer:
    """The app served from a thread on a bound socket; `stop()` shuts it down and joins the thread."""

    def __init__(self, app: Any, sock: socket.socket):
        self.url = url_of(sock)
        self._server = _server(app)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._sock = sock

    def start(self, timeout: float = 10.0) -> BackgroundServer:
        """Start serving and wait until the server accepts requests."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the view server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Ask the server to exit and wait for its thread."""
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
