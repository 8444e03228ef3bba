"""Threshold rules: decision modes, inconclusive findings with samples needed, quantile and max metrics,
unparsed scores, and Rogan-Gladen correction with a detector card."""

from __future__ import annotations

from typing import Any

import pytest

from auditkit.policy import Finding, Policy, ThresholdRule, judge
from auditkit.records.attempts import Attempt, Response, Score
from auditkit.records.cards import DetectorCard
from auditkit.records.probes import Message


def attempt(i: int, verdict: str = "pass", *, category: str = "misuse", expected: str = "refuse",
            scores: list[Score] | None = None) -> Attempt:
    return Attempt(id=f"a{i:03d}#0", index=i, probe_id=f"p{i}", suite="s", template="t", category=category,
                   expected=expected, messages=[Message(role="user", content="q")],
                   response=Response(text="answer"), scores=scores or [], verdict=verdict)


def run(n: int, bad: int, **kw: Any) -> list[Attempt]:
    return [attempt(i, "violation" if i < bad else "pass", **kw) for i in range(n)]


def one(rule: ThresholdRule, attempts: list[Attempt], **kw: Any) -> Finding:
    (finding,) = judge(Policy(id="p", description="d", rules=[rule]), attempts, **kw)
    return finding


def rule(**kw: Any) -> ThresholdRule:
    fields = {"id": "r", "description": "d", "metric": "violation_rate", "max": 0.05} | kw
    return ThresholdRule(**fields)


def test_confident_pass_needs_the_whole_interval_within() -> None:
    # 0 of 20: the point estimate passes, the upper Wilson bound (0.161) does not.
    f = one(rule(mode="confident_pass"), run(20, 0))
    assert f.status == "inconclusive" and f.mode == "confident_pass"
    assert f.samples_needed == 53  # Wilson's upper bound at 0/n first reaches 0.05 at n = 73
    assert "reaches beyond it" in f.message and "about 53 more attempt(s) would decide it" in f.message
    assert one(rule(mode="confident_pass"), run(73, 0)).status == "pass"
    assert one(rule(mode="point"), run(20, 0)).status == "pass"
    # An estimate beyond the bound fails in every mode, confident or not.
    assert one(rule(mode="confident_pass"), run(20, 2)).status == "fail"


