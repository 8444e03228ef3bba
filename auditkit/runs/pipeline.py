"""Send attempts and score them at the same time: requests feed a bounded queue that scoring threads drain.

Generation is I/O-bound and scoring is CPU-bound, so scoring inline would stall every request in flight
behind each detector call. Here `concurrency` workers only send; finished responses wait in a bounded queue
and a bounded backlog (so memory stays flat, and a slow detector slows sending rather than piling up
responses), and one consumer takes them in batches to a pool of scoring threads, where batched detectors
(embeddings, classifiers) are cheapest and torch runs without the GIL, so several batches are scored at once
on several cores.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import threading
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Protocol

from auditkit.attempts import Attempt, AttemptError
from auditkit.detectors.registry import DetectorSet, detector_error
from auditkit.errors import TargetError
from auditkit.expectations import verdict
from auditkit.suites.model import Probe
from auditkit.targets.base import Target

MAX_BATCH = 64
"""The most responses one scoring call takes: big enough to batch, small enough to keep progress smooth."""
MAX_SCORING_THREADS = 4
"""The default cap on scoring threads: past a few, sending and the event loop need the cores more."""
BACKLOG = 2048
"""Answers that may wait to be scored beyond the queue: while the detector models load (seconds) and while
scoring catches up afterwards, sending goes on instead of stalling on a full queue."""
SCORING_NICENESS = 5
"""How much lower the OS schedules scoring threads than the thread sending requests (Linux)."""
SWITCH_INTERVAL_S = 0.0005
"""How long another thread may hold the GIL while the event loop waits for it (Python's default: 5 ms)."""


def default_scoring_threads() -> int:
    """One scoring thread per CPU, at most MAX_SCORING_THREADS."""
    return max(1, min(MAX_SCORING_THREADS, os.cpu_count() or 1))


class AttemptSink(Protocol):
    """Where finished attempts go (the run's attempt log).

    A sink may also have `waiting(attempt)`: it then records answers that wait in the backlog to be scored
    (as unscored attempts; the scored record follows), so a killed run does not lose them.
    """

    def append(self, attempt: Attempt) -> None:
        """Record one finished attempt."""


async def _generate(planned: Attempt, target: Target, seed: int) -> Attempt:
    # A copy carries the response: the plan stays light, and a logged attempt is freed, not kept to the end.
    attempt = planned.model_copy()
    try:
        attempt.response = await target.generate(attempt.request(seed + attempt.sample))
    except TargetError as exc:
        attempt.error = AttemptError(kind=exc.kind, message=str(exc), retries=exc.retries)
    except (asyncio.CancelledError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a broken target must not end the run; record why instead
        attempt.error = AttemptError(kind="exception", message=f"{type(exc).__name__}: {exc}")
    return attempt


def one_torch_thread() -> None:
    """Let torch use one thread in the calling thread (if torch is loaded at all)."""
    # Runs in the scoring thread (torch's thread count is per thread): detector inputs are short, and spare
    # cores serve the requests in flight; several torch threads on a busy machine cost 10x the CPU.
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)


def _lower_priority() -> None:
    # When the cores are busy, the thread that sends requests should run first: a stalled event loop idles
    # every request in flight, while a late batch only delays its own scores. Linux takes a thread id
    # here; elsewhere the call would name a process, so it is skipped.
    if sys.platform == "linux":
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(),
                           min(19, os.getpriority(os.PRIO_PROCESS, 0) + SCORING_NICENESS))
        except OSError:
            pass


def _score_batch(batch: list[Attempt], probes: dict[str, Probe], detectors: DetectorSet | None) -> None:
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


