"""`auditkit plan`: size an audit before running it - what each rule will see, its power, the samples it needs."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import click

from auditkit.cli.console import say
from auditkit.cli.options import fail_on_option


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def _sees(rule: Any) -> str:
    """'369 attempts; gender 3 groups (min 5)' for the table."""
    cover = rule.coverage
    if cover.problem in ("no_attempts", "unusable"):
        return "nothing it can judge"
    parts = [f"{rule.n} attempt{'s' if rule.n != 1 else ''}"]
    if len(rule.axes) == 1:
        axis = rule.axes[0]
        parts.append(f"{axis.axis}: {len(axis.groups)} groups, smallest {min(axis.groups.values())}")
    elif rule.axes:
        smallest = min(min(a.groups.values()) for a in rule.axes)
        parts.append(f"{len(rule.axes)} features, smallest group {smallest}")
    if cover.parts and not rule.axes:
        parts.append(", ".join(f"{k} {v}" for k, v in cover.parts.items()))
    return "; ".join(parts)


def _samples_cell(rule: Any) -> str:
    if rule.coverage.problem in ("no_attempts", "unusable"):
        return "—"
    if rule.power is None:
        return "n/a"
    return str(rule.samples_needed) if rule.samples_needed is not None else "> 100"


def print_plan(plan: Any, *, rules: list[Any] | None = None, title: str | None = None) -> None:
    """The sizing table on stderr: per rule what it sees, its power and the --samples for the target power."""
    from rich.table import Table

    from auditkit.cli.console import cell, stderr_console

    rules = plan.rules if rules is None else rules
    table = Table(title=title or f"Audit plan ({plan.policy}, --samples {plan.samples})")
    for col in ("rule", "sees", "alternative", "power", f"n for {_pct(plan.target_power)}", "--samples"):
        table.add_column(col)
    styles = {True: "yellow", False: "green"}
    for rule in rules:
        weak = rule.underpowered(plan.target_power)
        power = _pct(rule.power) if rule.coverage.problem is None else rule.coverage.problem.replace("_", " ")
        table.add_row(cell(rule.rule_id), cell(_sees(rule)), cell(rule.alternative or rule.note),
                      f"[{styles[weak]}]{power}[/]", str(rule.n_needed or "—"), _samples_cell(rule))
    stderr_console().print(table)


def print_features(plan: Any) -> None:
    """Per sensitive feature of each disparity rule: groups, the smallest, power and --samples."""
    from rich.table import Table

    from auditkit.cli.console import cell, stderr_console

    table = Table(title="Disparity rules by feature")
    for col in ("rule", "feature", "groups", "smallest", "compared", "power", "n per group", "--samples", "note"):
        table.add_column(col)
    for rule in plan.rules:
        for a in rule.axes:
            table.add_row(cell(rule.rule_id), cell(a.axis), str(len(a.groups)), str(min(a.groups.values())),
                          str(a.compared), _pct(a.power), str(a.n_needed or "—"),
                          str(a.samples_needed) if a.samples_needed else "> 100", cell(a.note))
    stderr_console().print(table)


def print_plan_footer(plan: Any) -> None:
    """The samples that make every rule conclusive at the target power, and the preflight's findings."""
    for line in plan.preflight.warnings:
        say(f"warning: {line}", err=True)
    for line in plan.preflight.errors:
        say(f"error: {line}", err=True)
    need = plan.samples_for_all
    if need is None:
        say(f"no --samples up to 100 gives every rule {_pct(plan.target_power)} power: add probes to the "
            "rules marked '> 100' (repeated samples of a deterministic model add no information anyway)", err=True)
    elif need > plan.samples:
        say(f"--samples {need} gives every rule {_pct(plan.target_power)} power against the effects shown", err=True)
    else:
        say(f"every rule has {_pct(plan.target_power)} power against the effects shown at --samples {plan.samples}",
            err=True)


def plan_json(plan: Any) -> dict[str, Any]:
    """The plan as plain data."""
    rules = []
    for r in plan.rules:
        rules.append({"rule": r.rule_id, "severity": r.coverage.severity, "type": r.coverage.rule_type,
                      "mode": r.mode, "attempts": r.n, "problem": r.coverage.problem, "detail": r.coverage.detail,
                      "alternative": r.alternative, "power": r.power, "n_needed": r.n_needed,
                      "samples_needed": r.samples_needed, "on_inconclusive": r.coverage.action,
                      "axes": [asdict(a) for a in r.axes], "parts": r.coverage.parts})
    return {"policy": plan.policy, "samples": plan.samples, "attempts": plan.attempts,
            "rate_effect": plan.rate_effect, "gap_effect": plan.gap_effect, "sd": plan.sd, "power": plan.target_power,
            "samples_for_all": plan.samples_for_all, "errors": plan.preflight.errors,
            "warnings": plan.preflight.warnings, "rules": rules}


@click.command()
@click.option("-p", "--policy", default="default", show_default=True, help="Built-in policy id or a policy file.")
@click.option("-s", "--suite", "suites", multiple=True, help="Suite id, folder or file (repeatable). Default: starter.")
@click.option("--samples", type=click.IntRange(1, 100), default=1, show_default=True, help="Times each probe is sent.")
@click.option("--effect", type=click.FloatRange(0, 1, min_open=True), default=0.05, show_default=True,
              help="For rates: how far beyond (or, for confident_pass, within) its bound the true rate lies.")
@click.option("--gap-effect", type=click.FloatRange(0, 1, min_open=True), default=0.10, show_default=True,
              help="For gaps between groups, BBQ bias and regressions: how far beyond its bound the true gap lies.")
@click.option("--sd", type=click.FloatRange(0, 0.5, min_open=True), default=0.5, show_default=True,
              help="Standard deviation of one group's values (0-1 scale) assumed for gaps; 0.5 is the largest "
                   "possible, so the sizes are upper bounds.")
@click.option("--power", "target", type=click.FloatRange(0.5, 0.99), default=0.8, show_default=True,
              help="The power each rule should have.")
@fail_on_option
@click.option("--by-group", is_flag=True, help="Also print each sensitive feature of the disparity rules.")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON on stdout.")
def plan(policy: str, suites: tuple[str, ...], samples: int, effect: float, gap_effect: float, sd: float,
         target: float, fail_on: str | None, by_group: bool, as_json: bool) -> None:
    """Size an audit: per rule the attempts and groups it will see, its power and the --samples it needs.

    Exits 2 when a rule can never be judged with these suites (as `auditkit run` would, before sending).
    """
    from auditkit.policy.load import load_policy
    from auditkit.policy.sizing import plan_audit
    from auditkit.runs.config import DEFAULT_SUITES
    from auditkit.suites.load import load_suites

    refs = list(suites) or list(DEFAULT_SUITES)
    found = plan_audit(load_policy(policy), load_suites(refs), samples=samples, rate_effect=effect,
                       gap_effect=gap_effect, power=target, fail_on=fail_on or "high", baseline=None, sd=sd)  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps(plan_json(found), indent=2))
    else:
        print_plan(found)
        if by_group:
            print_features(found)
        print_plan_footer(found)
    if found.preflight.errors:
        raise click.exceptions.Exit(2)
