"""`auditkit history`, `show`, `trend` and `import`: the run store from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from auditkit.cli.console import cell, markup_safe, say
from auditkit.cli.options import store_option
from auditkit.report.formatting import interval, num

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
PIPE_WIDTH = 240
NO_WRAP = {"run", "started (UTC)", "recorded (UTC)", "95% CI", "value", "change"}
VERDICT_STYLE = {"pass": "green", "fail": "bold red", "inconclusive": "yellow"}


def _when(moment: Any) -> str:
    return "—" if moment is None else f"{moment:%Y-%m-%d %H:%M}"


def _styled(word: str | None) -> str:
    return "—" if word is None else f"[{VERDICT_STYLE.get(word, '')}]{markup_safe(word)}[/]"


def _console() -> Any:
    from rich.console import Console

    # Piped output (a CI log, a file) gets wide lines instead of rich's 80-column wrapping.
    return Console(highlight=False, width=None if sys.stdout.isatty() else PIPE_WIDTH)


def _table(title: str | None, *columns: str) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, no_wrap=column in NO_WRAP)
    return table


def _dump(items: Any) -> None:
    from pydantic import TypeAdapter

    click.echo(json.dumps(TypeAdapter(Any).dump_python(items, mode="json"), indent=2))


@click.command()
@click.option("-t", "--target", help="Only runs of this target: type:name or name (openai:llama3.2, llama3.2); "
                                     "* matches any characters.")
@click.option("-n", "--limit", type=click.IntRange(1), default=50, show_default=True, help="Newest runs to list.")
@store_option
@json_option
def history(target: str | None, limit: int, store_url: str | None, as_json: bool) -> None:
    """List recorded runs, newest first, with their latest verdict."""
    from auditkit.store.engine import open_store
    from auditkit.store.queries import list_runs

    with open_store(store_url) as store:
        runs = list_runs(store, target=target, limit=limit)
        where = store.display_url
    if as_json:
        _dump(runs)
        return
    if not runs:
        say(f"no runs recorded{' for ' + target if target else ''} in {where}", err=True)
        return
    table = _table(None, "run", "started (UTC)", "target", "policy", "verdict", "attempts", "errors", "folder")
    for r in runs:
        verdict = _styled(r.verdict) + (f" ({r.judgements} judgements)" if r.judgements > 1 else "")
        attempts = f"{r.attempts_done}/{r.attempts_planned}" + ("" if r.complete else " incomplete")
        table.add_row(cell(r.run_id), _when(r.started_at), cell(r.target), cell(r.policy_id or "—"), verdict,
                      attempts, str(r.errors), cell(r.folder))
    _console().print(table)


@click.command()
@click.argument("run_id")
@store_option
@json_option
def show(run_id: str, store_url: str | None, as_json: bool) -> None:
    """Show a recorded run (RUN_ID or a unique prefix): manifest, every judgement, findings and metrics."""
    from auditkit.store.engine import open_store
    from auditkit.store.queries import get_run

    with open_store(store_url) as store:
        detail = get_run(store, run_id)
    if as_json:
        _dump(detail)
        return
    s = detail.summary
    console = _console()
    console.print(f"[bold]run {markup_safe(s.run_id)}[/]  {markup_safe(s.target)}")
    console.print(f"started {_when(s.started_at)}, finished {_when(s.finished_at)} UTC; attempts "
                  f"{s.attempts_done}/{s.attempts_planned}{'' if s.complete else ' (incomplete)'}, {s.errors} errors")
    console.print(f"suites: {markup_safe(', '.join(s.suites))}; policy: {markup_safe(s.policy_id or 'none')}")
    console.print(f"folder: {markup_safe(s.folder)}\nmanifest sha256: {markup_safe(s.manifest_sha256)}")
    judgements = _table("Judgements (oldest first)", "#", "recorded (UTC)", "source", "policy", "fail on",
                        "verdict", "attempts by verdict")
    for i, j in enumerate(detail.judgements, 1):
        counts = ", ".join(f"{k} {v}" for k, v in sorted(j.counts.items()))
        judgements.add_row(str(i), _when(j.recorded_at), cell(j.source), cell(j.policy_id or "—"), cell(j.fail_on),
                           _styled(j.verdict), cell(counts))
    console.print(judgements)
    if not detail.judgements:
        return
    latest = detail.judgements[-1]
    findings = _table("Findings (latest judgement)", "rule", "severity", "status", "value", "95% CI", "n", "bound")
    for f in latest.findings:
        findings.add_row(cell(f.rule_id), cell(f.severity), _styled(f.status), num(f.value),
                         interval(f.ci_low, f.ci_high), str(f.n if f.n is not None else 0), cell(f.bound))
    console.print(findings)
    metrics = _table("Metrics", "metric", "selection", "value", "95% CI", "n")
    for m in latest.metrics:
        if m.scope == "overview":
            metrics.add_row(cell(m.name), cell(m.selection), num(m.value), interval(m.ci_low, m.ci_high), str(m.n))
    console.print(metrics)


@click.command()
@click.argument("metric")
@click.option("-t", "--target", help="Only runs of this target: type:name or name; * matches any characters.")
@click.option("--selection", help="Only this selection, e.g. category=misuse (default: every selection).")
@store_option
@json_option
def trend(metric: str, target: str | None, selection: str | None, store_url: str | None, as_json: bool) -> None:
    """Print METRIC over recorded runs, oldest first: a metric name (violation_rate, flag_rate:refusal) or a rule id."""
    from auditkit.errors import InputError
    from auditkit.store.engine import open_store
    from auditkit.store.queries import metric_names, trend_series

    with open_store(store_url) as store:
        points = trend_series(store, metric, target=target, selection=selection)
        known = metric_names(store) if not points else []
    if as_json:
        _dump(points)
        return
    if not points:
        scope = (f" for target {target}" if target else "") + (f" in {selection}" if selection else "")
        raise InputError(f"no recorded values of {metric!r}{scope}; recorded metrics and rules: "
                         f"{', '.join(known) or 'none'}")
    is_rule = points[0].status is not None
    columns = ["selection", "run", "started (UTC)", "target", "value", "95% CI", "n", "change"]
    table = _table(f"{'rule' if is_rule else 'metric'} {markup_safe(metric)}", *columns,
                   "status" if is_rule else "verdict")
    previous: dict[str, float | None] = {}
    for p in sorted(points, key=lambda p: p.selection):
        before = previous.get(p.selection)
        change = "—" if before is None or p.value is None else num(p.value - before, signed=True)
        previous[p.selection] = p.value
        table.add_row(cell(p.selection), cell(p.run_id), _when(p.started_at), cell(p.target), num(p.value),
                      interval(p.ci_low, p.ci_high), str(p.n), change, _styled(p.status if is_rule else p.verdict))
    _console().print(table)


def _run_folders(path: Path) -> list[Path]:
    """The run folder at `path`, or the run folders directly inside it (such as runs/)."""
    from auditkit.runs.folder import RunFolder

    if RunFolder(path).exists():
        return [path]
    inside = sorted(p for p in path.iterdir() if RunFolder(p).exists()) if path.is_dir() else []
    if not inside:
        RunFolder(path).require()
    return inside


@click.command("import")
@click.argument("run_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@store_option
def import_(run_dirs: tuple[Path, ...], store_url: str | None) -> None:
    """Record existing run folders (or every run folder inside a folder such as runs/) in the store."""
    from auditkit.errors import AuditkitError
    from auditkit.runs.recording import record_folder
    from auditkit.store.engine import open_store

    failed = 0
    with open_store(store_url) as store:
        for path in run_dirs:
            try:
                folders = _run_folders(path)
            except AuditkitError as exc:
                say(f"error: {exc}", err=True)
                failed += 1
                continue
            for folder in folders:
                try:
                    r = record_folder(store, folder, source="import")
                except AuditkitError as exc:
                    say(f"error: {exc}", err=True)
                    failed += 1
                    continue
                what = ("new run" if r.run_added else "new judgement" if r.judgement_added
                        else "already recorded")
                say(f"{r.run_id}  {what}, verdict {r.verdict} ({r.judgements} judgements)  {folder}")
        say(f"store: {store.display_url}", err=True)
    if failed:
        raise click.exceptions.Exit(2)
