"""Kill a real `auditkit run` process part-way, resume it, and compare with an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.openai_server import OpenAIStubServer

from auditkit.report.model import Report
from auditkit.runs.folder import RunFolder

pytestmark = pytest.mark.slow


def _default_sigint() -> None:
    # A shell without job control starts background jobs with SIGINT ignored, and children inherit that (Python
    # then installs no Ctrl-C handler): the child gets the disposition a user's terminal gives it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def auditkit(*args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "CI": "true"}
    return subprocess.Popen([sys.executable, "-m", "auditkit", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint, **kw)


def wait_for_lines(path: Path, n: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().count("\n") >= n:
            return
        time.sleep(0.02)
    raise AssertionError(f"{path} never reached {n} lines")


def comparable(report: Report) -> dict:
    data = report.model_dump(mode="json")
    # Times, run ids and the resume count differ between two runs; everything judged must not.
    data.pop("manifest")
    data.pop("signoff", None)  # names the run id and the manifest's hash
    return data


def sent_prompts(server: OpenAIStubServer) -> list[str]:
    return [json.dumps(r.body["messages"], sort_keys=True) for r in server.chat_requests]


def test_sigkill_then_resume_sends_nothing_twice_and_matches_an_uninterrupted_run(tmp_path):
    out = tmp_path / "killed"
    with OpenAIStubServer(latency=0.1) as server:
        args = ["run", "--target", f"openai:stub@{server.base_url}", "--suite", "starter", "--concurrency", "2"]
        proc = auditkit(*args, "--out", str(out))
        wait_for_lines(out / "attempts.jsonl", 10)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        done_before = {json.dumps([m.model_dump() for m in a.messages], sort_keys=True)
                       for a in RunFolder(out).attempts()}
        sent_before = len(server.chat_requests)
        assert 10 <= len(done_before) < 68

        resumed = auditkit(*args, "--out", str(out), "--resume")
        _, err = resumed.communicate(timeout=120)
        assert resumed.returncode in (0, 1), err
        resent = set(sent_prompts(server)[sent_before:]) & done_before
        assert resent == set(), "a finished attempt was sent again after resume"

        full = auditkit(*args, "--out", str(tmp_path / "full"))
        full.communicate(timeout=120)
        assert full.returncode == resumed.returncode

    killed_report = Report.model_validate_json((out / "report.json").read_text())
    full_report = Report.model_validate_json((tmp_path / "full" / "report.json").read_text())
    assert comparable(killed_report) == comparable(full_report)
    assert killed_report.manifest.resumed == 1 and killed_report.manifest.complete
    ids = [a.id for a in RunFolder(out).attempts()]
    assert len(ids) == len(set(ids)) == 68


def test_interrupt_leaves_a_resumable_run_and_exits_3(tmp_path):
    out = tmp_path / "run"
    with OpenAIStubServer(latency=0.2) as server:
        args = ["run", "--target", f"openai:stub@{server.base_url}", "--suite", "starter", "--concurrency", "2",
                "--out", str(out)]
        proc = auditkit(*args)
        wait_for_lines(out / "attempts.jsonl", 4)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 3, err
        assert "--resume" in err and "Traceback" not in err
        manifest = RunFolder(out).manifest()
        # Lines are answers: scored ones, or answers logged while they waited for the detector models.
        answered = RunFolder(out).attempts()
        assert not manifest.complete and manifest.attempts_done < 68 and 4 <= len(answered) < 68
        resumed = auditkit(*args, "--resume")
        resumed.communicate(timeout=120)
    assert resumed.returncode in (0, 1)
    assert len(RunFolder(out).attempts()) == 68
