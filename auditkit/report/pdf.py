"""report.pdf: the HTML model card printed to PDF by WeasyPrint (the `pdf` extra)."""

from __future__ import annotations

from typing import Any

from auditkit.errors import MissingExtraError
from auditkit.report.html import render_html
from auditkit.report.model import Report


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError:
        raise MissingExtraError("the PDF report", "pdf", "weasyprint") from None
    except OSError as exc:
        # WeasyPrint is installed but the Pango libraries it loads are not (e.g. libpango-1.0-0 on Debian).
        raise MissingExtraError(f"the PDF report (system library missing: {exc})", "pdf", "weasyprint") from None
    return weasyprint


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes: the HTML card with its print stylesheet, laid out by WeasyPrint."""
    weasyprint = _weasyprint()
    # No base_url and a fetcher that refuses everything: the page is self-contained and must stay offline.
    return weasyprint.HTML(string=render_html(report), url_fetcher=_refuse).write_pdf()


def _refuse(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"report.pdf loads nothing; refused {url[:60]!r}")
