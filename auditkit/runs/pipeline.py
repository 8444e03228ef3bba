"""Send attempts and score them at the same time: requests feed a bounded queue that a scoring thread drains.

Generation is I/O-bound and scoring is CPU-bound, so scoring inline would stall every request in flight
behind each detector call. Here `concurrency` workers only send; finished responses wait in a bounded queue
(so memory stays flat and a slow detector slows sending rather than piling up responses), and one consumer
scores them in batches in a worker thread, where batched detectors (embeddings, classifiers) are cheapest.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Protocol

from auditkit.attempts import Attempt, AttemptError
from auditkit.detectors.registry import DetectorSet
from auditkit.errors import TargetError
from auditkit.expectations import verdict
from auditkit.suites.model import Probe
from auditkit.targets.base import Target

MAX_BATCH = 64
"""The most responses one scoring call takes: big enough to batch, small enough to keep progress smooth."""


class AttemptSink(Protocol):
    """Where finished attempts go (the run's attempt log)."""

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


def _score_batch(batch: list[Attempt], probes: dict[str, Probe], detectors: DetectorSet | None) -> None:
    """Score a batch in place; a detector that fails on the batch is retried item by item to blame one."""
    one_torch_thread()
    answered = [a for a in batch if a.error is None and a.response is not None]
    if detectors is not None and answered:
        try:
            scores = detectors.score_batch([(probes[a.probe_id], a.response.text) for a in answered])
            for a, s in zip(answered, scores, strict=True):
                a.scores = s
        except Exception:  # noqa: BLE001  (find the attempt that broke the detector, score the others)
            for a in answered:
                try:
                    a.scores = detectors.score(probes[a.probe_id], a.response.text)
                except Exception as exc:  # a broken detector plugin must not end the run
                    a.error = AttemptError(kind="exception", message=f"{type(exc).__name__}: {exc}")
    now = datetime.now(UTC)
    for a in batch:
        a.verdict = verdict(a)
        a.finished_at = now


async def send_and_score(pending: list[Attempt], probes: dict[str, Probe], target: Target,
                         detectors: Awaitable[DetectorSet] | None, log: AttemptSink, *, concurrency: int,
                         seed: int, on_done: Callable[[Attempt], None], on_sent: Callable[[int], None] | None = None,
                         on_detectors: Callable[[DetectorSet], None] | None = None) -> None:
    """Send every pending attempt with at most `concurrency` in flight, score and log each.

    `detectors` may still be loading (a task): sending starts at once and scoring waits for it; None skips
    scoring. `on_detectors` is called once they are ready, `on_sent` with the count of responses received.
    """
    # Two rounds of answers may wait: enough to fill batches, few enough that sending runs ahead of scoring
    # by seconds, not by the whole run (and a killed run loses only those).
    queue: asyncio.Queue[Attempt | None] = asyncio.Queue(maxsize=2 * concurrency)
    attempts = iter(pending)
    sent = 0
    loop = asyncio.get_running_loop()
    # One scoring thread of its own, so its torch setting sticks and batches are scored in arrival order.
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="auditkit-scoring")

    async def sender() -> None:
        nonlocal sent
        # Senders share one iterator, so no attempt is created before a sender is free to send it.
        for attempt in attempts:
            await queue.put(await _generate(attempt, target, seed))
            sent += 1
            if on_sent:
                on_sent(sent)

    async def scorer() -> None:
        ready: DetectorSet | None = None
        finished = False
        while not finished:
            batch: list[Attempt] = []
            item = await queue.get()
            while item is not None:
                batch.append(item)
                if len(batch) >= MAX_BATCH or queue.empty():
                    break
                item = queue.get_nowait()
            finished = item is None
            if not batch:
                continue
            if detectors is None:
                _score_batch(batch, probes, None)
            else:
                if ready is None:
                    ready = await detectors
                    if on_detectors:
                        on_detectors(ready)
                await loop.run_in_executor(pool, _score_batch, batch, probes, ready)
            for a in batch:
                log.append(a)
                on_done(a)

    async def senders() -> None:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(concurrency, len(pending))):
                group.create_task(sender())
        await queue.put(None)

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(senders())
            group.create_task(scorer())
    except BaseExceptionGroup as failed:
        # Callers handle one error (a detector option, a full disk), as they did before the pipeline.
        raise failed.exceptions[0] from None
    finally:
        pool.shutdown(wait=False)
