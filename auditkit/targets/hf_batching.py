"""Batching inside a target: concurrent `generate` calls become a few `model.generate` calls.

The runner keeps up to `concurrency` requests in flight, each awaiting `target.generate`. Each request is
queued with a future; one worker task per event loop waits a few milliseconds for companions, takes up
to `batch_size` requests that can share a batch (same group key) and are closest in prompt length to the
oldest waiting one (less padding, and the oldest is always served), runs the batch in a thread so the
event loop stays free, and resolves the futures.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditkit.errors import TargetError
from auditkit.records.attempts import Response

# Wait for more requests while they keep arriving at most this far apart, and never longer than the cap:
# after a batch is answered the runner's workers send their next requests within a millisecond or two.
GAP_S = 0.005
MAX_WAIT_S = 0.05


@dataclass
class Prepared:
    """A request ready for a batch: its group key, its prompt length in tokens and backend data."""

    key: Hashable
    length: int
    seed: int | None
    data: Any
    arrived: float = field(default_factory=time.monotonic)


RunBatch = Callable[[list[Prepared]], Sequence[Response | TargetError]]


def pick_batch(waiting: Sequence[Prepared], batch_size: int) -> list[int]:
    """Indices of the next batch: the oldest request plus those of its group nearest to it in length."""
    oldest = min(range(len(waiting)), key=lambda i: waiting[i].arrived)
    anchor = waiting[oldest]
    same = [i for i, p in enumerate(waiting) if p.key == anchor.key]
    same.sort(key=lambda i: (abs(waiting[i].length - anchor.length), waiting[i].arrived))
    return sorted(same[:batch_size])


def _is_out_of_memory(exc: BaseException) -> bool:
    return type(exc).__name__ == "OutOfMemoryError" or "out of memory" in str(exc).lower()


def run_splitting(run: RunBatch, batch: list[Prepared]) -> list[Response | TargetError]:
    """Run a batch; when the device runs out of memory, run each half instead (down to single requests)."""
    try:
        return list(run(batch))
    except Exception as exc:  # noqa: BLE001 - torch reports memory exhaustion as several exception types
        if len(batch) > 1 and _is_out_of_memory(exc):
            half = len(batch) // 2
            return run_splitting(run, batch[:half]) + run_splitting(run, batch[half:])
        raise


class Batcher:
    """Collects concurrent requests into batches for a synchronous batch function run in a thread."""

    def __init__(self, run: RunBatch, *, batch_size: int, name: str):
        self.run = run
        self.batch_size = batch_size
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting: list[tuple[Prepared, asyncio.Future[Response]]] = []
        self._arrived: asyncio.Event | None = None
        self._worker: asyncio.Task[None] | None = None
        self._running: list[tuple[Prepared, asyncio.Future[Response]]] = []
        self.batches: list[int] = []  # sizes of the batches run, for tests and benchmarks

    async def submit(self, item: Prepared) -> Response:
        """Queue one prepared request and wait for its answer (TargetError when it has none)."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._worker is None or self._worker.done():
            self._start(loop)
        assert self._arrived is not None
        future: asyncio.Future[Response] = loop.create_future()
        self._waiting.append((item, future))
        self._arrived.set()
        return await future

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        # Futures and events belong to one event loop; a target reused under a new loop starts afresh.
        self._loop = loop
        self._waiting = []
        self._arrived = asyncio.Event()
        self._worker = loop.create_task(self._work(), name=f"auditkit-batcher-{self.name}")

    async def _gather(self) -> None:
        assert self._arrived is not None
        started = time.monotonic()
        while len(self._waiting) < self.batch_size:
            left = MAX_WAIT_S - (time.monotonic() - started)
            if left <= 0:
                return
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), timeout=min(GAP_S, left))
            except TimeoutError:
                return

    async def _work(self) -> None:
        assert self._arrived is not None
        while True:
            while not self._waiting:
                self._arrived.clear()
                await self._arrived.wait()
            await self._gather()
            # Requests whose caller gave up (cancelled) need no answer.
            self._waiting = [(p, f) for p, f in self._waiting if not f.done()]
            if not self._waiting:
                continue
            chosen = set(pick_batch([p for p, _ in self._waiting], self.batch_size))
            batch = [entry for i, entry in enumerate(self._waiting) if i in chosen]
            self._waiting = [entry for i, entry in enumerate(self._waiting) if i not in chosen]
            await self._answer(batch)

    async def _answer(self, batch: list[tuple[Prepared, asyncio.Future[Response]]]) -> None:
        self.batches.append(len(batch))
        self._running = batch
        try:
            results = await asyncio.to_thread(run_splitting, self.run, [p for p, _ in batch])
        except Exception as exc:  # noqa: BLE001 - a failed batch is an error on each of its requests
            failure = TargetError(f"{self.name}: generation failed: {type(exc).__name__}: {exc}", kind="generation")
            results = [failure] * len(batch)
        finally:
            self._running = []
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():
                continue
            if isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)

    async def aclose(self) -> None:
        """Stop the worker; requests still waiting fail with a TargetError."""
        worker, self._worker = self._worker, None
        for _, future in self._waiting + self._running:
            if not future.done():
                future.set_exception(TargetError(f"{self.name}: target closed", kind="closed"))
        self._waiting, self._running = [], []
        if worker is not None and not worker.done() and worker.get_loop() is asyncio.get_running_loop():
            worker.cancel()
            try:
                await worker
            except asyncio.CancelledError:
                pass
