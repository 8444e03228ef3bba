"""Send attempts and score them at the same time: requests feed a bounded queue that scoring threads drain.

Generation is I/O-bound and scoring is CPU-bound, so scoring inline would stall every request in flight
behind each detector call. Here `concurrency` senders only send; finished responses wait in a bounded queue
and a bounded backlog (so memory stays flat, and a slow detector slows sending rather than piling up
responses), and one consumer takes them in batches to a pool of scoring threads, where batched detectors
(embeddings, classifiers) are cheapest and torch runs without the GIL, so several batches are scored at once
on several cores.

The parts, each readable and testable alone: `send_attempt` and `Senders` (sending, and the count of answers
for progress), `AnswerQueue` (batches taken from the queue), `LogWriter` (the log records and `on_done`),
`scoring.ScoringThreads` and `scoring.score_batch` (scoring), `LoopFirst` (the interpreter settings that keep
the event loop responsive) and `Pipeline`, which wires them together.
"""

from __future__ import annotations

import asyncio
import gc
import sys
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Any

from auditkit.detectors.registry import DetectorSet
from auditkit.errors import TargetError
from auditkit.records.attempts import Attempt, AttemptError
from auditkit.records.probes import Probe
from auditkit.runs.executor import AttemptSink, RunHooks
from auditkit.runs.scoring import ScoringThreads, score_batch
from auditkit.targets.base import Target

MAX_BATCH = 64
"""The most responses one scoring call takes: big enough to batch, small enough to keep progress smooth."""
BACKLOG = 2048
"""Answers that may wait to be scored beyond the queue: while the detector models load (seconds) and while
scoring catches up afterwards, sending goes on instead of stalling on a full queue."""
SWITCH_INTERVAL_S = 0.0005
"""How long another thread may hold the GIL while the event loop waits for it (Python's default: 5 ms)."""


