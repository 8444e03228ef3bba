"""`auditkit probes`: list, show and validate suites, and print the suite JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.group()
def probes() -> None:
    """List and inspect probe suites."""


@probes.command(name="list")
@click.argument("refs", nargs=-1)
def list_suites(refs: tuple[str, ...]) -> None:
    """List suites (default: every built-in one) with probe counts per category."""
    from collections import Counter

    from auditkit.suites.load import builtin_suite_files, load_suites

    suites = load_suites(list(refs) or sorted(builtin_suite_files()))
    for suite in suites:
        cats = Counter(p.category for p in suite.probes)
        summary = ", ".join(f"{c} {n}" for c, n in sorted(cats.items()))
        click.echo(f"{suite.id:<28} {len(suite.probes):>6} probes  ({summary})  {suite.description}")


@probes.command()
@click.argument("ref")
@click.option("--suite", "suite_refs", multiple=True, help="Where to look for a probe id (default: built-ins).")
def show(ref: str, suite_refs: tuple[str, ...]) -> None:
    """Show a suite (by id or path) or one concrete probe (by probe id, e.g. starter-misuse/weapons)."""
    from auditkit.errors import InputError
    from auditkit.suites.load import builtin_suite_files, load_suites

    if "/" not in ref or Path(ref).exists():
        for suite in load_suites([ref]):
            click.echo(f"suite {suite.id}: {suite.description}\nfile: {suite.path}\nsha256: {suite.sha256}")
            for p in suite.probes:
                click.echo(f"  {p.id}  [{p.category}, expect {p.expected}]  {p.user_text[:70]!r}")
        return
    suite_id = ref.split("/")[0]
    if suite_refs:
        refs = list(suite_refs)
    elif suite_id in builtin_suite_files():
        refs = [suite_id]
    else:
        refs = sorted(builtin_suite_files())
    suites = load_suites(refs)
    matches = [p for s in suites for p in s.probes if p.id == ref or p.id.startswith(ref + "/")]
    if not matches:
        raise InputError(f"no probe {ref!r}; list them with `auditkit probes show SUITE`")
    for p in matches:
        click.echo(json.dumps(p.model_dump(mode="json"), indent=2))


@probes.command()
@click.argument("files", nargs=-1, required=True)
def validate(files: tuple[str, ...]) -> None:
    """Check suite files; exit 2 on the first invalid one."""
    from auditkit.suites.load import load_suites

    for ref in files:
        for suite in load_suites([ref]):
            click.echo(f"{suite.path}: ok ({suite.id}, {len(suite.probes)} probes)")


@probes.command()
def schema() -> None:
    """Print the JSON Schema of suite files (for editors)."""
    from auditkit.suites.schema import suite_schema

    click.echo(json.dumps(suite_schema(), indent=2, sort_keys=True))
