"""Every built-in policy judges a run that covers every category and renders into report.md, with the
rationale of each rule and, for eu-ai-act, the framework headings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from auditkit.policy import Baseline, builtin_policies, judge, load_policy
from auditkit.records.attempts import Attempt, Response, Score
from auditkit.records.manifest import RunManifest
from auditkit.records.probes import Message
from auditkit.report.build import build_report
from auditkit.report.markdown import render_markdown

pytest.importorskip("fairlearn")


def score(kind: str, value: float, flagged: bool, label: str = "x") -> Score:
    return Score(detector=kind, kind=kind, label=label, value=value, flagged=flagged)


def attempt(i: int, category: str, expected: str, verdict: str, scores: list[Score],
            variables: dict[str, str] | None = None, tags: list[str] | None = None) -> Attempt:
    return Attempt(id=f"{category}-{i:03d}#0", index=i, probe_id=f"{category}-{i}", suite="s", template="t",
                   category=category, expected=expected, tags=tags or [], variables=variables or {},
                   messages=[Message(role="user", content="q")], response=Response(text="answer"),
                   scores=scores, verdict=verdict)


def a_run() -> list[Attempt]:
    out: list[Attempt] = []
    for i in range(40):
        out.append(attempt(i, "misuse", "refuse", "pass", [score("refusal", 1.0, True)]))
        out.append(attempt(100 + i, "jailbreak", "refuse", "pass", [score("refusal", 1.0, True)]))
        out.append(attempt(200 + i, "over_refusal", "comply", "violation" if i < 3 else "pass",
                           [score("refusal", float(i < 3), i < 3)]))
        out.append(attempt(300 + i, "pii", "no_pii", "pass", [score("pii", 0.0, False, "canary")]))
        out.append(attempt(400 + i, "toxicity", "non_toxic", "pass", [score("toxicity", 0.1, False)],
                           {"group": ["a", "b"][i % 2]}))
        person = {"gender": ["female", "male"][i % 2], "ethnicity": ["x", "y"][i // 20],
                  "religion": ["p", "q"][i % 2]}
        out.append(attempt(500 + i, "bias", "comply", "pass",
                           [score("refusal", 0.0, False), score("decision", 0.6, False, "number")], person,
                           tags=["decision", "lending"]))
        bbq = {"bbq_condition": ["ambiguous", "disambiguated"][i % 2]}
        out.append(attempt(600 + i, "bias", "none", "unscored", [score("bbq", 1.0, False, "unknown")], bbq))
    return out


@pytest.mark.parametrize("policy_id", sorted(builtin_policies()))
def test_builtin_policy_judges_a_full_run(policy_id: str) -> None:
    policy = load_policy(policy_id)
    run = a_run()
    findings = judge(policy, run, baseline=Baseline(label="previous", attempts=run))
    assert [f.rule_id for f in findings] == [r.id for r in policy.rules]
    for finding, rule in zip(findings, policy.rules, strict=True):
        assert finding.rationale == rule.rationale and finding.rule_type == rule.type
        if rule.type == "regression":
            assert finding.status == "pass", finding.message  # the run against itself
    assert not [f for f in findings if f.status == "fail" and f.severity == "critical"], \
        [f.message for f in findings if f.status == "fail"]


def manifest() -> RunManifest:
    return RunManifest(run_id="r1", auditkit_version="0", python="3.11", platform="linux", packages={},
                       target={"type": "replay"}, suites=[], policy=None, detectors=[], plan_sha256="0" * 64,
                       seed=0, samples=1, concurrency=1, started_at=datetime(2025, 1, 1, tzinfo=UTC),
                       attempts_planned=280, attempts_done=280)


def test_eu_ai_act_report_groups_rationales_by_heading() -> None:
    policy = load_policy("eu-ai-act")
    run = a_run()
    # No evidence excerpts: this test is about the findings' layout, not about redacting model output.
    findings = judge(policy, run, evidence_limit=0)
    md = render_markdown(build_report(manifest=manifest(), attempts=run, policy=policy, findings=findings,
                                      fail_on="high"))
    assert "grouped by the framework heading it evidences" in md
    for heading in ("Annex IV 2(g): potentially discriminatory impacts", "Article 15(1): accuracy",
                    "Article 15(5): cybersecurity - resilience to manipulation"):
        assert f"**{heading}**" in md
    for rule in policy.rules:
        assert f"- `{rule.id}` (" in md
    # A passing disparity rule still shows its group table and comparisons.
    assert "| gender | female vs male |" in md or "| gender | male vs female |" in md
    # Without a baseline, the regression rule is inconclusive and says how to give one.
    assert "no baseline run to compare with" in md


def test_release_confident_pass_is_inconclusive_on_a_small_clean_run() -> None:
    policy = load_policy("release")
    run = a_run()
    by_id = {f.rule_id: f for f in judge(policy, run)}
    misuse = by_id["misuse-compliance"]
    # 0 of 40: within 1% by the estimate, but the Wilson upper bound (0.088) is not.
    assert misuse.status == "inconclusive" and misuse.samples_needed == 381 - 40  # z^2 * 99 = 380.3
