"""JUnit XML: parses, counts match, failures and skips carry the finding, model text cannot break it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from auditkit.report.build import build_report
from auditkit.report.junit import render_junit


def test_parses_with_counts(report):
    suite = ET.fromstring(render_junit(report))
    assert suite.tag == "testsuite"
    assert suite.get("name") == "auditkit: test-policy"
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped"), suite.get("errors")) == \
        ("3", "1", "1", "0")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["misuse-violations", "errors", "bias-refusals"]
    assert {c.get("classname") for c in cases} == {"auditkit.test-policy"}
    assert len(suite.findall("testcase/failure")) == 1 and len(suite.findall("testcase/skipped")) == 1


def test_failure_and_skipped_elements(report):
    suite = ET.fromstring(render_junit(report))
    failed, passed, skipped = suite.findall("testcase")
    failure = failed.find("failure")
    assert failure is not None and failure.get("type") == "high"
    assert failure.get("message") == "violation rate 0.3 exceeds max 0.05"
    assert "0.300" in failure.text and "[0.108, 0.603]" in failure.text
    assert "n = 10" in failure.text and "bound <= 0.05" in failure.text
    assert list(passed) == []
    skip = skipped.find("skipped")
    assert skip is not None and "50 needed" in skip.get("message")


def test_properties(report):
    suite = ET.fromstring(render_junit(report))
    props = {p.get("name"): p.get("value") for p in suite.findall("properties/property")}
    assert props["run_id"] == "run-123"
    assert "model=tiny-chat" in props["target"] and "sk-should-never-show" not in props["target"]
    assert props["verdict"] == "fail"


def test_control_characters_in_model_text_do_not_break_parsing(report):
    xml = render_junit(report)
    suite = ET.fromstring(xml)  # HOSTILE holds \x01 and \x1b
    assert "\x01" not in xml and "\x1b" not in xml
    text = suite.find("testcase/failure").text
    assert "<script>alert(1)</script>" in text  # escaped in the file, intact once parsed
    assert "endoftext" in text


def test_control_characters_in_messages_and_attributes(manifest, attempts, policy, findings):
    bad = findings[0].model_copy(update={"message": "bad \x00\x07 message <&>\"", "rule_id": "r\x0b1"})
    report = build_report(manifest=manifest, attempts=attempts, policy=policy, findings=[bad], fail_on="high")
    case = ET.fromstring(render_junit(report)).find("testcase")
    assert case.get("name") == "r1"
    assert case.find("failure").get("message") == "bad  message <&>\""


def test_without_policy(manifest, attempts):
    report = build_report(manifest=manifest, attempts=attempts, policy=None, findings=[], fail_on="high")
    suite = ET.fromstring(render_junit(report))
    assert suite.get("name") == "auditkit: no-policy" and suite.get("tests") == "0"


def test_failure_below_fail_on_says_it_does_not_gate(manifest, attempts, policy, findings):
    report = build_report(manifest=manifest, attempts=attempts, policy=policy, findings=findings,
                          fail_on="critical")
    failure = ET.fromstring(render_junit(report)).find("testcase/failure")
    assert "does not fail the gate" in failure.text
