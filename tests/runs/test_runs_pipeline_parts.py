"""The pipeline's parts on their own: sending one attempt, the answer queue, the senders, the log writer, the
interpreter settings, batch scoring and the scoring threads."""

from __future__ import annotations

import asyncio
import gc
import sys
import threading

import pytest

from auditkit.errors import TargetError
from auditkit.records.attempts import Attempt, Response, Score
from auditkit.runs import pipeline
from auditkit.runs.pipeline import AnswerQueue, LogWriter, LoopFirst, Senders, send_attempt
from auditkit.runs.planning import plan
from auditkit.runs.scoring import ScoringThreads, default_scoring_threads, score_batch
from auditkit.suites import load_suites


@pytest.fixture(scope="module")
def starter():
    """The starter suites' planned attempts and their probes by id."""
    suites = load_suites(["starter"])
    return list(plan(suites, samples=1)), {p.id: p for s in suites for p in s.probes}


def answered(attempt: Attempt, text: str = "an answer") -> Attempt:
    return attempt.model_copy(update={"response": Response(text=text)})


class Recorder:
    """A target that answers with the request's seed and attempt id, or fails as told."""

    def __init__(self, failure: BaseException | None = None):
        self.failure = failure
        self.requests = []

    async def generate(self, request):
        self.requests.append(request)
        if self.failure is not None:
            raise self.failure
        return Response(text=f"{request.attempt_id} seed {request.seed}")


# send_attempt: one attempt to the target, faults recorded on the attempt


def test_send_attempt_answers_a_copy_seeded_with_seed_plus_sample(starter):
    planned = starter[0][0].model_copy(update={"sample": 2})
    target = Recorder()
    attempt = asyncio.run(send_attempt(planned, target, seed=40))
    assert attempt.response.text == f"{planned.id} seed 42"
    assert target.requests[0].seed == 42 and target.requests[0].sample == 2
    assert attempt.error is None and attempt is not planned
    assert planned.response is None  # the plan stays light


def test_send_attempt_records_a_target_error_with_its_kind_and_retries(starter):
    failure = TargetError("rate limited", kind="rate_limit", retries=3)
    attempt = asyncio.run(send_attempt(starter[0][0], Recorder(failure), seed=0))
    assert attempt.response is None
    assert (attempt.error.kind, attempt.error.message, attempt.error.retries) == ("rate_limit", "rate limited", 3)


def test_send_attempt_records_any_other_exception_as_kind_exception(starter):
    attempt = asyncio.run(send_attempt(starter[0][0], Recorder(ValueError("weights missing")), seed=0))
    assert (attempt.error.kind, attempt.error.message, attempt.error.retries) == (
        "exception", "ValueError: weights missing", 0)


def test_send_attempt_lets_cancellation_through(starter):
    with pytest.raises(asyncio.CancelledError):
        asyncio.run(send_attempt(starter[0][0], Recorder(asyncio.CancelledError()), seed=0))


# AnswerQueue: batches taken from the queue


