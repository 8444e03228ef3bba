"""Target start-up, shared by the local run and the Ray workers: configure, then let the model load."""

from __future__ import annotations

import asyncio

import pytest

from auditkit.errors import TargetError
from auditkit.targets import startup
from auditkit.targets.python import PythonTarget
from auditkit.targets.startup import open_target, start_target


class Batching:
    """A target that batches inside: it wants the run's concurrency."""

    def __init__(self):
        self.told: list[int] = []

    def configure(self, *, concurrency):
        self.told.append(concurrency)


def test_open_target_tells_a_batching_target_the_run_s_concurrency(monkeypatch):
    built = Batching()
    specs = []
    monkeypatch.setattr(startup, "load_target", lambda spec: specs.append(spec) or built)
    assert open_target({"type": "fake"}, concurrency=12) is built
    assert built.told == [12] and specs == [{"type": "fake"}]


def test_open_target_builds_a_target_without_configure(tmp_path):
    (tmp_path / "app.py").write_text("def echo(prompt):\n    return prompt\n", encoding="utf-8")
    target = open_target(f"python:{tmp_path / 'app.py'}:echo", concurrency=4)
    assert isinstance(target, PythonTarget) and target.name.endswith("app.py:echo")


class Starting:
    def __init__(self, failure=None):
        self.failure = failure
        self.started = 0

    async def start(self):
        self.started += 1
        if self.failure:
            raise self.failure


def test_start_target_loads_the_model_once():
    target = Starting()
    asyncio.run(start_target(target))
    assert target.started == 1


def test_a_target_that_cannot_start_is_left_to_fail_on_its_attempts():
    target = Starting(TargetError("model weights missing", kind="load"))
    asyncio.run(start_target(target))  # no error: each attempt records it
    assert target.started == 1


def test_start_target_lets_other_errors_through():
    with pytest.raises(ValueError, match="bug"):
        asyncio.run(start_target(Starting(ValueError("bug"))))


def test_start_target_skips_a_target_without_start():
    asyncio.run(start_target(object()))  # nothing to call, nothing raised
