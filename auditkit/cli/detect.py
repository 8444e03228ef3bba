"""`auditkit detect`: score a CSV or JSONL file of texts with one detector."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from auditkit.cli.console import say


def parse_options(pairs: tuple[str, ...]) -> dict[str, Any]:
    """`k=v` pairs as detector params; values are read as YAML (numbers, booleans, lists)."""
    import yaml

    params: dict[str, Any] = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq or not key.strip():
            raise click.BadParameter(f"{pair!r}: expected KEY=VALUE", param_hint="--option")
        try:
            params[key.strip()] = yaml.safe_load(value) if value.strip() else ""
        except yaml.YAMLError:
            params[key.strip()] = value
    return params


@click.command()
@click.option("-d", "--detector", "name", required=True, help="Detector name, e.g. refusal, toxicity, pii.")
@click.option("-O", "--option", "options", multiple=True, metavar="KEY=VALUE",
              help="Detector option, repeatable (values read as YAML: 0.7, true, [a, b]).")
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--text-column", default="text", show_default=True, help="Column (or JSON key) holding the text.")
@click.option("--prompt-column", help="Column holding the prompt, for detectors that read it (harm, judge).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (.jsonl or .csv). Default: JSONL on standard output.")
@click.option("--format", "out_format", type=click.Choice(["jsonl", "csv"]),
              help="Output format. Default: from the output suffix, else jsonl.")
@click.option("--input-format", type=click.Choice(["jsonl", "csv"]), help="Input format. Default: from the suffix.")
def detect(name: str, options: tuple[str, ...], input_path: Path, text_column: str, prompt_column: str | None,
           output: Path | None, out_format: str | None, input_format: str | None) -> None:
    """Score every text in INPUT (CSV with a header, or JSONL) with one detector.

    Each input row is written back with its scores: JSONL adds `flagged`, a `scores` list and, for one score per
    row, its `label`; CSV adds `flagged`, `label`, a `KIND:LABEL` value column and a `KIND:LABEL:flagged` column
    per label. The harm detector needs --prompt-column. Exit code 0, or 2 on bad input.
    """
    from auditkit.detectors.textfiles import file_format, read_rows, score_rows, write_rows
    from auditkit.records.probes import DetectorSpec

    spec = DetectorSpec(name=name, params=parse_options(options))
    rows = list(read_rows(input_path, file_format(input_path, input_format)))
    scores, info = score_rows(rows, spec, text_column=text_column, prompt_column=prompt_column, path=input_path)
    fmt = out_format or (file_format(output) if output and output.suffix else "jsonl")
    text = write_rows(output, fmt, [r for _, r in rows], scores)
    if text is not None:
        click.echo(text, nl=False)
    flagged = sum(any(s.flagged for s in found) for found in scores)
    backend = f", backend {info['backend']}" if info.get("backend") else ""
    say(f"{info['detector']} {info['version']}{backend}: {len(rows)} texts scored, {flagged} flagged"
        + (f" -> {output}" if output else ""), err=True)
