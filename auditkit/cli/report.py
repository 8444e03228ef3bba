"""`auditkit report`: render a saved run's report in one or more formats."""

from __future__ import annotations

from pathlib import Path

import click

from auditkit.cli.console import say

FORMAT_CHOICES = ("md", "json", "junit", "html", "pdf")


@click.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMAT_CHOICES),
              help="Format(s) to render; repeatable. Default: md, json, junit and html (pdf needs the pdf extra).")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the (single) format instead of writing files.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the reports to this folder instead of the run folder.")
@click.option("--signer", help="Sign the report off as this person (name, role), dated now.")
@click.option("--trend", "trend", multiple=True, metavar="METRIC",
              help="Chart METRIC (a metric name or rule id) over the runs recorded in the run store in the HTML "
                   "appendix; repeatable.")
@click.option("--store", "store_url", help="Run store URL for --trend (default: AUDITKIT_STORE, then the default).")
@click.option("--show-pii", is_flag=True,
              help="Do not redact personal data in evidence: a secured copy, written only with --out or --stdout.")
def report(run_dir: Path, formats: tuple[str, ...], to_stdout: bool, out_dir: Path | None, signer: str | None,
           trend: tuple[str, ...], store_url: str | None, show_pii: bool) -> None:
    """Render the report of a saved run (from its report.json, or judged afresh when that is missing)."""
    from auditkit.evidence.hashing import read_evidence, refresh_evidence
    from auditkit.report.model import Report
    from auditkit.report.render import FORMATS, render_report, write_reports
    from auditkit.runs.folder import RunFolder
    from auditkit.runs.judging import judge_run

    folder = RunFolder(run_dir)
    folder.require()
    target = out_dir or folder.path
    if show_pii and not to_stdout and (out_dir is None or target.resolve() == folder.path.resolve()):
        # The run folder's reports are the shareable ones; an unredacted copy must go somewhere chosen for it.
        raise click.UsageError("--show-pii writes a secured copy: pass --out FOLDER (not the run folder) or --stdout")
    saved = folder.path / "report.json"
    if signer or show_pii or not saved.is_file():
        rep = judge_run(run_dir, signer=signer, show_pii=show_pii)
    else:
        rep = Report.model_validate_json(saved.read_text(encoding="utf-8"))
    chosen = formats or FORMATS
    if to_stdout:
        if len(chosen) != 1:
            raise click.UsageError("--stdout prints one format; pass exactly one --format")
        click.echo(render_report(rep, chosen[0]), nl=False)
        return
    paths = write_reports(rep, target, formats=chosen)
    if trend and "html" in chosen:
        _add_trend(rep, target / "report.html", trend, store_url)
    for path in paths:
        say(str(path))
    if target.resolve() == folder.path.resolve():
        before = read_evidence(folder.path)
        after = refresh_evidence(folder.path, rep.manifest.run_id, paths)
        if before is not None and before.signature is not None and after.signature is None:
            say("the reports changed, so evidence.json lists new hashes and its signature was removed: "
                "sign the run again with `auditkit sign`", err=True)


def _add_trend(rep: object, html_path: Path, metrics: tuple[str, ...], store_url: str | None) -> None:
    """Rewrite report.html with trend charts of the metrics over the runs recorded for this target."""
    from auditkit.atomic import write_atomic
    from auditkit.report.html import render_html, trend_charts
    from auditkit.store.engine import open_store
    from auditkit.store.queries import trend_series
    from auditkit.store.record import target_label

    store = open_store(store_url)
    label = ":".join(target_label(rep.manifest.target))  # type: ignore[attr-defined]
    series = {m: trend_series(store, m, target=label) for m in metrics}
    write_atomic(html_path, render_html(rep, trend=trend_charts(series)))  # type: ignore[arg-type]
