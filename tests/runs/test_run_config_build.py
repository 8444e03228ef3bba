"""build_run_config: defaults, then auditkit.yaml, then overrides; config.json read back typed; the secrets file."""

from __future__ import annotations

import contextvars
import json
import os
import textwrap

import pytest

from auditkit import secrets
from auditkit.aio import run_in_thread
from auditkit.errors import InputError
from auditkit.runs.config import RunConfig, SavedConfig, build_run_config, merge_run_config
from auditkit.runs.folder import RunFolder
from auditkit.runs.judging import saved_config
from auditkit.targets.embedded import DEFAULT_TARGET_NOTICE, EMBEDDED_CONCURRENCY, EMBEDDED_SPEC


def write(path, text: str):
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def config_file(tmp_path):
    return write(tmp_path / "auditkit.yaml", """\
        target: openai:m@http://127.0.0.1:9/v1
        suites: [starter-misuse]
        samples: 3
        concurrency: 4
        title: From the file
        fail_on: medium
    """)


def test_overrides_win_over_the_file_and_the_file_over_defaults(config_file):
    config = build_run_config(config_file, {"samples": 5, "fail_on": "critical"})
    assert (config.samples, config.fail_on) == (5, "critical")  # overrides
    assert (config.concurrency, config.title, config.suites) == (4, "From the file", ["starter-misuse"])  # file
    assert (config.seed, config.policy, config.executor) == (0, "default", "local")  # defaults


def test_defaults_alone_need_a_target_and_take_every_default():
    config = build_run_config(None, {"target": "openai:m@http://127.0.0.1:9/v1"})
    assert config == RunConfig(target="openai:m@http://127.0.0.1:9/v1")
    assert (config.suites, config.policy, config.concurrency, config.samples) == (["starter"], "default", 8, 1)


def test_a_none_policy_override_means_no_policy_and_the_file_target_can_be_replaced(config_file):
    config = build_run_config(config_file, {"policy": None, "target": "replay:elsewhere.jsonl"})
    assert config.policy is None and config.target == "replay:elsewhere.jsonl"


def test_an_invalid_override_is_reported_with_the_file_named(config_file):
    with pytest.raises(InputError) as caught:
        build_run_config(config_file, {"samples": 0})
    assert str(caught.value).startswith(f"{config_file}: invalid run configuration (1 problem(s))")
    assert caught.value.problems == [f"{config_file}: samples: Input should be greater than or equal to 1 (got 0)"]


def test_file_problems_are_located_by_line_and_column(tmp_path):
    path = write(tmp_path / "auditkit.yaml", """\
        target: openai:m@http://127.0.0.1:9/v1
        samples: 0
        secrets_file: missing.env
    """)
    with pytest.raises(InputError) as caught:
        build_run_config(path, {"samples": 2})  # the file is checked whole, before overrides apply
    assert caught.value.problems == [
        f"{path}:2:1: samples: Input should be greater than or equal to 1 (got 0)",
        f"{path}:3:1: secrets_file: no such file: {tmp_path / 'missing.env'}",
    ]


def test_without_a_target_the_embedded_model_is_the_default_and_says_so(tmp_path):
    notices: list[str] = []
    config = build_run_config(None, {}, default_target=True, on_notice=notices.append)
    assert config.target == EMBEDDED_SPEC and config.concurrency == EMBEDDED_CONCURRENCY
    assert notices == [DEFAULT_TARGET_NOTICE]
    # A concurrency the user gave is kept; a target the file gives means no notice.
    path = write(tmp_path / "auditkit.yaml", "concurrency: 2\n")
    assert build_run_config(path, {}, default_target=True).concurrency == 2
    notices.clear()
    named = build_run_config(None, {"target": "replay:x.jsonl"}, default_target=True, on_notice=notices.append)
    assert named.target == "replay:x.jsonl" and named.concurrency == 8 and notices == []


def test_without_a_target_and_no_default_the_target_is_reported_missing(tmp_path):
    path = write(tmp_path / "auditkit.yaml", "suites: [starter]\n")
    with pytest.raises(InputError) as caught:
        build_run_config(path, {}, what="config")
    assert str(caught.value).startswith(f"{path}: invalid config (1 problem(s))")
    assert caught.value.problems == [f"{path}: target: required field is missing"]


