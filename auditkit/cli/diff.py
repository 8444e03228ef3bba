"""`auditkit diff`: compare two saved runs metric by metric; with --policy, gate on its regression rules."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from auditkit.cli.console import cell, markup_safe
from auditkit.cli.options import fail_on_option
from auditkit.report.formatting import num, pvalue

CHANGE_STYLES = {"worse": "bold red", "better": "green", "changed": "yellow"}


def _with_ci(value: float | None, low: float | None, high: float | None) -> str:
    if value is None:
        return "—"
    return f"{num(value)} [{num(low)}, {num(high)}]"


def _metrics_table(rows: list[Any]) -> Any:
    from rich.table import Table

    table = Table(title="Metrics: candidate vs baseline (95% intervals)")
    for col in ("selection", "metric", "baseline", "n", "candidate", "n", "difference", "p", "change"):
        table.add_column(col)
    for row in rows:
        b, c = row.baseline, row.candidate
        style = CHANGE_STYLES.get(row.change)
        change = f"[{style}]{row.change}[/]" if style else row.change
        table.add_row(cell(row.selection), cell(row.name), _with_ci(b.value, b.ci_low, b.ci_high), str(b.n),
                      _with_ci(c.value, c.ci_low, c.ci_high), str(c.n),
                      _with_ci(row.difference, row.ci_low, row.ci_high), pvalue(row.p_value, spaced=False), change)
    return table


def _findings_table(findings: list[Any], policy_id: str) -> Any:
    from rich.table import Table

    table = Table(title=f"Regression rules ({markup_safe(policy_id)})")
    for col in ("rule", "severity", "status", "worse by", "interval", "p", "margin"):
        table.add_column(col)
    styles = {"pass": "green", "fail": "bold red", "inconclusive": "yellow"}
    for f in findings:
        m = f.metric
        table.add_row(cell(f.rule_id), cell(f.severity), f"[{styles[f.status]}]{f.status}[/]",
                      num(m.value if m else None), f"[{num(m.ci_low)}, {num(m.ci_high)}]" if m else "—",
                      pvalue(f.p_value, spaced=False), cell(f.bound))
    return table


@click.command()
@click.argument("base_run")
@click.argument("candidate_run")
@click.option("-p", "--policy", help="Apply this policy's regression rules (candidate vs base) and exit with "
                                     "their verdict.")
@fail_on_option
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON instead of tables.")
def diff(base_run: str, candidate_run: str, policy: str | None, fail_on: str | None, as_json: bool) -> None:
    """Compare CANDIDATE_RUN with BASE_RUN: per metric both values, the difference, its p-value, and what got
    better or worse. Without --policy the exit code is 0; with it, 1 when a regression rule fails."""
    from rich.console import Console

    from auditkit.metrics.diff import diff_runs
    from auditkit.policy.engine import gate, judge
    from auditkit.policy.load import load_policy
    from auditkit.policy.model import Policy
    from auditkit.runs.folder import RunFolder
    from auditkit.runs.judging import load_baseline
    from auditkit.runs.refs import resolve_run_dir

    baseline = load_baseline(base_run)
    candidate_dir = resolve_run_dir(candidate_run)
    candidate = RunFolder(candidate_dir).attempts(light=True)  # metrics and regression rules read no texts
    rows = diff_runs(baseline.attempts, candidate)
    findings = []
    policy_id = None
    if policy is not None:
        loaded = load_policy(policy)
        rules = [r for r in loaded.rules if r.type == "regression"]
        if not rules:
            raise click.UsageError(f"policy {loaded.id!r} has no regression rules to apply")
        policy_id = loaded.id
        findings = judge(Policy(id=loaded.id, description=loaded.description, rules=rules), candidate,
                         baseline=baseline)
    code = gate(findings, fail_on or "high") if findings else 0  # type: ignore[arg-type]
    if as_json:
        payload = {"baseline": baseline.label, "candidate": str(candidate_dir),
                   "metrics": [r.model_dump(mode="json") for r in rows],
                   "policy": policy_id, "findings": [f.model_dump(mode="json") for f in findings], "exit_code": code}
        click.echo(json.dumps(payload, indent=2))
    else:
        # Logs are read after the fact: there a wide table beats one squeezed to 80 columns.
        console = Console() if sys.stdout.isatty() else Console(width=200)
        console.print(f"baseline: {markup_safe(baseline.label)}\ncandidate: {markup_safe(candidate_dir)}")
        console.print(_metrics_table(rows))
        worse = [markup_safe(f"{r.name} ({r.selection})") for r in rows if r.change == "worse"]
        better = [markup_safe(f"{r.name} ({r.selection})") for r in rows if r.change == "better"]
        console.print(f"worse: {', '.join(worse) or 'none'}", soft_wrap=True)
        console.print(f"better: {', '.join(better) or 'none'}", soft_wrap=True)
        if findings:
            console.print(_findings_table(findings, policy_id or ""))
            verdict = "[bold green]PASS[/]" if code == 0 else "[bold red]FAIL[/]"
            console.print(f"gate (fail on {fail_on or 'high'} and above): {verdict}")
    raise click.exceptions.Exit(code)
