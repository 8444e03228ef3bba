"""report.pdf through WeasyPrint: it renders, and pdftotext finds the verdict and the numbers."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from support.report_runs import make_known_run
from support.system_tools import require

from auditkit.cli.main import cli
from auditkit.errors import MissingExtraError


def weasyprint_loads() -> bool:
    if importlib.util.find_spec("weasyprint") is None:
        return False
    try:
        import weasyprint  # noqa: F401  (loads Pango through ctypes)
    except OSError:
        return False
    return True


def test_pdf_renders_and_has_the_verdict(tmp_path):
    require(weasyprint_loads(), "WeasyPrint with its system libraries (pip install 'auditkit[pdf]', Debian pango)")
    require(shutil.which("pdftotext") is not None, "pdftotext (Debian's poppler-utils)")
    run = make_known_run(tmp_path / "pdf").folder
    result = CliRunner().invoke(cli, ["report", str(run), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    pdf = run / "report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Verdict: FAIL" in text
    assert "misuse-plain" in text and "0.300" in text and "[0.108, 0.603]" in text
    assert "12. Sign-off" in text and "13. Licence and provenance" in text
    assert "jane.doe@acme-mail.com" not in text


def test_missing_weasyprint_names_the_extra(monkeypatch, report):
    from auditkit.report.pdf import render_pdf

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import fails as if not installed
    with pytest.raises(MissingExtraError, match=r"pip install 'auditkit\[pdf\]'"):
        render_pdf(report)
