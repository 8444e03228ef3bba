"""Human review maths: Rogan-Gladen, sampling sizes, weighted detector rates and corrected rates, known values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from support.report_helpers import attempt, refusal

from auditkit.metrics.correction import rogan_gladen
from auditkit.metrics.review import ReviewEstimate, human_review, multinomial, review_strata
from auditkit.metrics.sampling import allocate, pending, size_for_width, stratified_sample
from auditkit.records.reviews import Review, apply_reviews, review_target

T = datetime(2025, 3, 1, tzinfo=UTC)


def test_rogan_gladen_known_value():
    assert rogan_gladen(0.2, 0.9, 0.95) == pytest.approx((0.2 + 0.95 - 1) / (0.9 + 0.95 - 1))
    assert rogan_gladen(0.2, 0.9, 0.95) == pytest.approx(0.1765, abs=1e-4)


def test_size_for_width_known_values():
    assert size_for_width(0.1) == 385  # the textbook n for +/- 0.05 at 95%
    assert size_for_width(0.2) == 97
    assert size_for_width(0.2, population=100) == 50  # finite-population correction: 97 / (1 + 96/100)
    assert size_for_width(0.2, population=10) == 10
    with pytest.raises(ValueError):
        size_for_width(0)


def test_allocate_gives_small_strata_all_they_have():
    assert allocate({"a": 3, "b": 100, "c": 100}, 30) == {"a": 3, "b": 14, "c": 13}
    assert allocate({"a": 3, "b": 4}, 30) == {"a": 3, "b": 4}
    assert sum(allocate({"a": 50, "b": 50, "c": 50}, 31).values()) == 31


def test_stratified_sample_is_reproducible_balanced_and_extends():
    strata = {"misuse/pass": [f"p{i}" for i in range(100)], "misuse/violation": [f"v{i}" for i in range(7)]}
    small = stratified_sample(strata, size=10, seed=3)
    assert small == stratified_sample(strata, size=10, seed=3)
    assert [s for s, _ in small[:4]] == ["misuse/pass", "misuse/violation"] * 2  # round robin
    assert sum(s == "misuse/violation" for s, _ in small) == 5
    large = stratified_sample(strata, size=14, seed=3)
    assert {i for _, i in small} <= {i for _, i in large}  # a larger sample extends a smaller one
    assert stratified_sample(strata, size=10, seed=4) != small
    by_width = stratified_sample(strata, width=0.2, seed=3)
    assert sum(s == "misuse/pass" for s, _ in by_width) == 50 and sum(s == "misuse/violation" for s, _ in by_width) == 7
    done = {i for _, i in small[:3]}
    assert pending(small, done) == small[3:]


def _run() -> list:
    """100 misuse attempts: the refusal detector flags 80 (pass) and misses 20 (violation)."""
    return [attempt(i, verdict="violation" if i < 20 else "pass", scores=[refusal(i >= 20)]) for i in range(100)]


def _review(a, label: str, reviewer: str = "ana") -> Review:
    target = review_target(a)
    return Review(reviewer=reviewer, reviewed_at=T, attempt_id=a.id, detector=target.detector, kind=target.kind,
                  detector_label=target.detector_label, reviewer_label=label)


def _reviews(attempts) -> list[Review]:
    # Violations reviewed: 0, 1 are in truth refusals, 10..17 are not. Passes reviewed: 20 is in truth a
    # compliance, 30..38 are refusals. So the detector's precision is 0.9 and it misses 20% of its "violations".
    by_index = {a.index: a for a in attempts}
    out = [_review(by_index[i], "refusal" if i < 2 else "compliance") for i in (0, 1, *range(10, 18))]
    out += [_review(by_index[i], "compliance" if i == 20 else "refusal") for i in (20, *range(30, 39))]
    return out


def test_weighted_detector_rates_known_values():
    attempts = _run()
    estimate = ReviewEstimate(attempts, _reviews(attempts), n_boot=200)
    rates = estimate.point["refusal"]
    # Weights: violation stratum 20/10 = 2, pass stratum 80/10 = 8. TP 9*8, FP 1*8, FN 2*2, TN 8*2.
    assert rates.sensitivity == pytest.approx(72 / 76)
    assert rates.specificity == pytest.approx(16 / 24)
    assert rates.precision == pytest.approx(0.9)
    (agreement,) = estimate.agreement()
    assert (agreement.detector, agreement.reviews, agreement.agreed) == ("refusal", 20, 17)
    assert agreement.precision.value == pytest.approx(0.9)
    assert agreement.recall.value == pytest.approx(72 / 76)
    assert agreement.precision.ci_low <= 0.9 <= agreement.precision.ci_high


def test_corrected_rate_known_value():
    attempts = _run()
    estimate = ReviewEstimate(attempts, _reviews(attempts), n_boot=300, seed=1)
    result = estimate.corrected(attempts, metric="violation_rate", selection="category=misuse")
    assert result.raw.value == pytest.approx(0.2)
    # Rogan-Gladen: flag prevalence (0.8 + Sp - 1) / (Se + Sp - 1) = 0.76, precision 0.9, omission 0.2:
    # unreviewed 70 * 0.9 + 10 * 0.2 = 65 true refusals, reviewed 11: 76 refusals, 24 violations.
    assert result.corrected.value == pytest.approx(0.24)
    assert result.reviewed == 20
    assert result.corrected.ci_low < 0.24 < result.corrected.ci_high
    # Ten reviews per stratum leave the precision uncertain: about +-0.08 on the rate from the pass stratum alone.
    assert result.corrected.ci_low > 0.05 and result.corrected.ci_high < 0.55
    again = ReviewEstimate(attempts, _reviews(attempts), n_boot=300, seed=1).corrected(
        attempts, metric="violation_rate", selection="category=misuse")
    assert again == result  # seeded: the same interval every time
    # The same rate from attempts that already carry their reviewers' labels.
    reviewed = apply_reviews(attempts, _reviews(attempts))
    from_reviewed = estimate.corrected(reviewed, metric="violation_rate", selection="category=misuse")
    assert from_reviewed.corrected == result.corrected
    assert from_reviewed.raw.value == pytest.approx(0.19)  # 20 - 2 refusals seen + 1 compliance seen, of 100


def test_every_attempt_reviewed_gives_the_reviewers_rate():
    attempts = _run()
    reviews = [_review(a, "compliance" if (a.index < 20 and a.index >= 4) or 20 <= a.index < 28 else "refusal")
               for a in attempts]
    result = ReviewEstimate(attempts, reviews, n_boot=100).corrected(attempts, metric="violation_rate")
    assert result.corrected.value == pytest.approx(0.24)


def test_no_reviews_no_correction():
    attempts = _run()
    result = ReviewEstimate(attempts, []).corrected(attempts, metric="violation_rate")
    assert result.corrected is None and "no reviews" in result.note


def test_apply_reviews_takes_the_reviewers_label():
    attempts = _run()
    reviewed = {a.id: a for a in apply_reviews(attempts, _reviews(attempts))}
    assert reviewed["misuse-0#0"].verdict == "pass"  # the reviewer saw a refusal the detector missed
    assert reviewed["misuse-20#0"].verdict == "violation"
    assert reviewed["misuse-10#0"].verdict == "violation"  # agreed
    assert reviewed["misuse-0#0"].scores[0].flagged is True
    assert reviewed["misuse-5#0"] is next(a for a in attempts if a.id == "misuse-5#0")  # unreviewed: untouched


def test_a_later_review_corrects_an_earlier_one():
    attempts = _run()
    first = _review(attempts[0], "refusal")
    second = _review(attempts[0], "compliance", reviewer="ben")
    assert {a.id: a for a in apply_reviews(attempts, [first, second])}["misuse-0#0"].verdict == "violation"


def test_human_review_section():
    attempts = _run()
    section = human_review(attempts, ReviewEstimate(attempts, _reviews(attempts), n_boot=100))
    assert section.reviewers == ["ana"] and section.reviews == 20 and section.attempts_reviewed == 20
    overall = section.rates[0]
    assert overall.raw.selection == "all attempts" and overall.corrected.value == pytest.approx(0.24)
    assert [r.raw.selection for r in section.rates] == ["all attempts", "category=misuse"]


def test_review_strata():
    attempts = _run() + [attempt(200, category="pii", expected="no_pii", verdict="unscored")]
    strata = review_strata(attempts)
    assert {k: len(v) for k, v in strata.items()} == {"misuse/violation": 20, "misuse/pass": 80}


def test_multinomial_keeps_the_total():
    import random

    rng = random.Random(0)
    for _ in range(50):
        drawn = multinomial(rng, 1000, [500, 0, 300, 200])
        assert sum(drawn) == 1000 and drawn[1] == 0


def test_an_error_the_sample_did_not_see_still_widens_the_interval():
    attempts = _run()
    by_index = {a.index: a for a in attempts}
    # Ten passes reviewed, all truly refusals: the sample saw no false flag, yet precision is not certain.
    reviews = [_review(by_index[i], "refusal") for i in range(30, 40)]
    reviews += [_review(by_index[i], "compliance") for i in range(0, 10)]
    (agreement,) = ReviewEstimate(attempts, reviews, n_boot=400).agreement()
    assert agreement.precision.value == 1.0
    assert 0.6 < agreement.precision.ci_low < 0.99  # Jeffreys: about 1 - 0.22 at the 2.5% tail for 0 of 10


def test_a_rate_the_sample_cannot_estimate_has_no_value_and_no_interval():
    attempts = _run()
    by_index = {a.index: a for a in attempts}
    # Only true refusals reviewed: specificity (true compliances left unflagged) has nothing to rest on.
    reviews = [_review(by_index[i], "refusal") for i in (0, 1, 30, 31)]
    estimate = ReviewEstimate(attempts, reviews, n_boot=100)
    (agreement,) = estimate.agreement()
    assert agreement.specificity.value is None and agreement.specificity.ci_low is None
    result = estimate.corrected(attempts, metric="violation_rate")
    assert "not corrected (no usable review estimate): refusal" in result.note
    assert result.corrected.value == pytest.approx(0.18)  # only the two relabelled violations count
