"""Scoring answered attempts in batches, on threads of their own that yield to the thread sending requests."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from auditkit.detectors.registry import DetectorSet, detector_error
from auditkit.records.attempts import Attempt
from auditkit.records.expectations import verdict
from auditkit.records.probes import Probe

MAX_SCORING_THREADS = 4
"""The default cap on scoring threads: past a few, sending and the event loop need the cores more."""
SCORING_NICENESS = 5
"""How much lower the OS schedules scoring threads than the thread sending requests (Linux)."""


def default_scoring_threads() -> int:
    """One scoring thread per CPU, at most MAX_SCORING_THREADS."""
    return max(1, min(MAX_SCORING_THREADS, os.cpu_count() or 1))


def one_torch_thread() -> None:
    """Let torch use one thread in the calling thread (if torch is loaded at all)."""
    # Runs in the scoring thread (torch's thread count is per thread): detector inputs are short, and spare
    # cores serve the requests in flight; several torch threads on a busy machine cost 10x the CPU.
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)


def lower_priority() -> None:
    """Let the OS run the calling thread after the thread that sends requests (Linux; elsewhere nothing)."""
    # When the cores are busy, the thread that sends requests should run first: a stalled event loop idles
    # every request in flight, while a late batch only delays its own scores. Linux takes a thread id
    # here; elsewhere the call would name a process, so it is skipped.
    if sys.platform == "linux":
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(),
                           min(19, os.getpriority(os.PRIO_PROCESS, 0) + SCORING_NICENESS))
        except OSError:
            pass


def score_batch(batch: list[Attempt], probes: dict[str, Probe], detectors: DetectorSet | None) -> None:
    """Score a batch in place and give each attempt its verdict; a detector failing on one response is recorded
    on that attempt (DetectorSet.score_items), and anything else unexpected on every attempt of the batch."""
    if detectors is not None:
        # Only here, in a scoring thread: without detectors this runs on the event loop's thread.
        one_torch_thread()
        try:
            detectors.score_attempts(batch, probes)
        except Exception as exc:  # noqa: BLE001 - whatever breaks, the answers are kept and the run goes on
            failure = detector_error(detectors, exc)
            for a in batch:
                if a.error is None and a.response is not None:
                    a.scores, a.detector_errors = [], [failure]
    now = datetime.now(UTC)
    for a in batch:
        a.verdict = verdict(a)
        a.finished_at = now


class ScoringThreads:
    """Up to `threads` batches scored at once, each on a thread of the pool's own (torch's settings are per thread).

    `acquire` waits for a free thread before a batch is taken: while all are busy, answers gather and the next
    batch is bigger (cheaper per answer), not later. `score` then runs the batch and frees its thread.
    """

    def __init__(self, threads: int | None = None):
        self.threads = threads or default_scoring_threads()
        # Threads of their own, so their torch setting sticks; each scores one batch at a time.
        self._pool = ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="auditkit-scoring",
                                        initializer=lower_priority)
        self._free = asyncio.Semaphore(self.threads)

    async def acquire(self) -> None:
        """Wait until a scoring thread is free, and hold it."""
        await self._free.acquire()

    def release(self) -> None:
        """Give back a held thread unused."""
        self._free.release()

    async def score(self, batch: list[Attempt], probes: dict[str, Probe], detectors: DetectorSet,
                    then: Callable[[list[Attempt]], None]) -> None:
        """Score `batch` on the held thread, then hand it to `then` on the event loop; the thread is freed."""
        try:
            await asyncio.get_running_loop().run_in_executor(self._pool, score_batch, batch, probes, detectors)
            then(batch)
        finally:
            self._free.release()

    def shutdown(self) -> None:
        """Stop taking batches; a batch still scoring finishes on its own."""
        self._pool.shutdown(wait=False)
