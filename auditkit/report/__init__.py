"""Reports: build a Report from a run and render it as JSON, a Markdown model card or JUnit XML.

Names are imported lazily: importing auditkit.report.model (as the run store does) should not pull in
Jinja2 or the policy engine, and lazy names cannot form import cycles with the runner.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "build_report": "auditkit.report.build",
    "render_json": "auditkit.report.json_report",
    "report_schema": "auditkit.report.json_report",
    "render_junit": "auditkit.report.junit",
    "render_markdown": "auditkit.report.markdown",
    "EvidenceItem": "auditkit.report.model",
    "Report": "auditkit.report.model",
    "FORMATS": "auditkit.report.render",
    "render_report": "auditkit.report.render",
    "write_reports": "auditkit.report.render",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
