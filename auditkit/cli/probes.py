"""`auditkit probes`: list, show and validate suites, and print the suite JSON Schema."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click

from auditkit.cli.console import say


@click.group()
def probes() -> None:
    """List and inspect probe suites."""


@probes.command(name="list")
@click.argument("refs", nargs=-1)
@click.option("--tags/--no-tags", "show_tags", default=True, help="Also print planned attempts per taxonomy tag.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def list_suites(refs: tuple[str, ...], show_tags: bool, as_json: bool) -> None:
    """List suites (default: every built-in one) with counts per category and tag.

    "planned" counts what a run sends once per sample: every probe, plus one attempt per transform
    its suite applies to it.
    """
    from auditkit.suites.counts import count_suites
    from auditkit.suites.load import builtin_suite_files, load_suites

    suites = load_suites(list(refs) or sorted(builtin_suite_files()))
    per_suite, total = count_suites(suites)
    if as_json:
        def plain(c):
            return {"suite": c.suite, "probes": c.probes, "planned": c.variants,
                    "categories": dict(sorted(c.by_category.items())), "tags": dict(sorted(c.by_tag.items()))}
        click.echo(json.dumps({"suites": [plain(c) for c in per_suite], "total": plain(total)}, indent=2))
        return
    rows = [(c, s.description) for c, s in zip(per_suite, suites, strict=True)]
    if len(per_suite) > 1:
        rows.append((total, ""))
    for counts, description in rows:
        planned = f", {counts.variants} planned" if counts.variants != counts.probes else ""
        summary = ", ".join(f"{c} {n}" for c, n in sorted(counts.by_category.items()))
        say(f"{counts.suite:<28} {counts.probes:>6} probes{planned}  ({summary})  {description}".rstrip())
    if show_tags:
        say("\nplanned attempts per tag:")
        groups: dict[str, list[str]] = {}
        for tag, n in sorted(total.by_tag.items()):
            prefix, sep, term = tag.partition(":")
            groups.setdefault(prefix if sep else "(labels)", []).append(f"{term if sep else tag} {n}")
        for prefix, items in groups.items():
            say(f"  {prefix}: " + ", ".join(items))


@probes.command()
@click.argument("ref")
@click.option("--suite", "suite_refs", multiple=True, help="Where to look for a probe id (default: built-ins).")
def show(ref: str, suite_refs: tuple[str, ...]) -> None:
    """Show a suite (by id or path) or one concrete probe (by probe id, e.g. starter-misuse/weapons)."""
    from auditkit.errors import InputError
    from auditkit.suites.load import builtin_suite_files, load_suites
    from auditkit.suites.loaders import parse_ref

    if "/" not in ref or Path(ref).exists() or parse_ref(ref):
        for suite in load_suites([ref]):
            say(f"suite {suite.id}: {suite.description}\nfile: {suite.path}\nsha256: {suite.sha256}")
            for p in suite.probes:
                say(f"  {p.id}  [{p.category}, expect {p.expected}]  {p.user_text[:70]!r}")
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
    from auditkit.suites.taxonomy import load_taxonomy

    for ref in files:
        for suite in load_suites([ref]):
            say(f"{suite.path}: ok ({suite.id}, {len(suite.probes)} probes)")
            unknown = load_taxonomy().unknown(t for p in suite.probes for t in p.tags)
            if unknown:
                say(f"  note: {len(unknown)} tag(s) not in the taxonomy vocabulary (reports map only known "
                    f"tags): {', '.join(unknown[:10])}{' ...' if len(unknown) > 10 else ''}")


@probes.command()
def schema() -> None:
    """Print the JSON Schema of suite files (for editors)."""
    from auditkit.suites.schema import suite_schema

    click.echo(json.dumps(suite_schema(), indent=2, sort_keys=True))


@probes.command(name="import")
@click.argument("fmt", metavar="FORMAT")
@click.argument("source")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Suite file to write (default: print the YAML).")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="Loader option: column mapping (prompt=COLUMN, id=, category=, expected=, ...), split=, "
                   "limit=, suite= (the suite id). Repeatable.")
@click.option("--force", is_flag=True, help="Overwrite --out if it exists.")
def import_suite(fmt: str, source: str, out: Path | None, settings: tuple[str, ...], force: bool) -> None:
    """Build a suite file from a benchmark file: xstest, harmbench, jailbreakbench, advbench, strongreject,
    bbq, csv, jsonl, or hf (a Hugging Face dataset id).

    The same suite can be used without writing it: `--suite FORMAT:PATH?key=value&...`.
    """
    from auditkit.atomic import write_atomic
    from auditkit.errors import InputError
    from auditkit.suites.load import load_suite_file
    from auditkit.suites.loaders import FORMATS, LoaderRef, build
    from auditkit.suites.loaders.export import suite_yaml

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; known: {', '.join(sorted(FORMATS))}")
    options = {}
    for item in settings:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InputError(f"--set {item!r}: expected KEY=VALUE")
        options[key.strip()] = value
    ref = LoaderRef(fmt, source, options)
    spec, loaded = build(ref)
    text = suite_yaml(spec, loaded, ref.text)
    if out is None:
        click.echo(text, nl=False)
        return
    if out.exists() and not force:
        raise InputError(f"{out} exists; pass --force to overwrite it")
    write_atomic(out, text)
    suite = load_suite_file(out)  # what was written must load as it will in a run
    summary = ", ".join(f"{c} {n}" for c, n in sorted(Counter(p.category for p in suite.probes).items()))
    say(f"wrote {out}: suite {suite.id}, {len(suite.probes)} probes ({summary})")
