"""junit.xml: one test case per rule, so CI systems show a policy's findings as tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from auditkit.policy.model import Finding, severity_rank
from auditkit.report.escape import redact_secrets, xml_safe
from auditkit.report.formatting import num
from auditkit.report.model import EvidenceItem, Report

EXCERPT_CHARS = 200  # CI logs show this inline; the full evidence is in report.md and report.json


def _one_line(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def _details(finding: Finding, fail_on_rank: int, evidence: dict[str, EvidenceItem]) -> str:
    """The finding in plain text: message, value, interval, n, bound, selection and evidence excerpts."""
    lines = [finding.message, f"rule: {finding.description}"]
    if finding.metric is not None:
        m = finding.metric
        lines.append(f"{m.name} = {num(m.value, missing='n/a')}, 95% CI [{num(m.ci_low, missing='n/a')}, "
                     f"{num(m.ci_high, missing='n/a')}] ({m.method}), "
                     f"n = {m.n}, bound {finding.bound}")
        lines.append(f"selection: {m.selection}")
    else:
        lines.append(f"bound {finding.bound}")
    if finding.status == "fail" and severity_rank(finding.severity) < fail_on_rank:
        # CI shows the failure, but the exit code does not: say so, or readers wonder why the job passed.
        lines.append("severity is below fail-on: this failure does not fail the gate")
    if finding.evidence:
        lines.append("evidence attempts: " + ", ".join(finding.evidence))
    for attempt_id in finding.evidence:
        item = evidence.get(attempt_id)
        if item is not None:
            answer = item.response if item.response is not None else f"(no response: {item.error})"
            lines.append(f"- {attempt_id}: prompt: {_one_line(item.prompt)} | response: {_one_line(answer)}")
    return "\n".join(lines)


def _target_words(target: dict[str, object]) -> str:
    safe = redact_secrets(target)
    return ", ".join(f"{k}={safe[k]}" for k in sorted(safe))


def _sub(parent: ET.Element, tag: str, **attrib: str) -> ET.Element:
    # Every attribute may carry model or user text; XML-illegal characters are dropped before
    # ElementTree escapes the rest (&, <, >, quotes, newlines).
    return ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrib.items()})


def render_junit(report: Report) -> str:
    """The report as JUnit XML: a testsuite per policy, a testcase per rule, failures and skips."""
    policy_id = report.policy.id if report.policy is not None else "no-policy"
    findings = report.findings
    m = report.manifest
    suite = ET.Element("testsuite", {
        "name": xml_safe(f"auditkit: {policy_id}"),
        "tests": str(len(findings)),
        "failures": str(sum(f.status == "fail" for f in findings)),
        "errors": "0",
        "skipped": str(sum(f.status == "inconclusive" for f in findings)),
        "timestamp": m.started_at.isoformat(),
        "time": f"{(m.finished_at - m.started_at).total_seconds():.3f}" if m.finished_at else "0",
    })
    properties = _sub(suite, "properties")
    for name, value in (("run_id", m.run_id), ("target", _target_words(m.target)),
                        ("auditkit_version", m.auditkit_version), ("fail_on", report.fail_on),
                        ("verdict", report.verdict), ("exit_code", str(report.exit_code))):
        _sub(properties, "property", name=name, value=value)
    fail_on_rank = severity_rank(report.fail_on)
    evidence = {e.attempt_id: e for e in report.evidence}
    for finding in findings:
        case = _sub(suite, "testcase", classname=f"auditkit.{policy_id}", name=finding.rule_id, time="0")
        if finding.status == "fail":
            failure = _sub(case, "failure", message=finding.message, type=finding.severity)
            failure.text = xml_safe(_details(finding, fail_on_rank, evidence))
        elif finding.status == "inconclusive":
            skipped = _sub(case, "skipped", message=finding.message)
            skipped.text = xml_safe(_details(finding, fail_on_rank, evidence))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
