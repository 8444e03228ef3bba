"""The send-and-score pipeline: sending does not wait for detectors, scoring is batched, faults stay per attempt."""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from support.openai_server import OpenAIStubServer

from auditkit.detectors import registry
from auditkit.records.attempts import Attempt, Response, Score
from auditkit.runs.config import RunConfig
from auditkit.runs.folder import RunFolder
from auditkit.runs.pipeline import MAX_BATCH, send_and_score
from auditkit.runs.runner import plan, run_audit
from auditkit.suites import load_suites


class EchoTarget:
    """Answers each request with its attempt id after a short wait."""

    async def generate(self, request):
        await asyncio.sleep(0.005)
        return Response(text=f"answer to {request.attempt_id}")


class BreakingDetector:
    """Scores in batches, records batch sizes, and breaks on one chosen attempt."""

    name, version = "fake", "1"

    def __init__(self, broken: str):
        self.batches: list[int] = []
        self.broken = broken

    def score(self, items):
        self.batches.append(len(items))
        if any(self.broken in item.text for item in items):
            raise ValueError("detector broke")
        return [[Score(detector="fake", kind="refusal", label="compliance", value=0.0, flagged=False)]
                for _ in items]


def serving(detector):
    """A real DetectorSet over the starter probes whose every detector spec is served by `detector`."""
    with mock.patch.object(registry, "build_detector", lambda spec, where="": detector):
        return registry.DetectorSet(p for s in load_suites(["starter"]) for p in s.probes)


def FakeDetectors(broken: str):  # noqa: N802 - reads like the class it stands for
    """A DetectorSet whose detector breaks on the attempt id `broken`; `.batches` are the batch sizes it saw."""
    detector = BreakingDetector(broken)
    detectors = serving(detector)
    detectors.batches = detector.batches
    return detectors


class RecordingLog:
    """The attempt log of a pipeline test: scored records in `logged`, every record kind in `events`."""

    def __init__(self, events: list):
        self.logged: list[Attempt] = []
        self.events = events

    def append(self, attempt):
        self.logged.append(attempt)
        self.events.append(("scored", attempt.id, attempt.verdict))

    def waiting(self, attempt):
        self.events.append(("waiting", attempt.id, attempt.verdict))


def run_pipeline(detectors, *, ready_after: float = 0.0, concurrency: int = 4, **options):
    """Send and score the starter suites against EchoTarget; the detectors are ready after `ready_after` s.

    Returns the planned attempts, the log, and the events ("sent", "done", "ready" and log records) in order.
    """
    suites = load_suites(["starter"])
    attempts = plan(suites, samples=1)
    probes = {p.id: p for s in suites for p in s.probes}
    events: list = []
    log = RecordingLog(events)

    async def main():
        ready = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(ready_after, ready.set_result, detectors)
        await send_and_score(attempts, probes, EchoTarget(), ready, log, concurrency=concurrency, seed=0,
                             on_done=lambda a: events.append("done"), on_sent=lambda n: events.append("sent"),
                             on_detectors=lambda d: events.append("ready"), **options)

    asyncio.run(main())
    return attempts, log, events


def test_sending_starts_before_detectors_are_ready_and_scoring_is_batched():
    broken = plan(load_suites(["starter"]), samples=1)[7].id
    detectors = FakeDetectors(broken)
    # Detectors become ready only after several responses are in.
    attempts, log, events = run_pipeline(detectors, ready_after=0.1)
    logged = log.logged
    assert len(logged) == len(attempts) == events.count("done") == events.count("sent")
    assert events.index("ready") > events.index("sent") and events.index("done") > events.index("ready")
    # While the detectors load, sending goes on past the queue's bound (two rounds of answers): the answers
    # are held, then scored in batches of at most MAX_BATCH.
    assert events[:events.index("ready")].count("sent") > 2 * 4 + 1
    assert max(detectors.batches) > 1 and max(detectors.batches) <= MAX_BATCH
    by_id = {a.id: a for a in logged}
    # The response that broke the detector keeps its answer, records why it has no score, and is never a pass.
    hurt = by_id[broken]
    assert hurt.error is None and hurt.response is not None and hurt.scores == []
    assert [(e.detector, e.kind, e.message) for e in hurt.detector_errors] == [
        ("fake", "detector", "ValueError: detector broke")]
    assert hurt.verdict == "unscored"
    assert all(a.scores and a.error is None and not a.detector_errors for a in logged if a.id != broken)
    assert all(a.verdict in ("pass", "violation", "unscored", "error") and a.finished_at for a in logged)


def test_no_score_collects_answers_without_building_detectors(tmp_path):
    with OpenAIStubServer(latency=0.0) as server:
        outcome = run_audit(RunConfig(target=f"openai:stub@{server.base_url}", out=tmp_path / "run",
                                      suites=["starter-misuse"], concurrency=4, score=False))
    attempts = RunFolder(tmp_path / "run").attempts()
    assert len(attempts) == 5 and all(a.response is not None and a.scores == [] for a in attempts)
    assert {a.verdict for a in attempts} == {"unscored"}
    assert outcome.manifest.detectors == [] and outcome.manifest.complete


