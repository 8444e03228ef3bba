"""Run folders and the run store hold raw answers and results: every file is created readable by its owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from support.openai_server import OpenAIStubServer

from auditkit.atomic import create_private, open_private_append, write_atomic
from auditkit.cli.main import cli


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common umask (022), under which open() and SQLite create files 0644."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_of_a_run_and_the_store_is_0600(tmp_path, monkeypatch, usual_umask):
    store = tmp_path / "data" / "store.db"
    monkeypatch.setenv("AUDITKIT_STORE", f"sqlite:///{store}")
    with OpenAIStubServer() as server:
        result = CliRunner().invoke(cli, ["run", "-t", f"openai:stub@{server.base_url}", "-s", "starter-misuse",
                                          "-o", str(tmp_path / "run"), "--no-progress"])
    assert result.exit_code in (0, 1), result.output
    files = sorted(p for p in (tmp_path / "run").iterdir() if p.is_file())
    assert {p.name for p in files} >= {"attempts.jsonl", "manifest.json", "report.json", "report.md"}
    assert {p.name: oct(mode(p)) for p in files} == {p.name: oct(0o600) for p in files}
    assert store.is_file()
    stored = [store] + [p for p in store.parent.iterdir() if p.name.startswith("store.db-")]
    assert {p.name: oct(mode(p)) for p in stored} == {p.name: oct(0o600) for p in stored}


def test_private_helpers_create_0600_and_leave_existing_files_alone(tmp_path, usual_umask):
    log = tmp_path / "log.jsonl"
    with open_private_append(log) as f:
        f.write("one\n")
    with open_private_append(log) as f:
        f.write("two\n")
    assert log.read_text() == "one\ntwo\n" and mode(log) == 0o600
    assert create_private(tmp_path / "new.db") and mode(tmp_path / "new.db") == 0o600
    shared = tmp_path / "shared.db"
    shared.write_text("kept")
    shared.chmod(0o640)  # a store someone chose to share keeps its mode and content
    assert not create_private(shared) and mode(shared) == 0o640 and shared.read_text() == "kept"
    write_atomic(tmp_path / "report.md", "x")
    assert mode(tmp_path / "report.md") == 0o600
