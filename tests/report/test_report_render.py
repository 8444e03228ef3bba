"""render_report dispatches by format; write_reports writes the three files atomically."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from auditkit.errors import InputError
from auditkit.report import FORMATS, render_report, write_reports
from auditkit.report.model import Report


def test_render_each_format(report):
    assert FORMATS == ("json", "md", "junit", "html")
    assert Report.model_validate_json(render_report(report, "json")) == report
    assert render_report(report, "md").startswith("# ")
    assert ET.fromstring(render_report(report, "junit")).tag == "testsuite"
    assert render_report(report, "html").startswith("<!DOCTYPE html>")


def test_unknown_format(report):
    with pytest.raises(InputError, match="expected one of: json, md, junit, html, pdf"):
        render_report(report, "docx")


def test_write_reports(report, tmp_path):
    out = tmp_path / "out" / "nested"
    paths = write_reports(report, out)
    assert [p.name for p in paths] == ["report.json", "report.md", "junit.xml", "report.html"]
    assert sorted(os.listdir(out)) == ["junit.xml", "report.html", "report.json", "report.md"]  # no temp files
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["verdict"] == "fail"
    assert (out / "report.md").read_text(encoding="utf-8") == render_report(report, "md")


def test_write_a_subset_replaces_old_files(report, tmp_path):
    (tmp_path / "report.md").write_text("old", encoding="utf-8")
    assert write_reports(report, tmp_path, formats=["md"]) == [tmp_path / "report.md"]
    assert (tmp_path / "report.md").read_text(encoding="utf-8") != "old"
    assert sorted(os.listdir(tmp_path)) == ["report.md"]


def test_unknown_format_writes_nothing(report, tmp_path):
    with pytest.raises(InputError):
        write_reports(report, tmp_path, formats=["json", "docx"])
    assert os.listdir(tmp_path) == []


def test_crash_while_writing_leaves_no_half_report(report, tmp_path, monkeypatch):
    (tmp_path / "report.json").write_text("previous", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_reports(report, tmp_path, formats=["json"])
    assert sorted(os.listdir(tmp_path)) == ["report.json"]
    assert Path(tmp_path / "report.json").read_text(encoding="utf-8") == "previous"
