"""`auditkit bom`: write the CycloneDX ML-BOM of a saved run, and list it in the run's evidence.json."""

from __future__ import annotations

from pathlib import Path

import click

from auditkit.cli.console import say


@click.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the BOM here instead of RUN_DIR/bom.cdx.json (listed in evidence.json only when inside "
                   "the run folder).")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the BOM instead of writing it.")
def bom(run_dir: Path, out: Path | None, to_stdout: bool) -> None:
    """Write a CycloneDX 1.6 ML-BOM of the audit: the model, data sets, detector models and auditkit.

    Needs the `bom` extra. Written into the run folder, the BOM is hashed into evidence.json, so `auditkit sign`
    covers it (a signed folder must be signed again after a new BOM changes a hash).
    """
    from auditkit.atomic import write_atomic
    from auditkit.evidence.hashing import read_evidence, refresh_evidence
    from auditkit.report.bom import BOM_FILE, render_bom
    from auditkit.report.model import Report
    from auditkit.runs.folder import RunFolder
    from auditkit.runs.judging import judge_run

    folder = RunFolder(run_dir)
    folder.require()
    saved = folder.path / "report.json"
    rep = Report.model_validate_json(saved.read_text(encoding="utf-8")) if saved.is_file() else judge_run(run_dir)
    text = render_bom(rep)
    if to_stdout:
        click.echo(text, nl=False)
        return
    path = out or folder.path / BOM_FILE
    write_atomic(path, text)
    say(str(path))
    if path.resolve().is_relative_to(folder.path.resolve()):
        before = read_evidence(folder.path)
        after = refresh_evidence(folder.path, rep.manifest.run_id, [path])
        if before is not None and before.signature is not None and after.signature is None:
            say("the BOM changed, so evidence.json lists its new hash and its signature was removed: sign the run "
                "again with `auditkit sign`", err=True)
