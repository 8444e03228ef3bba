"""Judge the attempts of a run folder with a policy and write its reports."""

from __future__ import annotations

import json
from pathlib import Path

from auditkit.policy.judge import judge
from auditkit.policy.load import load_policy
from auditkit.policy.model import Policy, Severity
from auditkit.report.build import build_report
from auditkit.report.model import Report
from auditkit.report.render import write_reports
from auditkit.runs.folder import CONFIG, RunFolder


def saved_config(folder: RunFolder) -> dict:
    """The config.json a run saved (empty when absent)."""
    path = folder.path / CONFIG
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def judge_run(path: Path, *, policy: str | Path | Policy | None = None, fail_on: Severity | None = None,
              write: bool = False) -> Report:
    """Re-judge a saved run without touching the model; by default with the policy it was run with."""
    folder = RunFolder(path)
    manifest = folder.manifest()
    config = saved_config(folder)
    if policy is None:
        resolved = folder.policy()
    elif isinstance(policy, Policy):
        resolved = policy
    else:
        resolved = load_policy(policy)
    attempts = folder.attempts()
    findings = judge(resolved, attempts) if resolved is not None else []
    report = build_report(manifest=manifest, attempts=attempts, policy=resolved, findings=findings,
                          fail_on=fail_on or config.get("fail_on", "high"),
                          intended_use=config.get("intended_use"), title=config.get("title"))
    if write:
        write_reports(report, folder.path)
    return report
