"""`auditkit report`: render a saved run's report in one or more formats."""

from __future__ import annotations

from pathlib import Path

import click

FORMAT_CHOICES = ("md", "json", "junit")


@click.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMAT_CHOICES),
              help="Format(s) to render; repeatable. Default: all.")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the (single) format instead of writing files.")
def report(run_dir: Path, formats: tuple[str, ...], to_stdout: bool) -> None:
    """Render the report of a saved run (from its report.json, or judged afresh when that is missing)."""
    from auditkit.report.model import Report
    from auditkit.report.render import render_report, write_reports
    from auditkit.runs.folder import RunFolder
    from auditkit.runs.judging import judge_run

    folder = RunFolder(run_dir)
    folder.require()
    saved = folder.path / "report.json"
    rep = Report.model_validate_json(saved.read_text(encoding="utf-8")) if saved.is_file() else judge_run(run_dir)
    chosen = formats or FORMAT_CHOICES
    if to_stdout:
        if len(chosen) != 1:
            raise click.UsageError("--stdout prints one format; pass exactly one --format")
        click.echo(render_report(rep, chosen[0]), nl=False)
        return
    for path in write_reports(rep, folder.path, formats=chosen):
        click.echo(str(path))
