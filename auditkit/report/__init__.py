"""Reports: build a Report from a run and render it as JSON, a Markdown model card or JUnit XML."""

from auditkit.report.build import build_report
from auditkit.report.json_report import render_json, report_schema
from auditkit.report.junit import render_junit
from auditkit.report.markdown import render_markdown
from auditkit.report.model import EvidenceItem, Report
from auditkit.report.render import FORMATS, render_report, write_reports

__all__ = [
    "FORMATS",
    "EvidenceItem",
    "Report",
    "build_report",
    "render_json",
    "render_junit",
    "render_markdown",
    "render_report",
    "report_schema",
    "write_reports",
]
