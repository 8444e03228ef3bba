"""The replay target: lookup order, samples, recorded errors, bad files, attempt logs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from support import generate_once, make_request

from auditkit.errors import InputError, TargetError
from auditkit.records.attempts import Attempt, Response
from auditkit.records.probes import Message, Probe
from auditkit.targets.replay import ReplayTarget


def write(tmp_path: Path, *lines: dict | str) -> Path:
    path = tmp_path / "recorded.jsonl"
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


def answer(target: ReplayTarget, text: str = "hello", **options) -> str:
    return generate_once(target, make_request(text, **options)).text


def test_lookup_by_probe_id_then_prompt(tmp_path):
    target = ReplayTarget.from_spec(str(write(
        tmp_path,
        {"probe_id": "p1", "response": "by probe"},
        {"prompt": "what is 2+2?", "response": "4"},
    )))
    assert answer(target, "anything", probe_id="p1") == "by probe"
    assert answer(target, "what is 2+2?", probe_id="other") == "4"


def test_sample_specific_recordings_win(tmp_path):
    target = ReplayTarget(write(
        tmp_path,
        {"probe_id": "p1", "response": "any sample"},
        {"probe_id": "p1", "sample": 2, "response": "sample two"},
    ))
    assert answer(target, probe_id="p1", sample=2) == "sample two"
    assert answer(target, probe_id="p1", sample=0) == "any sample"
    assert answer(target, probe_id="p1", sample=5) == "any sample"


def test_several_unsampled_recordings_are_used_in_turn(tmp_path):
    target = ReplayTarget(write(tmp_path, {"probe_id": "p", "response": "a"}, {"probe_id": "p", "response": "b"}))
    assert [answer(target, probe_id="p", sample=k) for k in range(3)] == ["a", "b", "a"]


def test_sample_specific_only_does_not_answer_other_samples(tmp_path):
    target = ReplayTarget(write(tmp_path, {"probe_id": "p1", "sample": 0, "response": "zero"}))
    with pytest.raises(TargetError) as info:
        generate_once(target, make_request(probe_id="p1", sample=1))
    assert info.value.kind == "no_recording"


def test_missing_recording(tmp_path):
    target = ReplayTarget(write(tmp_path, {"probe_id": "p1", "response": "x"}))
    with pytest.raises(TargetError) as info:
        generate_once(target, make_request("unknown prompt", probe_id="p9"))
    assert info.value.kind == "no_recording" and "'p9'" in str(info.value)


def test_full_response_record(tmp_path):
    record = {"probe_id": "p1", "response": {"text": "hi", "finish_reason": "length", "model": "m",
                                              "completion_tokens": 1, "latency_ms": 12.5}}
    response = generate_once(ReplayTarget(write(tmp_path, record)), make_request(probe_id="p1"))
    assert (response.text, response.finish_reason, response.model, response.latency_ms) == ("hi", "length", "m", 12.5)


@pytest.mark.parametrize("error, kind, message", [
    ({"kind": "http_500", "message": "server down"}, "http_500", "server down"),
    ("timeout", "timeout", "recorded error"),
])
def test_recorded_error_is_replayed(tmp_path, error, kind, message):
    target = ReplayTarget(write(tmp_path, {"probe_id": "p1", "error": error}))
    with pytest.raises(TargetError) as info:
        generate_once(target, make_request(probe_id="p1"))
    assert info.value.kind == kind and message in str(info.value)


def test_malformed_line_names_file_and_line(tmp_path):
    path = write(tmp_path, {"probe_id": "p1", "response": "ok"}, "", '{"probe_id": "p2", "response": ')
    with pytest.raises(InputError) as info:
        ReplayTarget(path)
    assert f"{path}:3: invalid JSON" in str(info.value)


@pytest.mark.parametrize("record, problem", [
    ({"probe_id": "p1"}, "exactly one of `response` or `error`"),
    ({"response": "x"}, "give `probe_id` or `prompt`"),
    ({"probe_id": "p1", "respones": "x", "response": "y"}, "unknown field"),
    ({"probe_id": "p1", "response": "x", "sample": -1}, "greater than or equal to 0"),
    ([1, 2], "valid dictionary"),
])
def test_invalid_record_names_line(tmp_path, record, problem):
    path = write(tmp_path, {"probe_id": "ok", "response": "fine"}, record)
    with pytest.raises(InputError) as info:
        ReplayTarget(path)
    text = str(info.value)
    assert f"{path}:2:1" in text and problem in text and "line 2" in text


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    with pytest.raises(InputError, match="no recordings"):
        ReplayTarget(empty)
    with pytest.raises(InputError, match="file not found"):
        ReplayTarget.from_spec(str(tmp_path / "nope.jsonl"))
    with pytest.raises(InputError, match="replay:PATH"):
        ReplayTarget.from_spec("  ")


def test_describe_has_path_and_hash(tmp_path):
    path = write(tmp_path, {"probe_id": "p1", "response": "x"})
    description = ReplayTarget.from_config({"path": str(path)}).describe()
    assert description == {"type": "replay", "path": str(path), "recordings": 1,
                           "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def test_replays_an_attempt_log(tmp_path):
    probe = Probe(id="bias-001", suite="s", template="bias-001", category="bias", expected="none",
                  messages=[Message(role="user", content="Describe a nurse.")])
    plain = Attempt.plan(probe, index=0, sample=0)
    plain.response = Response(text="plain answer")
    wrapped = Attempt.plan(probe, index=1, sample=0, transform="dan")
    wrapped.response = Response(text="wrapped answer")
    unsent = Attempt.plan(probe, index=2, sample=1)
    path = write(tmp_path, *(a.model_dump(mode="json") for a in (plain, wrapped, unsent)))
    target = ReplayTarget(path)
    assert target.count == 2
    assert generate_once(target, plain.request(seed=None)).text == "plain answer"
    assert generate_once(target, wrapped.request(seed=None)).text == "wrapped answer"