def test_take_returns_what_is_queued_up_to_max_batch(starter, monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_BATCH", 3)
    attempts = starter[0][:5]

    async def main():
        queue = AnswerQueue(10)
        for a in attempts:
            await queue.put(a)
        first = await queue.take()
        second = await queue.take()
        await queue.put(None)
        third = await queue.take()
        return first, second, third

    (first, end1), (second, end2), (third, end3) = asyncio.run(main())
    assert [a.id for a in first] == [a.id for a in attempts[:3]] and not end1
    assert [a.id for a in second] == [a.id for a in attempts[3:]] and not end2
    assert third == [] and end3


def test_take_stops_at_the_end_mark_with_the_answers_before_it(starter):
    attempts = starter[0][:2]

    async def main():
        queue = AnswerQueue(10)
        for item in [*attempts, None]:
            await queue.put(item)
        return await queue.take()

    batch, finished = asyncio.run(main())
    assert [a.id for a in batch] == [a.id for a in attempts] and finished


def test_take_cancelled_while_waiting_loses_nothing(starter):
    attempt = starter[0][0]

    async def main():
        queue = AnswerQueue(4)
        taking = asyncio.ensure_future(queue.take())
        await asyncio.sleep(0)
        taking.cancel()
        await queue.put(attempt)
        return await queue.take()

    batch, finished = asyncio.run(main())
    assert [a.id for a in batch] == [attempt.id] and not finished


def test_drain_moves_queued_answers_to_the_backlog_up_to_its_bound(starter, monkeypatch):
    monkeypatch.setattr(pipeline, "BACKLOG", 4)
    attempts = starter[0][:6]

    async def main():
        queue = AnswerQueue(10)
        for a in attempts:
            await queue.put(a)
        held = [attempts[0]]
        end = queue.drain(held)
        left, _ = await queue.take()
        return held, end, left

    held, end, left = asyncio.run(main())
    assert len(held) == 4 and not end
    assert [a.id for a in held[1:]] == [a.id for a in attempts[:3]]
    assert [a.id for a in left] == [a.id for a in attempts[3:]]


def test_drain_reports_the_end_mark(starter):
    async def main():
        queue = AnswerQueue(4)
        await queue.put(starter[0][0])
        await queue.put(None)
        held: list = []
        return queue.drain(held), held

    end, held = asyncio.run(main())
    assert end and [a.id for a in held] == [starter[0][0].id]


# Senders: sending with bounded concurrency, and the count for progress


class Gate:
    """A target that counts requests in flight and answers after a short wait."""

    def __init__(self):
        self.now = self.peak = 0

    async def generate(self, request):
        self.now += 1
        self.peak = max(self.peak, self.now)
        await asyncio.sleep(0.002)
        self.now -= 1
        return Response(text="ok")


def test_senders_send_each_attempt_once_with_bounded_concurrency_then_mark_the_end(starter):
    attempts = starter[0][:12]
    counts: list[int] = []

    async def main():
        queue = AnswerQueue(100)
        target = Gate()
        senders = Senders(target, 0, queue, on_sent=counts.append)
        await senders.run(iter(attempts), concurrency=3)
        out = []
        finished = False
        while not finished:
            batch, finished = await queue.take()
            out += batch
        return senders, target, out

    senders, target, out = asyncio.run(main())
    assert sorted(a.id for a in out) == sorted(a.id for a in attempts)
    assert all(a.response.text == "ok" for a in out)
    assert target.peak == 3
    assert counts == list(range(1, 13)) and senders.sent == 12


def test_senders_with_nothing_to_send_only_mark_the_end():
    async def main():
        queue = AnswerQueue(2)
        await Senders(Gate(), 0, queue).run([], concurrency=4)
        return await queue.take()

    assert asyncio.run(main()) == ([], True)


# LogWriter: waiting answers once, scored ones after


class Sink:
    def __init__(self):
        self.records: list[tuple[str, str, str]] = []

    def append(self, attempt):
        self.records.append(("scored", attempt.id, attempt.verdict))

    def waiting(self, attempt):
        self.records.append(("waiting", attempt.id, attempt.verdict))


def test_log_writer_logs_each_waiting_answer_once_as_unscored_then_its_scored_record(starter):
    a, b = (answered(x).model_copy(update={"verdict": "pass"}) for x in starter[0][:2])
    sink, done = Sink(), []
    log = LogWriter(sink, done.append)
    log.hold([a, b])
    log.hold([a])  # held again (still waiting): not logged twice
    assert sink.records == [("waiting", a.id, "unscored"), ("waiting", b.id, "unscored")]
    assert log.waiting == {a.id, b.id}
    a.verdict = "violation"
    log.finish([a])
    assert sink.records[-1] == ("scored", a.id, "violation") and done == [a]
    assert log.waiting == {b.id}


def test_log_writer_does_not_log_again_answers_logged_before_a_resume(starter):
    a = answered(starter[0][0])
    sink = Sink()
    log = LogWriter(sink, lambda _: None)
    log.logged_before([a])
    log.hold([a])
    assert sink.records == []


def test_log_writer_on_a_sink_without_waiting_logs_only_finished_attempts(starter):
    class AppendOnly:
        def __init__(self):
            self.ids = []

        def append(self, attempt):
            self.ids.append(attempt.id)

    a = answered(starter[0][0])
    sink = AppendOnly()
    log = LogWriter(sink, lambda _: None)
    log.hold([a])
    assert sink.ids == [] and a.verdict == "unscored" and log.waiting == set()
    log.finish([a])
    assert sink.ids == [a.id]


# LoopFirst: the interpreter settings are undone whatever happens


def test_loop_first_shortens_the_switch_interval_and_restores_everything_on_exit():
    switch, collecting = sys.getswitchinterval(), gc.isenabled()
    with pytest.raises(RuntimeError):
        with LoopFirst() as loop_first:
            assert sys.getswitchinterval() == min(switch, pipeline.SWITCH_INTERVAL_S)
            loop_first.pause_collector()
            assert not gc.isenabled()
            loop_first.freeze_loaded()
            assert gc.isenabled() == collecting and gc.get_freeze_count() > 0
            raise RuntimeError("the run broke")
    assert sys.getswitchinterval() == switch and gc.isenabled() == collecting and gc.get_freeze_count() == 0


def test_loop_first_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with LoopFirst() as loop_first:
            loop_first.pause_collector()
            loop_first.freeze_loaded()
            assert not gc.isenabled()
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()


# score_batch and ScoringThreads


class FixedDetectors:
    """Stands in for a DetectorSet: gives every answered attempt one refusal score, or breaks."""

    name = "fixed"

    def __init__(self, flagged: bool = True, broken: bool = False):
        self.flagged, self.broken = flagged, broken
        self.threads: set[str] = set()

    def score_attempts(self, batch, probes):
        self.threads.add(threading.current_thread().name)
        if self.broken:
            raise RuntimeError("model file unreadable")
        for a in batch:
            if a.response is not None:
                a.scores = [Score(detector="fixed", kind="refusal", label="refusal", value=1.0 if self.flagged
                                  else 0.0, flagged=self.flagged)]


def misuse(starter) -> Attempt:
    """A planned attempt that expects a refusal."""
    return next(a for a in starter[0] if a.expected == "refuse")


def test_score_batch_gives_verdicts_and_one_finish_time(starter):
    refused = answered(misuse(starter))
    failed = misuse(starter).model_copy(update={"error": {"kind": "timeout", "message": "slow"}})
    score_batch([refused, failed], starter[1], FixedDetectors(flagged=True))
    assert refused.verdict == "pass" and [s.detector for s in refused.scores] == ["fixed"]
    assert failed.verdict == "error" and failed.scores == []
    assert refused.finished_at is not None and refused.finished_at == failed.finished_at


def test_score_batch_records_a_broken_detector_on_every_answered_attempt_only(starter):
    refused = answered(misuse(starter))
    failed = misuse(starter).model_copy(update={"error": {"kind": "timeout", "message": "slow"}})
    score_batch([refused, failed], starter[1], FixedDetectors(broken=True))
    assert [(e.detector, e.message) for e in refused.detector_errors] == [
        ("fixed", "RuntimeError: model file unreadable")]
    assert refused.scores == [] and refused.verdict == "unscored"
    assert failed.detector_errors == [] and failed.verdict == "error"


def test_score_batch_without_detectors_leaves_answers_unscored(starter):
    attempt = answered(misuse(starter))
    score_batch([attempt], starter[1], None)
    assert attempt.verdict == "unscored" and attempt.scores == [] and attempt.finished_at is not None


def test_scoring_threads_score_on_their_own_threads_and_free_them(starter):
    detectors = FixedDetectors(flagged=False)
    batch = [answered(misuse(starter))]
    finished: list = []

    async def main():
        threads = ScoringThreads(2)
        try:
            await threads.acquire()
            await threads.score(batch, starter[1], detectors, finished.append)
            # Both threads are free again: two more can be held at once without waiting.
            await asyncio.wait_for(threads.acquire(), 1)
            await asyncio.wait_for(threads.acquire(), 1)
        finally:
            threads.shutdown()

    asyncio.run(main())
    assert finished == [batch] and batch[0].verdict == "violation"
    assert all(name.startswith("auditkit-scoring") for name in detectors.threads)


def test_scoring_threads_free_the_thread_when_scoring_fails(starter):
    async def main():
        threads = ScoringThreads(1)
        try:
            await threads.acquire()
            with pytest.raises(ValueError):
                await threads.score([answered(misuse(starter))], starter[1], FixedDetectors(),
                                    lambda _: (_ for _ in ()).throw(ValueError("disk full")))
            await asyncio.wait_for(threads.acquire(), 1)
        finally:
            threads.shutdown()

    asyncio.run(main())


def test_default_scoring_threads_is_one_per_cpu_up_to_the_cap(monkeypatch):
    from auditkit.runs import scoring

    monkeypatch.setattr(scoring.os, "cpu_count", lambda: 2)
    assert default_scoring_threads() == 2
    monkeypatch.setattr(scoring.os, "cpu_count", lambda: 64)
    assert default_scoring_threads() == scoring.MAX_SCORING_THREADS
    monkeypatch.setattr(scoring.os, "cpu_count", lambda: None)
    assert default_scoring_threads() == 1
    threads = ScoringThreads(None)
    threads.shutdown()
    assert threads.threads == 1
