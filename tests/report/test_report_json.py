"""report.json round-trips, and the exported schema file is up to date."""

from __future__ import annotations

import json

from auditkit.report.json_report import REGENERATE, render_json, report_schema, schema_text
from auditkit.report.model import Report
from auditkit.resources import data_dir


def test_round_trip(report):
    text = render_json(report)
    assert text.endswith("}\n")
    again = Report.model_validate_json(text)
    assert again == report
    assert render_json(again) == text


def test_schema_file_is_up_to_date():
    path = data_dir("reports") / "schemas" / "report.schema.json"
    assert path.is_file(), f"{path} is missing; regenerate it with: {REGENERATE}"
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk == report_schema(), f"{path} is out of date; regenerate it with: {REGENERATE}"
    assert path.read_text(encoding="utf-8") == schema_text(), f"{path} is not formatted; run: {REGENERATE}"


def test_schema_describes_the_report(report):
    schema = report_schema()
    assert schema["title"] == "auditkit report"
    assert {"manifest", "findings", "overview", "evidence", "verdict"} <= set(schema["properties"])
    assert set(json.loads(render_json(report))) <= set(schema["properties"])