def test_resume_needs_an_out_folder(config_file, tmp_path):
    with pytest.raises(InputError, match="--resume needs --out"):
        build_run_config(config_file, {}, resume=True)
    assert build_run_config(config_file, {"out": tmp_path / "run"}, resume=True).out == tmp_path / "run"


def test_merge_takes_what_load_config_read(config_file):
    from auditkit.runs.config import load_config

    assert merge_run_config(load_config(config_file), {"seed": 7}) == build_run_config(config_file, {"seed": 7})


def test_config_json_round_trips_through_the_typed_model(tmp_path):
    keys = write(tmp_path / "keys.env", "MY_KEY=sk-not-a-real-key\n")
    config = RunConfig(target="openai:m@http://127.0.0.1:9/v1", suites=["starter-misuse", "starter-pii"],
                       policy=None, out=tmp_path / "run", samples=2, seed=5, fail_on="medium", title="T",
                       intended_use="support", out_of_scope_uses=["medical"], signer="A. Auditor",
                       secrets_file=keys)
    folder = RunFolder(tmp_path / "run")
    folder.path.mkdir()
    # As the runner writes it: the target as the manifest describes it.
    folder.write_config(config.model_dump(mode="json", exclude={"target"}) | {"target": {"type": "openai"}})
    text = (folder.path / "config.json").read_text()
    assert "secrets_file" not in text and "keys.env" not in text  # where keys live is not recorded
    saved = saved_config(folder)
    assert isinstance(saved, SavedConfig)
    assert (saved.target, saved.suites, saved.policy, saved.out) == (
        {"type": "openai"}, ["starter-misuse", "starter-pii"], None, str(tmp_path / "run"))
    assert (saved.samples, saved.seed, saved.fail_on, saved.title) == (2, 5, "medium", "T")
    assert (saved.intended_use, saved.out_of_scope_uses, saved.signer) == ("support", ["medical"], "A. Auditor")


def test_old_and_partial_config_json_files_still_read(tmp_path):
    folder = RunFolder(tmp_path)
    assert saved_config(folder) == SavedConfig()  # no config.json at all
    assert saved_config(folder).fail_on == "high"
    (tmp_path / "config.json").write_text(json.dumps({
        "target": {"type": "replay"}, "fail_on": None, "out_of_scope_uses": None, "title": "Old",
        "retired_option": True}))
    saved = saved_config(folder)
    assert (saved.fail_on, saved.out_of_scope_uses, saved.title) == ("high", [], "Old")


def test_the_secrets_file_is_a_field_resolved_against_the_config_folder(tmp_path, monkeypatch):
    write(tmp_path / "keys.env", "MY_KEY=sk-not-a-real-key\n")
    path = write(tmp_path / "auditkit.yaml", "target: openai:m@http://127.0.0.1:9/v1\nsecrets_file: keys.env\n")
    monkeypatch.chdir(tmp_path.parent)
    config = build_run_config(path)
    assert config.secrets_file == tmp_path / "keys.env"
    assert "secrets_file" not in config.model_dump()  # never written into config.json
    # An override (the CLI's --secrets) wins; a missing file is named.
    other = write(tmp_path / "other.env", "MY_KEY=x\n")
    assert build_run_config(path, {"secrets_file": other}).secrets_file == other
    with pytest.raises(InputError, match="nope.env: secrets file not found"):
        build_run_config(path, {"secrets_file": tmp_path / "nope.env"})


def test_secrets_are_looked_up_in_the_run_file_without_touching_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("MY_KEY", raising=False)
    monkeypatch.delenv(secrets.SECRETS_FILE_ENV, raising=False)
    keys = write(tmp_path / "keys.env", "MY_KEY=sk-from-the-file\n")
    before = dict(os.environ)

    def in_a_run() -> tuple[str | None, str | None]:
        secrets.use_secrets_file(keys)
        # The thread a run may start (run_in_thread) sees the same file.
        return secrets.lookup("MY_KEY"), run_in_thread(_lookup_later())

    assert contextvars.copy_context().run(in_a_run) == ("sk-from-the-file", "sk-from-the-file")
    assert secrets.lookup("MY_KEY") is None  # outside that run's context
    assert dict(os.environ) == before
    monkeypatch.setenv("MY_KEY", "sk-from-the-environment")

    def env_first() -> str | None:
        secrets.use_secrets_file(keys)
        return secrets.lookup("MY_KEY")

    assert contextvars.copy_context().run(env_first) == "sk-from-the-environment"


async def _lookup_later() -> str | None:
    return secrets.lookup("MY_KEY")
