"""Print a judged report's findings and verdict to the terminal."""

from __future__ import annotations

from typing import Any


def print_summary(report: Any, *, folder: str | None = None) -> None:
    """Findings table and the gate verdict, on stderr; library code never prints, so the CLI does."""
    from rich.table import Table

    from auditkit.cli.console import cell, markup_safe, stderr_console
    from auditkit.policy.engine import blocks_gate, lacking_evidence_text
    from auditkit.report.formatting import num

    # Rule ids, bounds and the folder come from user files and paths: shown literally, never as markup.
    console = stderr_console()
    policy_id = markup_safe(report.policy.id) if report.policy else "no policy"
    table = Table(title=f"Findings ({policy_id})", show_lines=False)
    for col in ("rule", "severity", "status", "value", "95% CI", "n", "bound"):
        table.add_column(col)
    styles = {"pass": "green", "fail": "bold red", "inconclusive": "yellow"}
    for f in report.findings:
        m = f.metric
        ci = f"[{num(m.ci_low)}, {num(m.ci_high)}]" if m and m.value is not None else "—"
        # An inconclusive finding that fails the gate is shown as such: missing evidence is not a pass.
        status = f"[{styles[f.status]}]{f.status}[/]"
        if blocks_gate(f, report.fail_on) and f.status == "inconclusive":
            status = "[bold red]inconclusive (fails)[/]"
        table.add_row(cell(f.rule_id), cell(f.severity), status,
                      num(m.value if m else None), ci, str(m.n if m else 0), cell(f.bound))
    console.print(table)
    counts = report.counts
    console.print(f"attempts: {sum(counts.values())} ({counts.get('pass', 0)} pass, {counts.get('violation', 0)} "
                  f"violation, {counts.get('unscored', 0)} unscored, {counts.get('error', 0)} error)")
    lacking = lacking_evidence_text(report.findings, report.fail_on)
    if lacking:
        console.print(f"evidence: {markup_safe(lacking)}")
    if folder:
        console.print(f"run folder: {markup_safe(folder)}")
    verdict = "[bold green]PASS[/]" if report.exit_code == 0 else "[bold red]FAIL[/]"
    console.print(f"gate (fail on {report.fail_on} and above): {verdict}")


def echo_error(message: str) -> None:
    """One error line on stderr."""
    from auditkit.cli.console import say

    say(f"error: {message}", err=True)


def publish_to_ci(report: Any, *, folder: str | None = None) -> None:
    """Step summary and annotations when running under GitHub Actions (stdout carries workflow commands)."""
    from auditkit.ci.github import publish
    from auditkit.cli.console import say

    # Workflow commands quote rule ids and evidence; a control sequence in them would reach the CI log raw.
    for line in publish(report, run_dir=folder):
        say(line)