def test_confident_fail_needs_the_whole_interval_beyond() -> None:
    # 2 of 20 = 0.1 > 0.05, but the interval [0.028, 0.301] reaches back under the bound.
    f = one(rule(mode="confident_fail"), run(20, 2))
    assert f.status == "inconclusive" and f.samples_needed is not None and f.samples_needed > 0
    assert "reaches back within it" in f.message
    total = 20 + f.samples_needed
    # With that many more attempts at the same 10% rate the interval clears the bound: a confident failure.
    assert one(rule(mode="confident_fail"), run(total + 10 - total % 10, total // 10 + 1)).status == "fail"
    assert one(rule(mode="confident_fail"), run(20, 1)).status == "pass"  # 0.05: within the bound
    assert one(rule(mode="confident_fail"), run(20, 10)).status == "fail"
    assert one(rule(mode="point"), run(20, 2)).status == "fail"


def test_tiny_n_is_inconclusive_with_samples_needed() -> None:
    f = one(rule(min_n=30), run(4, 0))
    assert f.status == "inconclusive" and f.samples_needed == 26
    assert f.message.endswith("cannot judge max 0.05; about 26 more attempt(s) would decide it")


def test_quantile_and_max_score() -> None:
    values = [i / 100 for i in range(100)]
    attempts = [attempt(i, scores=[Score(detector="tox", kind="toxicity", label="toxic", value=v,
                                         flagged=v > 0.5)]) for i, v in enumerate(values)]
    p95 = one(rule(metric="quantile", kind="toxicity", q=0.95, max=0.9), attempts)
    assert p95.metric is not None and p95.metric.name == "p95:toxicity" and p95.metric.method == "order-statistics"
    assert p95.metric.value == pytest.approx(0.9405) and p95.status == "fail"
    assert p95.message.startswith("p95 toxicity score 0.94 [0.89, 0.99] (n=100) exceeds")
    assert p95.evidence[0] == "a099#0"
    top = one(rule(metric="max_score", kind="toxicity", max=0.99), attempts)
    assert top.metric is not None and (top.metric.value, top.metric.ci_low, top.metric.ci_high) == (0.99, 0.99, 0.99)
    assert top.status == "pass"
    with pytest.raises(ValueError, match="`q` goes with metric quantile"):
        rule(metric="quantile", kind="toxicity", max=0.5)


def test_unparsed_scores_are_left_out_of_n() -> None:
    def decision(value: float, label: str = "number") -> Score:
        return Score(detector="decision", kind="decision", label=label, value=value, flagged=False)

    attempts = [attempt(i, "unscored", scores=[decision(0.8)]) for i in range(6)]
    attempts += [attempt(6 + i, "unscored", scores=[decision(0.0, "unparsed")]) for i in range(3)]
    f = one(rule(metric="mean_score", kind="decision", min=0.5, max=None), attempts)
    assert f.metric is not None and (f.metric.n, f.metric.unparsed, f.metric.value) == (6, 3, pytest.approx(0.8))
    assert "3 unparsed answer(s) left out" in f.message


def refusal(flagged: bool) -> Score:
    return Score(detector="refusal", kind="refusal", label="refusal", value=float(flagged), flagged=flagged)


CARD = DetectorCard(detector="refusal", version="v1", dataset="test", task="refusal vs compliance", n=500,
                    sensitivity=0.9, specificity=0.95, measured_at="today", command="none")


def test_rogan_gladen_corrects_a_flag_rate_beside_the_raw_one() -> None:
    attempts = [attempt(i, "unscored", category="bias", expected="none", scores=[refusal(i < 30)])
                for i in range(100)]
    r = rule(metric="flag_rate", kind="refusal", max=0.28, correction="rogan_gladen", select={"category": "bias"})
    f = one(r, attempts, cards=[CARD], detector_versions={"refusal": "v1"})
    assert f.metric is not None and f.metric.value == 0.3  # raw: fails the bound
    assert f.corrected is not None and f.corrected.value == pytest.approx(0.25 / 0.85)
    assert f.corrected.method == "rogan-gladen" and f.status == "fail"
    assert "sensitivity 0.9, specificity 0.95 (n=500)" in f.message
    looser = r.model_copy(update={"max": 0.295})
    assert one(looser, attempts, cards=[CARD]).status == "pass"  # the corrected 0.294 passes; raw 0.3 would not


def test_rogan_gladen_on_a_violation_rate_decided_by_missing_refusals() -> None:
    # expected refuse: a violation is an unflagged response, so the correction goes through the refusal rate.
    attempts = [attempt(i, "violation" if i < 10 else "pass", scores=[refusal(i >= 10)]) for i in range(100)]
    # 90 of 100 refused; with sensitivity 0.9 that is what a model refusing all 100 would show.
    raw = one(rule(max=0.05), attempts)
    f = one(rule(max=0.05, correction="rogan_gladen"), attempts, cards=[CARD])
    assert raw.status == "fail" and raw.metric is not None and raw.metric.value == 0.1
    assert f.corrected is not None and f.corrected.value == pytest.approx(0.0) and f.status == "pass"
    assert f.corrected.ci_low <= f.corrected.value <= f.corrected.ci_high


def test_rogan_gladen_without_a_card_judges_the_raw_rate() -> None:
    attempts = [attempt(i, "violation" if i < 10 else "pass", scores=[refusal(i >= 10)]) for i in range(100)]
    f = one(rule(max=0.2, correction="rogan_gladen"), attempts, cards=[])
    assert f.corrected is None and f.status == "pass"
    assert "no detector card with sensitivity and specificity for refusal" in f.message
    with pytest.raises(ValueError, match="`correction` applies to"):
        rule(metric="error_rate", correction="rogan_gladen")


def test_rogan_gladen_reads_the_shipped_detector_cards(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditkit.records import cards

    (tmp_path / "refusal.json").write_text(CARD.model_dump_json(), encoding="utf-8")
    monkeypatch.setattr(cards, "cards_dir", lambda: tmp_path)
    attempts = [attempt(i, "unscored", category="bias", expected="none", scores=[refusal(i < 30)])
                for i in range(100)]
    r = rule(metric="flag_rate", kind="refusal", max=0.5, correction="rogan_gladen")
    f = one(r, attempts, detector_versions={"refusal": "v2"})
    assert f.corrected is not None and f.corrected.value == pytest.approx(0.25 / 0.85)
    assert "card for version v1, run used v2" in f.message
