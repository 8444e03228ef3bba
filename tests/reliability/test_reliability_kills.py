"""SIGKILL a run several times at random points; each resume continues; the result equals an unbroken run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.openai_server import OpenAIStubServer
from support.suites import numbered_suite

from auditkit.report.model import Report

pytestmark = pytest.mark.slow


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "auditkit", *args], env={**os.environ, "CI": "true"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_repeated_sigkill_and_resume(tmp_path):
    rng = random.Random(11)
    suite = numbered_suite(tmp_path, 300)
    out = tmp_path / "killed"
    with OpenAIStubServer(latency=0.01) as server:
        args = ["run", "-t", f"openai:stub@{server.base_url}", "-s", str(suite), "-p", "baseline",
                "--concurrency", "4", "--out", str(out)]
        kills = 0
        for round_ in range(4):
            proc = start(*args, *(["--resume"] if round_ else []))
            target_lines = lines(out / "attempts.jsonl") + rng.randint(20, 60)
            deadline = time.monotonic() + 30
            while lines(out / "attempts.jsonl") < target_lines and proc.poll() is None \
                    and time.monotonic() < deadline:
                time.sleep(rng.uniform(0.001, 0.02))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(timeout=10)
        final = start(*args, "--resume")
        _, err = final.communicate(timeout=120)
        assert final.returncode in (0, 1), err
        full = start(*args[:-1], str(tmp_path / "full"))
        full.communicate(timeout=120)
    assert kills >= 3
    records = [json.loads(line) for line in (out / "attempts.jsonl").read_text().splitlines()]
    # Killed runs left unscored records of waiting answers behind; the finished resume compacts the log to one
    # scored record per attempt, in plan order.
    assert [r["index"] for r in records] == list(range(300))
    assert len({r["id"] for r in records}) == 300
    assert all(r["verdict"] != "unscored" for r in records)
    killed = Report.model_validate_json((out / "report.json").read_text())
    unbroken = Report.model_validate_json((tmp_path / "full" / "report.json").read_text())
    assert killed.findings == unbroken.findings
    assert killed.counts == unbroken.counts and killed.manifest.resumed == 4