class SlowDetector:
    """Takes 30 ms per batch in the scoring thread and records how many batches were being scored at once."""

    name, version, thread_safe = "slow", "1", True

    def __init__(self):
        self.lock = threading.Lock()
        self.now = self.peak = 0

    def score(self, items):
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(0.03)
        with self.lock:
            self.now -= 1
        return [[Score(detector="slow", kind="refusal", label="compliance", value=0.0, flagged=False)]
                for _ in items]


@pytest.mark.parametrize("threads", [1, 3])
def test_scoring_threads_score_several_batches_at_once(threads):
    detector = SlowDetector()
    attempts, log, _ = run_pipeline(serving(detector), concurrency=2, scoring_threads=threads)
    logged = log.logged
    assert sorted(a.id for a in logged) == sorted(a.id for a in attempts)
    assert all(a.scores for a in logged)
    # The collector, paused while detectors load, is back as it was, with nothing left frozen.
    assert gc.isenabled() and gc.get_freeze_count() == 0 and sys.getswitchinterval() == 0.005
    assert detector.peak == threads if threads == 1 else detector.peak >= 2


def test_detector_set_enters_a_detector_that_is_not_thread_safe_one_thread_at_a_time(monkeypatch):
    from auditkit.detectors.canary import CanaryDetector
    from auditkit.detectors.registry import DetectorSet

    assert not getattr(CanaryDetector, "thread_safe", False)
    inside = {"now": 0, "peak": 0}
    original = CanaryDetector.score

    def slow_score(self, items):
        inside["now"] += 1
        inside["peak"] = max(inside["peak"], inside["now"])
        time.sleep(0.02)
        inside["now"] -= 1
        return original(self, items)

    monkeypatch.setattr(CanaryDetector, "score", slow_score)
    probes = [p for p in load_suites(["starter-pii"])[0].probes if any(d.name == "canary" for d in p.detectors)]
    assert probes
    detectors = DetectorSet([probes[0]])
    items = [(probes[0], f"answer {i}") for i in range(4)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: detectors.score_batch(items), range(8)))
    assert inside["peak"] == 1
    assert all(r == results[0] for r in results)


def test_refusal_classifier_scores_in_several_threads_at_once_as_in_one():
    from auditkit.detectors.refusal import RefusalDetector

    detector = RefusalDetector()
    if not detector.backend.startswith("patterns+minilm"):
        pytest.skip("the MiniLM encoder is not installed")
    assert detector.thread_safe
    texts = [f"I'm sorry, but I can't help with request {i}." if i % 2 else
             f"Sure, here is a short and harmless answer number {i} with a few more words." for i in range(48)]
    serial = [s.model_dump() for s in detector.score_texts(texts)]
    with ThreadPoolExecutor(3) as pool:
        parallel = list(pool.map(lambda part: detector.score_texts(texts[part::3]), range(3)))
    merged = [None] * len(texts)
    for part, scores in enumerate(parallel):
        merged[part::3] = [s.model_dump() for s in scores]
    assert [(m["label"], m["flagged"]) for m in merged] == [(s["label"], s["flagged"]) for s in serial]
    assert max(abs(m["value"] - s["value"]) for m, s in zip(merged, serial, strict=True)) < 0.02


def test_answers_held_while_detectors_load_are_bounded(monkeypatch):
    from auditkit.runs import pipeline

    monkeypatch.setattr(pipeline, "BACKLOG", 6)
    attempts, log, events = run_pipeline(FakeDetectors(broken="nothing"), ready_after=0.3)
    logged = log.logged
    # Held (6, plus the last batch taken) + the queue (2 x 4) + one answer per sender waiting to be queued.
    before = events[:events.index("ready")].count("sent")
    assert 6 <= before <= 6 + MAX_BATCH and before < len(attempts)
    assert before <= 6 + 4 + 2 * 4 + 4
    assert sorted(a.id for a in logged) == sorted(a.id for a in attempts)


def test_answers_waiting_for_the_detectors_are_logged_unscored_first():
    attempts, _, events = run_pipeline(FakeDetectors(broken="nothing"), ready_after=0.2)
    records = [e for e in events if isinstance(e, tuple)]
    waiting = [r for r in records if r[0] == "waiting"]
    scored = [r for r in records if r[0] == "scored"]
    assert waiting and all(verdict == "unscored" for _, _, verdict in waiting)
    assert sorted(i for _, i, _ in scored) == sorted(a.id for a in attempts)
    # Each waiting answer was logged once, before its scored record.
    assert len({i for _, i, _ in waiting}) == len(waiting)
    position = {(kind, i): n for n, (kind, i, _) in enumerate(records)}
    assert all(position[("waiting", i)] < position[("scored", i)] for _, i, _ in waiting)


def test_resume_scores_logged_unscored_answers_without_sending_them_again(tmp_path):
    with OpenAIStubServer(latency=0.0) as server:
        config = RunConfig(target=f"openai:stub@{server.base_url}", out=tmp_path / "run",
                           suites=["starter-misuse"], concurrency=4, score=False)
        run_audit(config)
        sent = len(server.chat_requests)
        outcome = run_audit(config.model_copy(update={"score": True}), resume=True)
        assert len(server.chat_requests) == sent == 5  # nothing sent again
    attempts = RunFolder(tmp_path / "run").attempts()
    assert len(attempts) == 5 and all(a.scores and a.verdict in ("pass", "violation") for a in attempts)
    assert outcome.manifest.complete and outcome.manifest.attempts_done == 5
