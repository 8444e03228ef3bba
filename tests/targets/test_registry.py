"""load_target: spec strings and config mappings through the auditkit.targets entry points."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from support import generate_once

from auditkit.errors import InputError
from auditkit.targets import load_target
from auditkit.targets.base import Target
from auditkit.targets.openai import OpenAITarget
from auditkit.targets.python import PythonTarget
from auditkit.targets.replay import ReplayTarget


@pytest.fixture
def recording(tmp_path):
    path = tmp_path / "rec.jsonl"
    path.write_text(json.dumps({"probe_id": "p1", "response": "recorded"}) + "\n")
    return path


@pytest.fixture
def app(tmp_path):
    path = tmp_path / "app.py"
    path.write_text("def reply(prompt):\n    return 'ok'\n")
    return path


def test_spec_strings(openai_server, recording, app):
    openai = load_target(f"openai:stub@{openai_server.base_url}")
    assert isinstance(openai, OpenAITarget) and isinstance(openai, Target)
    assert generate_once(openai).text.startswith("Sure.")
    assert isinstance(load_target(f"python:{app}:reply"), PythonTarget)
    replay = load_target(f"replay:{recording}")
    assert isinstance(replay, ReplayTarget) and replay.describe()["recordings"] == 1


def test_config_mappings(openai_server, recording, app):
    openai = load_target({"type": "openai", "model": "stub", "base_url": openai_server.base_url,
                          "params": {"temperature": 0.7}})
    assert openai.describe()["params"] == {"temperature": 0.7}
    assert isinstance(load_target({"type": "python", "function": f"{app}:reply"}), PythonTarget)
    assert isinstance(load_target({"type": "replay", "path": str(recording)}), ReplayTarget)


@pytest.mark.parametrize("spec", ["gpt-4o-mini", "nosuch:thing", ":model", {"type": "nosuch"}, {"model": "m"}])
def test_unknown_or_missing_type_lists_types_and_forms(spec):
    with pytest.raises(InputError) as info:
        load_target(spec)
    text = str(info.value)
    for word in ("openai", "python", "replay", "openai:MODEL@URL", "python:pkg.mod:fn", "replay:PATH"):
        assert word in text


def test_type_specific_errors_pass_through():
    with pytest.raises(InputError, match="unknown field"):
        load_target({"type": "openai", "model": "m", "temprature": 1})


def test_not_a_spec():
    with pytest.raises(InputError, match="TYPE:SPEC"):
        load_target(42)  # type: ignore[arg-type]


def test_package_import_stays_light():
    code = "import sys, auditkit.targets as t; t.load_target; print('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
