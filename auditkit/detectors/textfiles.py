"""Score texts a user already has (CSV or JSONL logs) with one detector, and write the scores out."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from auditkit.detectors.registry import build_detector
from auditkit.errors import InputError
from auditkit.records.attempts import Score
from auditkit.records.probes import DetectorSpec, Message, Probe
from auditkit.userfiles import json_lines

FORMATS = ("jsonl", "csv")


def file_format(path: Path, given: str | None = None) -> str:
    """jsonl or csv, from `given` or the file's suffix."""
    fmt = given or {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}.get(path.suffix.lower())
    if fmt not in FORMATS:
        raise InputError(f"{path}: cannot tell the format from the suffix; give --format jsonl or csv")
    return fmt


def read_rows(path: Path, fmt: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) for each record of a CSV (with a header) or JSONL file."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    with path.open(encoding="utf-8", newline="") as f:
        if fmt == "csv":
            for i, row in enumerate(csv.DictReader(f), start=2):
                yield i, dict(row)
            return
        yield from json_lines(f, path)


NEEDS_PROMPT = ("detector {name!r} reads the request as well as the answer: give the column that holds each row's "
                "prompt with --prompt-column")


def needs_prompt(name: str) -> bool:
    """Whether the registered detector `name` scores an answer against its request (class attribute)."""
    from auditkit.plugins import load_plugin

    return bool(getattr(load_plugin("detectors", name), "needs_prompt", False))


def _probe(prompt: str | None) -> Probe:
    # Detectors that read the prompt (a judge) get it; others ignore this stand-in probe.
    return Probe(id="detect", suite="detect", template="detect", category="other", expected="none",
                 messages=[Message(role="user", content=prompt or "(no prompt given)")])


def score_rows(rows: list[tuple[int, dict[str, Any]]], spec: DetectorSpec, *, text_column: str,
               prompt_column: str | None, path: Path) -> tuple[list[list[Score]], dict[str, Any]]:
    """Scores for each row's text, and the detector's description (backend, model)."""
    from auditkit.detectors.base import ScoringInput
    from auditkit.detectors.registry import describe

    # Checked before the detector is built: a missing prompt column should not wait for a model to load.
    required = needs_prompt(spec.name)
    if required and not prompt_column:
        raise InputError(NEEDS_PROMPT.format(name=spec.name))
    items = []
    for lineno, row in rows:
        if text_column not in row:
            raise InputError(f"{path}:{lineno}: no column {text_column!r}; columns: {', '.join(map(str, row))}; "
                             "choose one with --text-column")
        text = row[text_column]
        if prompt_column and prompt_column not in row:
            raise InputError(f"{path}:{lineno}: no column {prompt_column!r}; columns: {', '.join(map(str, row))}; "
                             "choose one with --prompt-column")
        prompt = row.get(prompt_column) if prompt_column else None
        if required and (prompt is None or not str(prompt).strip()):
            raise InputError(f"{path}:{lineno}: empty {prompt_column!r}; detector {spec.name!r} needs each "
                             "row's prompt")
        items.append(ScoringInput(probe=_probe(str(prompt) if prompt else None),
                                  text="" if text is None else str(text)))
    detector = build_detector(spec)
    return (detector.score(items) if items else []), {"detector": detector.name,
                                                       "version": getattr(detector, "version", "unknown"),
                                                       **describe(detector)}


def flat(scores: list[Score]) -> dict[str, Any]:
    """Columns for one row: flagged (any), the label when there is one score, then a `KIND:LABEL` value and
    a `KIND:LABEL:flagged` column per score."""
    out: dict[str, Any] = {"flagged": any(s.flagged for s in scores)}
    if len(scores) == 1:
        out["label"] = scores[0].label
    for s in scores:
        out[f"{s.kind}:{s.label}"] = s.value
        out[f"{s.kind}:{s.label}:flagged"] = s.flagged
    return out


def write_rows(out: Path | None, fmt: str, rows: list[dict[str, Any]], scores: list[list[Score]]) -> str | None:
    """Write each input row with its scores (JSONL: a `scores` list; CSV: flat columns); None means text back."""
    import io

    buffer = io.StringIO()
    if fmt == "jsonl":
        for row, found in zip(rows, scores, strict=True):
            record = {**row, "flagged": any(s.flagged for s in found),
                      "scores": [s.model_dump(mode="json") for s in found]}
            if len(found) == 1 and "label" not in row:
                # One score per row (refusal, harm): its label at the top level, next to `flagged`.
                record["label"] = found[0].label
            buffer.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        flats = [flat(found) for found in scores]
        columns = list(dict.fromkeys([*(k for r in rows for k in r), *(k for f in flats for k in f)]))
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row, f in zip(rows, flats, strict=True):
            writer.writerow({**f, **row} if "label" in row else {**row, **f})  # an input `label` column wins
    if out is None:
        return buffer.getvalue()
    from auditkit.atomic import write_atomic

    write_atomic(out, buffer.getvalue())
    return None
