"""The send-and-score pipeline: sending does not wait for detectors, scoring is batched, faults stay per attempt."""

from __future__ import annotations

import asyncio

from support.openai_server import OpenAIStubServer

from auditkit.attempts import Attempt, Response, Score
from auditkit.runs.config import RunConfig
from auditkit.runs.folder import RunFolder
from auditkit.runs.pipeline import send_and_score
from auditkit.runs.runner import plan, run_audit
from auditkit.suites import load_suites


class EchoTarget:
    """Answers each request with its attempt id after a short wait."""

    async def generate(self, request):
        await asyncio.sleep(0.005)
        return Response(text=f"answer to {request.attempt_id}")


class FakeDetectors:
    """Scores in batches, records batch sizes, and breaks on one chosen attempt."""

    def __init__(self, broken: str):
        self.batches: list[int] = []
        self.broken = broken

    def score_batch(self, items):
        self.batches.append(len(items))
        if any(self.broken in text for _, text in items):
            raise ValueError("detector broke")
        return [[Score(detector="fake", kind="refusal", label="compliance", value=0.0, flagged=False)]
                for _ in items]

    def score(self, probe, text):
        return self.score_batch([(probe, text)])[0]


def test_sending_starts_before_detectors_are_ready_and_scoring_is_batched():
    suites = load_suites(["starter"])
    attempts = plan(suites, samples=1)
    probes = {p.id: p for s in suites for p in s.probes}
    broken = attempts[7].id
    detectors = FakeDetectors(broken)
    events: list[str] = []
    logged: list[Attempt] = []

    class Log:
        def append(self, attempt):
            logged.append(attempt)

    async def main():
        ready = asyncio.get_running_loop().create_future()
        # Detectors become ready only after several responses are in.
        asyncio.get_running_loop().call_later(0.1, ready.set_result, detectors)
        await send_and_score(attempts, probes, EchoTarget(), ready, Log(), concurrency=4, seed=0,
                             on_done=lambda a: events.append("done"), on_sent=lambda n: events.append("sent"),
                             on_detectors=lambda d: events.append("ready"))

    asyncio.run(main())
    assert len(logged) == len(attempts) == events.count("done") == events.count("sent")
    assert events.index("ready") > events.index("sent") and events.index("done") > events.index("ready")
    # The queue holds two rounds of answers, so the first batch takes up to 2 x concurrency.
    assert max(detectors.batches) > 1 and max(detectors.batches) <= 2 * 4 + 1
    by_id = {a.id: a for a in logged}
    assert by_id[broken].error is not None and "detector broke" in by_id[broken].error.message
    assert all(a.scores and a.error is None for a in logged if a.id != broken)
    assert all(a.verdict in ("pass", "violation", "unscored", "error") and a.finished_at for a in logged)


def test_no_score_collects_answers_without_building_detectors(tmp_path):
    with OpenAIStubServer(latency=0.0) as server:
        outcome = run_audit(RunConfig(target=f"openai:stub@{server.base_url}", out=tmp_path / "run",
                                      suites=["starter-misuse"], concurrency=4, score=False))
    attempts = RunFolder(tmp_path / "run").attempts()
    assert len(attempts) == 5 and all(a.response is not None and a.scores == [] for a in attempts)
    assert {a.verdict for a in attempts} == {"unscored"}
    assert outcome.manifest.detectors == [] and outcome.manifest.complete
