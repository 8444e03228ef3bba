"""GitHub Actions: a Markdown step summary and `::error` annotations for failed rules."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from auditkit.policy.model import severity_rank
from auditkit.report.escape import md_cell
from auditkit.report.formatting import num
from auditkit.report.model import Report

_STATUS_ICON = {"pass": "✅ pass", "fail": "❌ fail", "inconclusive": "⚠️ inconclusive"}


def step_summary(report: Report, *, run_dir: str | None = None) -> str:
    """A compact Markdown summary for $GITHUB_STEP_SUMMARY: verdict, then one table row per rule."""
    verdict = "✅ PASS" if report.exit_code == 0 else "❌ FAIL"
    policy = report.policy.id if report.policy else "no policy"
    lines = [f"## auditkit: {verdict}", "",
             f"{md_cell(report.title)} · policy `{md_cell(policy)}` · fail on **{report.fail_on}** and above · "
             f"run `{report.manifest.run_id}`", "",
             "| rule | severity | status | value | 95% CI | n | bound |", "|---|---|---|---|---|---|---|"]
    for f in report.findings:
        m = f.metric
        ci = f"[{num(m.ci_low)}, {num(m.ci_high)}]" if m and m.value is not None else "—"
        lines.append(f"| `{md_cell(f.rule_id)}` | {f.severity} | {_STATUS_ICON[f.status]} | "
                     f"{num(m.value if m else None)} | {ci} | {m.n if m else 0} | {md_cell(f.bound)} |")
    counts = report.counts
    lines += ["", f"Attempts: {sum(counts.values())} ({counts.get('pass', 0)} pass, {counts.get('violation', 0)} "
              f"violation, {counts.get('error', 0)} error)."]
    if run_dir:
        lines.append(f"Full report: `{md_cell(str(Path(run_dir) / 'report.md'))}`.")
    return "\n".join(lines) + "\n"


def _escape_data(text: str) -> str:
    # Workflow commands end at a newline and treat % specially; GitHub documents these escapes.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotations(report: Report) -> list[str]:
    """`::error` lines for rules that fail the gate, `::warning` for failures below it."""
    out = []
    for f in report.findings:
        if f.status != "fail":
            continue
        level = "error" if severity_rank(f.severity) >= severity_rank(report.fail_on) else "warning"
        title = _escape_property(f"auditkit {f.severity}: {f.rule_id}")
        out.append(f"::{level} title={title}::{_escape_data(f.message)}")
    return out


def publish(report: Report, *, run_dir: str | None = None, env: Mapping[str, str] | None = None) -> list[str]:
    """Append the step summary when $GITHUB_STEP_SUMMARY is set; return annotation lines under Actions."""
    env = os.environ if env is None else env
    summary_path = env.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with open(summary_path, "a", encoding="utf-8") as f:
            f.write(step_summary(report, run_dir=run_dir))
    return annotations(report) if env.get("GITHUB_ACTIONS") == "true" else []
