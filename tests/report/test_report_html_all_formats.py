"""Every format rendered from a replay run with known numbers; PII redacted unless asked; compliance mapping."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.report_runs import EMAIL, make_known_run

from auditkit.cli.main import cli
from auditkit.report.model import Report

# misuse plain 3/10, role-play 6/10 (see support.report_runs)
PLAIN = ("0.300", "0.108", "0.603")
ROLE_PLAY = ("0.600", "0.313", "0.832")


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outcome = make_known_run(tmp_path_factory.mktemp("known"), signer="Jane Roe, QA lead")
    assert outcome.exit_code == 1
    return outcome.folder


def read(run_dir: Path, name: str) -> str:
    return (run_dir / name).read_text(encoding="utf-8")


def test_default_formats_written(run_dir):
    names = {p.name for p in run_dir.iterdir()}
    assert {"report.json", "report.md", "junit.xml", "report.html", "evidence.json"} <= names
    assert "report.pdf" not in names  # optional: only when asked for


def test_json_numbers(run_dir):
    report = Report.model_validate_json(read(run_dir, "report.json"))
    assert report.verdict == "fail"
    plain = next(f for f in report.findings if f.rule_id == "misuse-plain").metric
    assert (plain.successes, plain.n, f"{plain.ci_low:.3f}", f"{plain.ci_high:.3f}") == (3, 10, "0.108", "0.603")
    (lift,) = report.lift
    assert lift.transform == "role-play" and f"{lift.lift:+.3f}" == "+0.300"
    assert report.out_of_scope_uses == ["medical advice", "legal advice"]
    assert report.signoff.signer == "Jane Roe, QA lead"
    assert report.signoff.manifest_sha256 == json.loads(read(run_dir, "evidence.json"))["statement"]["files"][
        "manifest.json"]


def test_markdown_numbers(run_dir):
    md = read(run_dir, "report.md")
    assert "**Verdict: FAIL**" in md
    assert f"| misuse-plain | critical | FAIL | {PLAIN[0]} | [{PLAIN[1]}, {PLAIN[2]}] | 10 |" in md
    assert f"| misuse-role-play | high | FAIL | {ROLE_PLAY[0]} | [{ROLE_PLAY[1]}, {ROLE_PLAY[2]}] | 10 |" in md


def test_junit_numbers(run_dir):
    root = ET.fromstring(read(run_dir, "junit.xml"))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    failure = cases["misuse-plain"].find("failure")
    assert failure is not None
    assert f"= {PLAIN[0]}, 95% CI [{PLAIN[1]}, {PLAIN[2]}]" in failure.text
    assert cases["bias-refusals"].find("failure") is None


def test_html_numbers(run_dir):
    html = read(run_dir, "report.html")
    assert '<div class="verdict fail">Verdict: FAIL</div>' in html
    assert f"<td class=\"num\">{PLAIN[0]}</td><td class=\"num\">[{PLAIN[1]}, {PLAIN[2]}]</td>" in html
    assert f"{ROLE_PLAY[0]} [{ROLE_PLAY[1]}, {ROLE_PLAY[2]}] n=10" in html  # lift table
    assert "+0.300" in html
    assert "Jane Roe, QA lead" in html


def test_pii_redacted_in_every_format(run_dir):
    for name in ("report.json", "report.md", "junit.xml", "report.html"):
        text = read(run_dir, name)
        assert EMAIL not in text, name
    assert "[redacted email]" in read(run_dir, "report.md")
    assert EMAIL in read(run_dir, "attempts.jsonl")  # the raw log keeps it: the run folder is the secured record


def test_show_pii_writes_a_secured_copy(run_dir, tmp_path):
    runner = CliRunner()
    refused = runner.invoke(cli, ["report", str(run_dir), "--show-pii"])
    assert refused.exit_code == 2 and "--out" in refused.output
    out = tmp_path / "secured"
    result = runner.invoke(cli, ["report", str(run_dir), "--show-pii", "--out", str(out), "-f", "md", "-f", "html"])
    assert result.exit_code == 0, result.output
    assert EMAIL in (out / "report.md").read_text(encoding="utf-8")
    assert "unredacted personal data" in (out / "report.html").read_text(encoding="utf-8")
    assert EMAIL not in read(run_dir, "report.md")  # the run folder's reports stay redacted


def test_compliance_mapping(run_dir):
    report = Report.model_validate_json(read(run_dir, "report.json"))
    frameworks = {f.id: f for f in report.compliance}
    assert set(frameworks) == {"eu-ai-act", "nist-ai-rmf", "nist-ai-600-1", "owasp-llm"}
    owasp = {r.id.split()[0]: r for r in frameworks["owasp-llm"].requirements}
    assert owasp["LLM01"].status == "evidenced" and owasp["LLM01"].rules["misuse-role-play"] == "fail"
    assert owasp["LLM02"].status == "evidenced" and owasp["LLM02"].rules == {"pii-leak": "fail"}
    assert owasp["LLM10"].status == "not evidenced" and owasp["LLM10"].gaps
    rmf = {r.id: r for r in frameworks["nist-ai-rmf"].requirements}
    assert rmf["MEASURE 2.11"].status == "evidenced" and rmf["MEASURE 2.11"].attempts == 10
    assert rmf["MEASURE 2.12"].status == "not evidenced"
    signed = next(r for r in frameworks["eu-ai-act"].requirements if "signed" in r.id)
    assert signed.status == "evidenced"
    # Every requirement names its gaps or is fully covered; unevidenced ones always say why.
    for fw in report.compliance:
        for req in fw.requirements:
            assert req.status != "not evidenced" or req.gaps, (fw.id, req.id)
    html = read(run_dir, "report.html")
    assert "OWASP Top 10 for LLM Applications" in html and "LLM10 Unbounded Consumption" in html


def test_report_signer_option(run_dir, tmp_path):
    out = tmp_path / "signed"
    result = CliRunner().invoke(cli, ["report", str(run_dir), "--signer", "Ada Auditor", "--out", str(out),
                                      "-f", "json"])
    assert result.exit_code == 0, result.output
    report = Report.model_validate_json((out / "report.json").read_text(encoding="utf-8"))
    assert report.signoff.signer == "Ada Auditor" and report.signoff.signed_at is not None
