"""`auditkit policy`: validate policy files and print the policy JSON Schema."""

from __future__ import annotations

import click

from auditkit.cli.console import say
from auditkit.cli.options import fail_on_option


@click.group()
def policy() -> None:
    """Validate policies and export their schema."""


@policy.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-s", "--suite", "suites", multiple=True,
              help="Also check that every rule can be judged with these suites (repeatable), as `run` does.")
@fail_on_option
def validate(files: tuple[str, ...], suites: tuple[str, ...], fail_on: str | None) -> None:
    """Check policy files or built-in ids (and what they extend); exit 2 on the first invalid one.

    With --suite, a rule that can never be judged with those suites is an error too: one whose attempts lack
    what it reads (a detector kind, a group variable), or one that matches nothing while its inconclusive
    finding would fail the gate.
    """
    from auditkit.policy.coverage import planned_attempts, preflight
    from auditkit.policy.load import load_policy

    planned = None
    if suites:
        from auditkit.suites.load import load_suites

        planned = planned_attempts(load_suites(list(suites)))
    bad = False
    for path in files:
        resolved = load_policy(path)
        if planned is None:
            say(f"{path}: ok ({resolved.id}, {len(resolved.rules)} rules)")
            continue
        found = preflight(resolved, planned, fail_on=fail_on or "high")  # type: ignore[arg-type]
        judged = sum(c.problem is None for c in found.rules)
        for line in found.warnings:
            say(f"{path}: warning: {line}", err=True)
        for line in found.errors:
            say(f"{path}: error: {line}", err=True)
        if found.errors:
            bad = True
            continue
        say(f"{path}: ok ({resolved.id}, {len(resolved.rules)} rules, {judged} judged with "
            f"{', '.join(suites)})")
    if bad:
        raise click.exceptions.Exit(2)


@policy.command()
def schema() -> None:
    """Print the JSON Schema of policy files (for editors)."""
    from auditkit.policy.schema import schema_text

    click.echo(schema_text(), nl=False)


@policy.command(name="list")
def list_policies() -> None:
    """List the built-in policies."""
    from auditkit.policy.load import builtin_policies, load_policy

    for pid in sorted(builtin_policies()):
        resolved = load_policy(pid)
        say(f"{pid:<12} {len(resolved.rules):>3} rules  {resolved.description}")