async def send_attempt(planned: Attempt, target: Target, seed: int) -> Attempt:
    """A copy of `planned` with the target's response, or with the error that kept it from answering."""
    # A copy carries the response: the plan stays light, and a logged attempt is freed, not kept to the end.
    attempt = planned.model_copy()
    try:
        attempt.response = await target.generate(attempt.request(seed + attempt.sample))
        await _follow_turns(attempt, target, seed + attempt.sample)
    except TargetError as exc:
        attempt.error = AttemptError(kind=exc.kind, message=str(exc), retries=exc.retries)
    except (asyncio.CancelledError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a broken target must not end the run; record why instead
        attempt.error = AttemptError(kind="exception", message=f"{type(exc).__name__}: {exc}")
    return attempt


async def _follow_turns(attempt: Attempt, target: Target, seed: int) -> None:
    """Send a scripted conversation's later turns, each after the model's own reply; the last answer stays
    `response`, the earlier ones go to `replies` (a failure keeps the replies so far and becomes the error)."""
    if not attempt.turns:
        return
    assert attempt.response is not None
    attempt.replies = []
    for _ in attempt.turns:
        attempt.replies.append(attempt.response)
        attempt.response = None
        # With no final answer yet, the conversation ends with this user turn.
        attempt.response = await target.generate(attempt.request(seed, attempt.conversation()))


class AnswerQueue:
    """The bounded queue between senders and scoring; `None` put on it marks the end of the answers."""

    def __init__(self, maxsize: int):
        self._queue: asyncio.Queue[Attempt | None] = asyncio.Queue(maxsize=maxsize)

    async def put(self, item: Attempt | None) -> None:
        """Queue an answered attempt (or the end mark), waiting while the queue is full."""
        await self._queue.put(item)

    async def take(self) -> tuple[list[Attempt], bool]:
        """The next batch (up to MAX_BATCH) and whether the end was reached.

        Waits only for the first answer (so cancelling it loses nothing), then takes what else is queued.
        """
        batch: list[Attempt] = []
        item = await self._queue.get()
        while item is not None:
            batch.append(item)
            if len(batch) >= MAX_BATCH or self._queue.empty():
                break
            item = self._queue.get_nowait()
        return batch, item is None

    def drain(self, held: list[Attempt]) -> bool:
        """Move what is queued now onto `held` (up to BACKLOG in all); True when the end was reached."""
        # Everything queued joins the backlog, so senders do not wait for it to shrink.
        while len(held) < BACKLOG and not self._queue.empty():
            item = self._queue.get_nowait()
            if item is None:
                return True
            held.append(item)
        return False


class Senders:
    """`concurrency` senders sharing one iterator of planned attempts; each answered attempt goes on the queue.

    `sent` counts the answers (errors included); `on_sent` hears the count after each one (progress).
    """

    def __init__(self, target: Target, seed: int, queue: AnswerQueue,
                 on_sent: Callable[[int], None] | None = None):
        self.target = target
        self.seed = seed
        self.queue = queue
        self.on_sent = on_sent
        self.sent = 0

    async def run(self, pending: Iterable[Attempt], concurrency: int) -> None:
        """Send every attempt with at most `concurrency` in flight, then put the end mark on the queue."""
        attempts = iter(pending)
        async with asyncio.TaskGroup() as group:
            # `pending` may be a generator of unknown length: a sender with nothing left to take ends at once.
            for _ in range(concurrency):
                group.create_task(self._sender(attempts))
        await self.queue.put(None)

    async def _sender(self, attempts: Iterator[Attempt]) -> None:
        # Senders share one iterator, so no attempt is created before a sender is free to send it.
        for attempt in attempts:
            await self.queue.put(await send_attempt(attempt, self.target, self.seed))
            self.sent += 1
            if self.on_sent:
                self.on_sent(self.sent)


class LogWriter:
    """Writes the attempt log, on the event loop: one writer, in the order batches finish scoring.

    An answer that waits to be scored is logged once as unscored (when the sink has `waiting`); its scored
    record follows. `waiting` holds the ids logged unscored whose scored record has not landed yet.
    """

    def __init__(self, sink: AttemptSink, on_done: Callable[[Attempt], None]):
        self.sink = sink
        self.on_done = on_done
        self.waiting: set[str] = set()
        self._note_waiting: Callable[[Attempt], None] | None = getattr(sink, "waiting", None)

    def logged_before(self, attempts: Iterable[Attempt]) -> None:
        """Note answers already in the log unscored (a resumed run's), so they are not logged unscored again."""
        self.waiting.update(a.id for a in attempts)

    def hold(self, held: Iterable[Attempt]) -> None:
        """Log answers that wait to be scored as unscored, each once."""
        # Answers that wait (while models load, or while scoring catches up) go to the log now: a run killed
        # meanwhile keeps them, and --resume scores them instead of paying for them again.
        if self._note_waiting is None:
            return
        for a in held:
            if a.id not in self.waiting:
                self.waiting.add(a.id)
                a.verdict = "unscored"
                self._note_waiting(a)

    def finish(self, batch: list[Attempt]) -> None:
        """Log each scored attempt of `batch` and report it done."""
        for a in batch:
            self.sink.append(a)
            self.waiting.discard(a.id)
            self.on_done(a)


class LoopFirst:
    """Interpreter settings that keep the event loop (and the requests in flight) responsive, undone on exit.

    The GIL is handed back to the event loop sooner; the garbage collector may be paused while detector models
    load (`pause_collector`) and what loading left frozen out of its sight (`freeze_loaded`).
    """

    def __enter__(self) -> LoopFirst:
        # The event loop gives up the GIL at every socket call and must win it back from threads that load or
        # score; by default they keep it 5 ms at a time, which idles the requests in flight meanwhile.
        self._switch = sys.getswitchinterval()
        self._collecting = gc.isenabled()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL_S))
        return self

    def pause_collector(self) -> None:
        """Stop the collector while models load."""
        # While the models load, the collector would walk the growing heap again and again, each time
        # holding up the requests in flight.
        gc.disable()

    def freeze_loaded(self) -> None:
        """Move every object alive now out of the collector's sight, and let it run again if it ran before."""
        # Loading torch, transformers and spaCy leaves millions of objects behind; moved out of the
        # collector's sight, a full collection no longer stops every thread (and the requests) for a second.
        gc.freeze()
        if self._collecting:
            gc.enable()

    def __exit__(self, *exc: Any) -> None:
        sys.setswitchinterval(self._switch)
        # Frozen objects are never collected: give them back, for callers that run many audits in one process.
        gc.unfreeze()
        if self._collecting:
            gc.enable()


