"""report.json: the Report as JSON, and the JSON Schema that describes it."""

from __future__ import annotations

import json
from typing import Any

from auditkit.report.model import Report

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "reports/schemas/report.schema.json"
# `auditkit report` renders a run (it takes RUN_DIR), so the schema is regenerated from Python.
REGENERATE = (
    'python -c "from auditkit.report.json_report import schema_text; print(schema_text(), end=\'\')" '
    f"> {SCHEMA_FILE}"
)


def render_json(report: Report) -> str:
    """The report as indented JSON with a trailing newline (the text of report.json)."""
    return report.model_dump_json(indent=2) + "\n"


def report_schema() -> dict[str, Any]:
    """JSON Schema of report.json (Report), with its dialect and a title."""
    schema = Report.model_json_schema()
    schema["$schema"] = SCHEMA_DIALECT
    schema["title"] = "auditkit report"
    return schema


def schema_text() -> str:
    """The report schema as the text of reports/schemas/report.schema.json: sorted keys, trailing newline."""
    # Sorted keys and a fixed indent make the file byte-stable, so a test can compare it exactly.
    return json.dumps(report_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
