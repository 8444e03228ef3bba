"""Runs for policy tests: a throwaway suite, a replay file answering each of its probes, and run_audit over them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from auditkit.records.probes import Probe
from auditkit.runs.config import RunConfig
from auditkit.runs.runner import RunOutcome, run_audit
from auditkit.suites.load import load_suite_file


def write_suite(folder: Path, name: str, text: str) -> Path:
    """Write a suite file `name`.yaml into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def numbers(n: int) -> str:
    """'["1", "2", ...]' for a variable list of n cases."""
    return "[" + ", ".join(f'"{i}"' for i in range(1, n + 1)) + "]"


def replay_run(folder: Path, suite: Path, respond: Callable[[Probe], str], *, policy: Path | str | None,
               name: str = "run", fail_on: str = "high") -> RunOutcome:
    """Record `respond(probe)` for every probe of the suite, then run the audit against that recording."""
    recording = folder / f"{name}.jsonl"
    with recording.open("w", encoding="utf-8") as f:
        for probe in load_suite_file(suite).probes:
            f.write(json.dumps({"probe_id": probe.id, "response": respond(probe)}) + "\n")
    config = RunConfig(target=f"replay:{recording}", suites=[str(suite)], policy=str(policy) if policy else None,
                       out=folder / name, concurrency=4, fail_on=fail_on)
    return run_audit(config)