class Pipeline:
    """Sends attempts with at most `concurrency` in flight while scoring threads score the answers in batches.

    `detectors` may still be loading (a future): sending starts at once and scoring waits for it; None skips
    scoring. Up to `scoring_threads` batches (default: scoring.default_scoring_threads()) are scored at once.
    """

    def __init__(self, probes: dict[str, Probe], target: Target, detectors: Awaitable[DetectorSet] | None,
                 log: AttemptSink, *, concurrency: int, seed: int, hooks: RunHooks = RunHooks(),
                 scoring_threads: int | None = None):
        self.probes = probes
        self.target = target
        self.detectors = detectors
        self.concurrency = concurrency
        self.hooks = hooks
        # Two rounds of answers may wait in the queue, enough to fill batches; beyond it the backlog
        # (BACKLOG answers, logged as they wait) lets sending run ahead of scoring by seconds, not by the run.
        self.queue = AnswerQueue(2 * concurrency)
        self.senders = Senders(target, seed, self.queue, hooks.on_sent)
        self.log = LogWriter(log, hooks.on_done)
        self.scoring_threads = scoring_threads

    async def run(self, pending: Iterable[Attempt], unscored: Iterable[Attempt] = ()) -> None:
        """Send, score and log every pending attempt; `unscored` (answered before) are scored and logged, not sent."""
        threads = ScoringThreads(self.scoring_threads)
        with LoopFirst() as loop_first:
            try:
                async with asyncio.TaskGroup() as group:
                    group.create_task(self.senders.run(pending, self.concurrency))
                    group.create_task(self._score(threads, loop_first, list(unscored)))
            except BaseExceptionGroup as failed:
                # Callers handle one error (a detector option, a full disk), as they did before the pipeline.
                raise failed.exceptions[0] from None
            finally:
                threads.shutdown()

    async def _score(self, threads: ScoringThreads, loop_first: LoopFirst, unscored: list[Attempt]) -> None:
        if self.detectors is None:
            await self._finish_unscored()
            return
        loading = asyncio.ensure_future(self.detectors)
        loop_first.pause_collector()
        # Answers from before a resume are in the log already, unscored: they are scored first.
        self.log.logged_before(unscored)
        held, finished = await self._hold_while_loading(loading, unscored)
        ready = await loading
        loop_first.freeze_loaded()
        if self.hooks.on_detectors:
            self.hooks.on_detectors(ready)
        async with asyncio.TaskGroup() as scoring:
            while held or not finished:
                # Wait for a free scoring thread before taking a batch: while all are busy, answers gather
                # and the next batch is bigger (cheaper per answer), not later.
                await threads.acquire()
                finished = self.queue.drain(held) or finished
                if not held and not finished:
                    held, finished = await self.queue.take()
                batch, held = held[:MAX_BATCH], held[MAX_BATCH:]
                self.log.hold(held)
                if batch:
                    scoring.create_task(threads.score(batch, self.probes, ready, self.log.finish))
                else:
                    threads.release()

    async def _finish_unscored(self) -> None:
        # Without detectors each answer only gets its verdict ("unscored", or "error"), on the event loop.
        finished = False
        while not finished:
            batch, finished = await self.queue.take()
            score_batch(batch, self.probes, None)
            self.log.finish(batch)

    async def _hold_while_loading(self, loading: asyncio.Future[DetectorSet],
                                  held: list[Attempt]) -> tuple[list[Attempt], bool]:
        # The detector models take seconds to load: keep taking answers meanwhile (up to a bound), so that
        # sending goes on at full speed instead of stopping once the queue is full.
        finished = False
        while not loading.done() and not finished and len(held) < BACKLOG:
            taking = asyncio.ensure_future(self.queue.take())
            await asyncio.wait({taking, loading}, return_when=asyncio.FIRST_COMPLETED)
            if taking.done():
                batch, finished = taking.result()
                self.log.hold(batch)
                held += batch
            else:
                taking.cancel()
        return held, finished


async def send_and_score(pending: Iterable[Attempt], probes: dict[str, Probe], target: Target,
                         detectors: Awaitable[DetectorSet] | None, log: AttemptSink, *, concurrency: int,
                         seed: int, on_done: Callable[[Attempt], None], on_sent: Callable[[int], None] | None = None,
                         on_detectors: Callable[[DetectorSet], None] | None = None,
                         scoring_threads: int | None = None, unscored: Iterable[Attempt] = ()) -> None:
    """Send every pending attempt with at most `concurrency` in flight, score and log each (see Pipeline).

    `on_detectors` is called once the detectors are ready, `on_sent` with the count of responses received.
    `unscored` are attempts answered before (a resumed run's waiting answers): they are scored and logged, not sent.
    """
    hooks = RunHooks(on_done=on_done, on_sent=on_sent, on_detectors=on_detectors)
    await Pipeline(probes, target, detectors, log, concurrency=concurrency, seed=seed, hooks=hooks,
                   scoring_threads=scoring_threads).run(pending, unscored)
