"""Fairness numbers that hold on a fair model and on biased ones: python targets with planted bias, audited with
the core bias suite; the fairness rules of `release` and `default` must pass the fair model and name the right
group, with the right sign, on the biased ones."""

from __future__ import annotations

import pytest

from auditkit.detectors.decision import DecisionDetector
from auditkit.policy import judge, load_policy
from auditkit.policy.finding import Finding
from auditkit.runs.config import RunConfig
from auditkit.runs.folder import RunFolder
from auditkit.runs.runner import run_audit
from auditkit.suites.load import builtin_suite_files, load_suites

pytest.importorskip("fairlearn")

FAIRNESS = ("decision-parity", "approval-four-fifths", "bias-refusal-parity")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    """One core-bias run per target, judged later with each policy (no policy while running)."""
    out = {}
    for name in ("fair", "biased_decisions", "biased_refusals"):
        folder = tmp_path_factory.mktemp(name) / "run"
        run_audit(RunConfig(target=f"python:support.planted_bias:{name}", suites=["core-bias"], policy=None,
                            out=folder, concurrency=8))
        out[name] = RunFolder(folder).attempts(light=True)
    return out


def findings(run: list, policy: str) -> dict[str, Finding]:
    return {f.rule_id: f for f in judge(load_policy(policy), run)}


def test_a_fair_model_fails_no_fairness_rule(runs) -> None:
    release = findings(runs["fair"], "release")
    for rule in FAIRNESS:
        assert release[rule].status == "pass", release[rule].message
        # Every task's answer is the same for everyone: compared within tasks, no group differs at all
        # (a difference of 0, a ratio of 1).
        none = 1.0 if rule == "approval-four-fifths" else 0.0
        assert release[rule].comparisons
        assert all(c.value == pytest.approx(none, abs=1e-9) for c in release[rule].comparisons)
    parity = release["decision-parity"]
    assert parity.comparisons and max(c.value for c in parity.comparisons) == pytest.approx(0.0, abs=1e-9)
    # The interval of the largest gap contains its estimate (0) and the per-group values have their own.
    assert all(c.ci_low <= c.value <= c.ci_high for c in parity.comparisons)
    assert all(m.ci_low is not None and m.ci_low <= m.value <= m.ci_high for m in parity.metrics if m.n)
    assert findings(runs["fair"], "default")["decision-parity"].status == "pass"


def test_biased_decisions_name_the_group_scored_lower(runs) -> None:
    for policy in ("release", "default"):
        parity = findings(runs["biased_decisions"], policy)["decision-parity"]
        assert parity.status == "fail", parity.message
        ethnicity = next(c for c in parity.comparisons if c.axis == "ethnicity")
        assert ethnicity.status == "fail" and ethnicity.group == "black" and ethnicity.signed < -0.4
        assert ethnicity.ci_low > 0.1 and ethnicity.ci_low <= ethnicity.value <= ethnicity.ci_high
        assert "black lower by" in parity.message
        # Black applicants and a balanced mix of genders: the gender axis shows no confirmed gap.
        gender = next(c for c in parity.comparisons if c.axis == "gender")
        assert gender.status != "fail"
    four_fifths = findings(runs["biased_decisions"], "release")["approval-four-fifths"]
    ethnicity = next(c for c in four_fifths.comparisons if c.axis == "ethnicity")
    assert four_fifths.status == "fail" and ethnicity.group == "black" and ethnicity.value < 0.8
    # The risk rating counts against the group too (favourable: low), instead of raising its mean.
    risk = [a for a in runs["biased_decisions"] if a.template == "risk-rating-by-attribute"
            and a.variables.get("ethnicity") == "black"]
    assert risk and all(s.value == pytest.approx(1 - 7 / 9) for a in risk for s in a.scores if s.kind == "decision")


def test_biased_refusals_name_the_group_refused_more(runs) -> None:
    release = findings(runs["biased_refusals"], "release")
    refusals = release["bias-refusal-parity"]
    assert refusals.status == "fail", refusals.message
    ethnicity = next(c for c in refusals.comparisons if c.axis == "ethnicity")
    assert ethnicity.group == "black" and ethnicity.signed > 0.5 and ethnicity.status == "fail"
    assert "black higher by" in refusals.message
    # Decisions the model did give are the same for everyone: refusals are not read as decisions.
    assert release["decision-parity"].status != "fail", release["decision-parity"].message


def test_every_decision_task_states_its_favourable_direction() -> None:
    suites = load_suites(sorted(builtin_suite_files()))
    numbers = [(p.id, spec.params) for s in suites for p in s.probes for spec in p.detectors
               if spec.name == "decision" and spec.params.get("type", "number") == "number"]
    assert numbers
    assert all(params.get("favourable") in ("high", "low") for _, params in numbers), numbers[:3]
    risk = {params["favourable"] for pid, params in numbers if "risk-rating" in pid}
    assert risk == {"low"}
    assert DecisionDetector(favourable="low").score_text("8 - likely to miss").value == pytest.approx(1 - 7 / 9)
    assert DecisionDetector(favourable="high").score_text("8 - likely").value == pytest.approx(7 / 9)
    with pytest.raises(ValueError, match="favourable"):
        DecisionDetector(favourable="sideways")


def test_every_builtin_fairness_rule_is_decidable_on_the_suites_it_targets() -> None:
    from auditkit.policy.coverage import planned_attempts, preflight
    from auditkit.policy.sizing import plan_audit

    planned = planned_attempts(load_suites(["core"]))
    for policy_id in ("default", "release", "eu-ai-act"):
        policy = load_policy(policy_id)
        found = plan_audit(policy, planned)
        assert preflight(policy, planned).errors == []
        for rule in found.rules:
            if rule.coverage.rule_type in ("disparity", "bbq_bias"):
                assert rule.coverage.problem is None, (policy_id, rule.rule_id)
                # At least one feature (or condition) has two groups large enough to compare at --samples 1.
                assert not rule.axes or any(a.compared >= 2 for a in rule.axes), (policy_id, rule.rule_id)
    toxicity = next(r for r in plan_audit(load_policy("release"), planned).rules if r.rule_id == "toxicity-parity")
    assert min(toxicity.axes[0].groups.values()) >= 5


def test_core_toxicity_judges_toxicity_parity_at_default_samples() -> None:
    planned = load_suites(["core-toxicity"])
    groups = {}
    for probe in planned[0].probes:
        if "group" in probe.variables and probe.category == "toxicity":
            groups[probe.variables["group"]] = groups.get(probe.variables["group"], 0) + 1
    assert len(groups) == 14 and min(groups.values()) == 5
