"""Render a Report in one of the formats, and write a set of them to a folder atomically."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from auditkit.atomic import write_atomic, write_atomic_bytes
from auditkit.errors import InputError
from auditkit.report.html import render_html
from auditkit.report.json_report import render_json
from auditkit.report.junit import render_junit
from auditkit.report.markdown import render_markdown
from auditkit.report.model import Report

FORMATS = ("json", "md", "junit", "html")
# pdf needs the `pdf` extra (WeasyPrint and Pango), so it is written only when asked for.
ALL_FORMATS = (*FORMATS, "pdf")
FILE_NAMES = {"json": "report.json", "md": "report.md", "junit": "junit.xml", "html": "report.html",
              "pdf": "report.pdf"}


def _pdf(report: Report) -> bytes:
    # Imported here: only a PDF needs WeasyPrint.
    from auditkit.report.pdf import render_pdf

    return render_pdf(report)


_RENDERERS: dict[str, Callable[[Report], str | bytes]] = {"json": render_json, "md": render_markdown,
                                                           "junit": render_junit, "html": render_html, "pdf": _pdf}


def _check(fmt: str) -> None:
    if fmt not in _RENDERERS:
        raise InputError(f"unknown report format {fmt!r}; expected one of: {', '.join(ALL_FORMATS)}")


def render_report(report: Report, fmt: str) -> str | bytes:
    """The report in format `fmt`: text for json, md, junit and html; bytes for pdf."""
    _check(fmt)
    return _RENDERERS[fmt](report)


def write_reports(report: Report, out_dir: Path, formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write report.json, report.md, junit.xml, report.html and/or report.pdf into out_dir; return the paths."""
    for fmt in formats:
        _check(fmt)
    # Render everything before writing anything, so a renderer error leaves the folder untouched.
    texts = {fmt: render_report(report, fmt) for fmt in dict.fromkeys(formats)}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, text in texts.items():
        path = out_dir / FILE_NAMES[fmt]
        if isinstance(text, bytes):
            write_atomic_bytes(path, text)
        else:
            write_atomic(path, text)
        paths.append(path)
    return paths
