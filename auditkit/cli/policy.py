"""`auditkit policy`: validate policy files and print the policy JSON Schema."""

from __future__ import annotations

import click

from auditkit.cli.console import say


@click.group()
def policy() -> None:
    """Validate policies and export their schema."""


@policy.command()
@click.argument("files", nargs=-1, required=True)
def validate(files: tuple[str, ...]) -> None:
    """Check policy files or built-in ids (and what they extend); exit 2 on the first invalid one."""
    from auditkit.policy.load import load_policy

    for path in files:
        resolved = load_policy(path)
        say(f"{path}: ok ({resolved.id}, {len(resolved.rules)} rules)")


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
