"""Run a coroutine to completion from synchronous code, whether or not the caller is inside an event loop."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run_sync(coro: Coroutine[Any, Any, T], *, thread_name: str = "auditkit-loop") -> T:
    """`asyncio.run(coro)`, or the same in a thread of its own when this thread already runs an event loop.

    A notebook, Playwright's sync API or an async web framework keeps a loop running in the caller's thread, where
    asyncio.run refuses to start; a second thread has no loop and may start its own.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    return run_in_thread(coro, thread_name=thread_name)


def run_in_thread(coro: Coroutine[Any, Any, T], *, thread_name: str = "auditkit-loop") -> T:
    """Run `coro` on a fresh event loop in a new thread and return its result (its exception is re-raised here)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    # The caller's context variables (such as the run's secrets file) hold in the new thread too.
    thread = threading.Thread(target=contextvars.copy_context().run, args=(run,), name=thread_name)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
