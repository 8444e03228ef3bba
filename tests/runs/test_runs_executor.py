"""One Executor interface: chosen once from the run's config, met alike by the local pipeline and by Ray."""

from __future__ import annotations

import asyncio
import inspect

import pytest

from auditkit.records.attempts import Response, Score
from auditkit.runs import local_executor
from auditkit.runs.config import RunConfig
from auditkit.runs.executor import Executor, RunHooks
from auditkit.runs.local_executor import LocalExecutor
from auditkit.runs.planning import plan
from auditkit.runs.ray_executor import RayExecutor
from auditkit.runs.runner import choose_executor
from auditkit.suites import load_suites

TARGET = "openai:stub@http://127.0.0.1:9/v1"


def test_the_config_chooses_the_executor_once():
    local = choose_executor(RunConfig(target=TARGET, concurrency=7, seed=3, scoring_threads=2))
    assert isinstance(local, LocalExecutor)
    assert (local.concurrency, local.seed, local.scoring_threads) == (7, 3, 2)
    for name in ("ray", "ray://head:10001"):
        config = RunConfig(target=TARGET, executor=name)
        ray = choose_executor(config)
        assert isinstance(ray, RayExecutor) and ray.config is config
    # Locally, answers logged unscored are scored on resume; Ray workers score what they send, so resend them.
    assert local.scores_logged_answers is True and ray.scores_logged_answers is False


@pytest.mark.parametrize("implementation", [LocalExecutor, RayExecutor])
def test_both_executors_have_the_interface_s_methods_and_parameters(implementation):
    for name in ("start", "send_and_score"):
        wanted = inspect.signature(getattr(Executor, name))
        got = inspect.signature(getattr(implementation, name))
        assert list(got.parameters) == list(wanted.parameters), name
        assert [p.kind for p in got.parameters.values()] == [p.kind for p in wanted.parameters.values()], name
        assert inspect.iscoroutinefunction(getattr(implementation, name))
    assert isinstance(implementation.scores_logged_answers, bool)


class LoadingTarget:
    """A target whose model loads in `start`; notes the order of events in a shared list."""

    def __init__(self, events):
        self.events = events

    async def start(self):
        self.events.append("model loaded")

    async def generate(self, request):
        return Response(text=f"answer to {request.attempt_id}")


class FixedDetectors:
    """Stands in for the DetectorSet: notes when it is built and gives every answer one refusal score."""

    def __init__(self, probes, events):
        self.probes = list(probes)
        events.append("detectors built")

    def refs(self):
        return []

    def score_attempts(self, batch, probes):
        for a in batch:
            a.scores = [Score(detector="fixed", kind="refusal", label="refusal", value=1.0, flagged=True)]


def test_local_executor_loads_the_model_before_the_detectors_then_sends_scores_and_reports(monkeypatch):
    events: list = []
    monkeypatch.setattr(local_executor, "DetectorSet", lambda probes: FixedDetectors(probes, events))
    suites = load_suites(["starter"])
    attempts = list(plan(suites, samples=1))[:10]
    probes = {p.id: p for s in suites for p in s.probes}
    logged, done, sent, ready = [], [], [], []
    executor = LocalExecutor(concurrency=3, seed=0, scoring_threads=1)

    class Log:
        def append(self, attempt):
            logged.append(attempt)

    async def main():
        target = LoadingTarget(events)
        detectors = await executor.start(target, [probes[a.probe_id] for a in attempts])
        hooks = RunHooks(on_done=done.append, on_sent=sent.append, on_detectors=ready.append)
        await executor.send_and_score(iter(attempts), probes, target, detectors, Log(), hooks, count=len(attempts))
        return await detectors

    built = asyncio.run(main())
    assert events == ["model loaded", "detectors built"]
    assert [p.id for p in built.probes] == [a.probe_id for a in attempts]
    assert sorted(a.id for a in logged) == sorted(a.id for a in attempts) and done == logged
    assert sent == list(range(1, 11)) and ready == [built]
    assert all(a.scores and a.response.text == f"answer to {a.id}" for a in logged)


def test_ray_executor_takes_no_unscored_answers():
    attempt = next(iter(plan(load_suites(["starter"]), samples=1)))
    executor = RayExecutor(RunConfig(target=TARGET, executor="ray"))
    with pytest.raises(ValueError, match="sends logged answers again"):
        asyncio.run(executor.send_and_score([], {}, None, None, None, RunHooks(), count=0, unscored=[attempt]))