async def send_and_score(pending: Iterable[Attempt], probes: dict[str, Probe], target: Target,
                         detectors: Awaitable[DetectorSet] | None, log: AttemptSink, *, concurrency: int,
                         seed: int, on_done: Callable[[Attempt], None], on_sent: Callable[[int], None] | None = None,
                         on_detectors: Callable[[DetectorSet], None] | None = None,
                         scoring_threads: int | None = None, unscored: Iterable[Attempt] = ()) -> None:
    """Send every pending attempt with at most `concurrency` in flight, score and log each.

    `detectors` may still be loading (a task): sending starts at once and scoring waits for it; None skips
    scoring. `on_detectors` is called once they are ready, `on_sent` with the count of responses received.
    Up to `scoring_threads` batches (default: default_scoring_threads()) are scored at once. `unscored` are
    attempts answered before (a resumed run's waiting answers): they are scored and logged, not sent.
    """
    # Two rounds of answers may wait in the queue, enough to fill batches; beyond it the scorer's backlog
    # (BACKLOG answers, logged as they wait) lets sending run ahead of scoring by seconds, not by the whole run.
    queue: asyncio.Queue[Attempt | None] = asyncio.Queue(maxsize=2 * concurrency)
    attempts = iter(pending)
    sent = 0
    loop = asyncio.get_running_loop()
    # Scoring threads of their own, so their torch setting sticks; each scores one batch at a time.
    threads = scoring_threads or default_scoring_threads()
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="auditkit-scoring",
                              initializer=_lower_priority)
    free = asyncio.Semaphore(threads)
    note_waiting = getattr(log, "waiting", None)
    waiting: set[str] = set()  # ids whose answer is in the log, unscored, until its scored record lands

    async def sender() -> None:
        nonlocal sent
        # Senders share one iterator, so no attempt is created before a sender is free to send it.
        for attempt in attempts:
            await queue.put(await _generate(attempt, target, seed))
            sent += 1
            if on_sent:
                on_sent(sent)

    def finish(batch: list[Attempt]) -> None:
        # Logging and progress stay on the event loop: one writer, in the order batches finish scoring.
        for a in batch:
            log.append(a)
            waiting.discard(a.id)
            on_done(a)

    def log_waiting(held: list[Attempt]) -> None:
        # Answers that wait (while models load, or while scoring catches up) go to the log now: a run killed
        # meanwhile keeps them, and --resume scores them instead of paying for them again.
        if note_waiting is None:
            return
        for a in held:
            if a.id not in waiting:
                waiting.add(a.id)
                a.verdict = "unscored"
                note_waiting(a)

    async def score_in_thread(batch: list[Attempt], ready: DetectorSet) -> None:
        try:
            await loop.run_in_executor(pool, _score_batch, batch, probes, ready)
            finish(batch)
        finally:
            free.release()

    async def take() -> tuple[list[Attempt], bool]:
        # Waits only for the first answer (so cancelling it loses nothing), then takes what else is queued.
        batch: list[Attempt] = []
        item = await queue.get()
        while item is not None:
            batch.append(item)
            if len(batch) >= MAX_BATCH or queue.empty():
                break
            item = queue.get_nowait()
        return batch, item is None

    def drain(held: list[Attempt]) -> bool:
        # Everything queued now joins the backlog (up to its bound), so senders do not wait for it to shrink.
        while len(held) < BACKLOG and not queue.empty():
            item = queue.get_nowait()
            if item is None:
                return True
            held.append(item)
        return False

    async def hold_while_loading(loading: asyncio.Future[DetectorSet],
                                 held: list[Attempt]) -> tuple[list[Attempt], bool]:
        # The detector models take seconds to load: keep taking answers meanwhile (up to a bound), so that
        # sending goes on at full speed instead of stopping once the queue is full.
        finished = False
        while not loading.done() and not finished and len(held) < BACKLOG:
            taking = asyncio.ensure_future(take())
            await asyncio.wait({taking, loading}, return_when=asyncio.FIRST_COMPLETED)
            if taking.done():
                batch, finished = taking.result()
                log_waiting(batch)
                held += batch
            else:
                taking.cancel()
        return held, finished

    async def scorer() -> None:
        if detectors is None:
            finished = False
            while not finished:
                batch, finished = await take()
                _score_batch(batch, probes, None)
                finish(batch)
            return
        loading = asyncio.ensure_future(detectors)
        # While the models load, the collector would walk the growing heap again and again, each time
        # holding up the requests in flight; what loading leaves behind is frozen once it is done.
        gc.disable()
        # Answers from before a resume are in the log already, unscored: they are scored first.
        held = list(unscored)
        waiting.update(a.id for a in held)
        held, finished = await hold_while_loading(loading, held)
        ready = await loading
        # Loading torch, transformers and spaCy leaves millions of objects behind; moved out of the
        # collector's sight, a full collection no longer stops every thread (and the requests) for a second.
        gc.freeze()
        if collecting:
            gc.enable()
        if on_detectors:
            on_detectors(ready)
        async with asyncio.TaskGroup() as scoring:
            while held or not finished:
                # Wait for a free scoring thread before taking a batch: while all are busy, answers gather
                # and the next batch is bigger (cheaper per answer), not later.
                await free.acquire()
                finished = drain(held) or finished
                if not held and not finished:
                    held, finished = await take()
                batch, held = held[:MAX_BATCH], held[MAX_BATCH:]
                log_waiting(held)
                if batch:
                    scoring.create_task(score_in_thread(batch, ready))
                else:
                    free.release()

    async def senders() -> None:
        async with asyncio.TaskGroup() as group:
            # `pending` may be a generator of unknown length: a sender with nothing left to take ends at once.
            for _ in range(concurrency):
                group.create_task(sender())
        await queue.put(None)

    # The event loop gives up the GIL at every socket call and must win it back from threads that load or
    # score; by default they keep it 5 ms at a time, which idles the requests in flight meanwhile.
    switch = sys.getswitchinterval()
    collecting = gc.isenabled()
    sys.setswitchinterval(min(switch, SWITCH_INTERVAL_S))
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(senders())
            group.create_task(scorer())
    except BaseExceptionGroup as failed:
        # Callers handle one error (a detector option, a full disk), as they did before the pipeline.
        raise failed.exceptions[0] from None
    finally:
        sys.setswitchinterval(switch)
        # Frozen objects are never collected: give them back, for callers that run many audits in one process.
        gc.unfreeze()
        if collecting:
            gc.enable()
        pool.shutdown(wait=False)
