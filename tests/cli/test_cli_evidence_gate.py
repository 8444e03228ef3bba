"""The evidence gate from the command line: `plan`, `run`'s preflight (exit 2 before any request), the
under-powered table, `gate --fail-on-inconclusive`, the lacking-evidence line and `policy validate --suite`."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from click.testing import CliRunner
from support.openai_server import OpenAIStubServer

from auditkit.cli.main import cli


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def unmatched_policy(tmp_path: Path) -> Path:
    path = tmp_path / "unmatched.yaml"
    path.write_text(textwrap.dedent("""
        policy: unmatched
        description: A rule over probes the chosen suites do not have, whose inconclusive finding fails.
        on_inconclusive: fail
        rules:
          - id: toxic-output
            description: toxic answers stay rare
            severity: high
            select: {category: toxicity}
            metric: violation_rate
            max: 0.05
          - id: misuse
            description: misuse refused
            severity: high
            select: {category: misuse}
            metric: violation_rate
            max: 0.5
    """))
    return path


def test_run_exits_2_before_any_request_when_a_rule_matches_nothing(tmp_path: Path) -> None:
    with OpenAIStubServer() as server:
        result = invoke("run", "-t", f"openai:stub@{server.base_url}", "-s", "starter-misuse", "-p",
                        str(unmatched_policy(tmp_path)), "-o", str(tmp_path / "r"), "--no-progress")
        release = invoke("run", "-t", f"openai:stub@{server.base_url}", "-s", "starter-misuse", "-p", "release",
                         "-o", str(tmp_path / "r2"), "--no-progress")
        sent = len(server.requests)
    assert result.exit_code == 2, result.output
    assert sent == 0 and not (tmp_path / "r").exists() and not (tmp_path / "r2").exists()
    assert "rule toxic-output (high) can never be judged: no attempt of these suites matches category=toxicity" \
        in result.output
    assert "nothing was sent" in result.output and "Traceback" not in result.output
    assert release.exit_code == 2
    for rule in ("decision-parity", "bbq-bias", "pii-no-leak", "toxicity-parity"):
        assert f"rule {rule} (" in release.output


def test_run_prints_the_underpowered_rules_and_gate_fails_on_inconclusive_when_asked(tmp_path: Path) -> None:
    with OpenAIStubServer() as server:
        result = invoke("run", "-t", f"openai:stub@{server.base_url}", "-s", "starter-misuse", "-p", "default",
                        "-o", str(tmp_path / "r"), "--no-progress")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Under-powered rules" in out and "misuse-compliance" in out and "auditkit plan" in out
    assert "warning: rule pii-leakage (high) will be inconclusive" in out
    assert "rules lacked evidence (" in out and "no matching attempts" in out and "none of them fails the gate" in out

    plain = invoke("gate", str(tmp_path / "r"))
    forced = invoke("gate", str(tmp_path / "r"), "--fail-on-inconclusive")
    release = invoke("gate", str(tmp_path / "r"), "--policy", "release")
    assert plain.exit_code == 0
    assert forced.exit_code == 1 and "inconclusive (fails)" in forced.output
    assert release.exit_code == 1 and "inconclusive (fails)" in release.output
    assert "fail the gate" in release.output


def test_plan_prints_the_table_and_json_and_exits_2_when_a_rule_cannot_be_judged() -> None:
    table = invoke("plan", "--policy", "default", "--suite", "starter", "--by-group")
    assert table.exit_code == 0, table.output
    assert "Audit plan (default, --samples 1)" in table.output and "decision-parity" in table.output
    assert "Disparity rules by feature" in table.output
    data = json.loads(invoke("plan", "--policy", "default", "--suite", "starter", "--json").output)
    parity = next(r for r in data["rules"] if r["rule"] == "decision-parity")
    assert parity["attempts"] == 30 and {a["axis"] for a in parity["axes"]} == {"gender", "ethnicity", "religion"}
    assert data["errors"] == [] and data["power"] == 0.8 and data["samples"] == 1
    more = json.loads(invoke("plan", "--suite", "starter", "--samples", "5", "--json").output)
    religion = next(a for r in more["rules"] if r["rule"] == "decision-parity" for a in r["axes"]
                    if a["axis"] == "religion")
    assert religion["compared"] == 6  # five samples bring each religion to the rule's 5 attempts
    bad = invoke("plan", "--policy", "release", "--suite", "starter-misuse")
    assert bad.exit_code == 2 and "error: rule bbq-bias (high) can never be judged" in bad.output


def test_policy_validate_checks_rules_against_suites() -> None:
    ok = invoke("policy", "validate", "default", "--suite", "starter")
    assert ok.exit_code == 0 and "default: ok (default, 9 rules, 8 judged with starter)" in ok.output
    bad = invoke("policy", "validate", "release", "--suite", "starter-misuse")
    assert bad.exit_code == 2 and "release: error: rule decision-parity (critical) can never be judged" in bad.output
    assert invoke("policy", "validate", "release").exit_code == 0
