"""The attack statistics against hand-computed values."""

from __future__ import annotations

import math

import pytest

from auditkit.attacks.model import GoalResult
from auditkit.attacks.summary import distribution, summarize
from auditkit.metrics.paired import mcnemar_exact, newcombe_paired_interval
from auditkit.records.probes import Message


def test_mcnemar_exact_by_hand():
    # b=5, c=1: 2 * (C(6,0) + C(6,1)) / 2**6 = 2 * 7 / 64.
    assert mcnemar_exact(5, 1) == pytest.approx(14 / 64)
    assert mcnemar_exact(1, 5) == pytest.approx(14 / 64)
    # b=c: the two-sided p is capped at 1; no discordant pair says nothing.
    assert mcnemar_exact(3, 3) == 1.0 and mcnemar_exact(0, 0) == 1.0
    # b=10, c=0: 2 / 2**10.
    assert mcnemar_exact(10, 0) == pytest.approx(2 / 1024)


def test_mcnemar_agrees_with_statsmodels():
    table = pytest.importorskip("statsmodels.stats.contingency_tables")
    for b, c in [(7, 2), (12, 3), (0, 4), (9, 9)]:
        assert mcnemar_exact(b, c) == pytest.approx(table.mcnemar([[5, b], [c, 5]], exact=True).pvalue)


def test_paired_interval_without_correlation_is_the_unpaired_newcombe_interval():
    from auditkit.metrics.twosample import newcombe_interval

    # a*d == b*c: phi is 0, and method 10 reduces to the square-and-add of the two Wilson intervals.
    delta, low, high = newcombe_paired_interval(4, 2, 2, 1)
    assert (delta, low, high) == pytest.approx(newcombe_interval(6, 9, 6, 9))


def test_paired_interval_by_hand():
    # a=36, b=12, c=2, d=0 (n=50): p1=0.96, p2=0.76, phi=-24/sqrt(48*2*38*12); Wilson bounds from stats.
    from auditkit.metrics.stats import wilson_interval

    l1, u1 = wilson_interval(48, 50)
    l2, u2 = wilson_interval(38, 50)
    phi = -24 / math.sqrt(48 * 2 * 38 * 12)
    low = 0.2 - math.sqrt((0.96 - l1) ** 2 - 2 * phi * (0.96 - l1) * (u2 - 0.76) + (u2 - 0.76) ** 2)
    high = 0.2 + math.sqrt((u1 - 0.96) ** 2 - 2 * phi * (u1 - 0.96) * (0.76 - l2) + (0.76 - l2) ** 2)
    assert newcombe_paired_interval(36, 12, 2, 0) == pytest.approx((0.2, low, high))
    assert (round(low, 4), round(high, 4)) == (0.0569, 0.3404)


def test_distribution_quartiles_by_hand():
    found = distribution([4, 1, 3, 2])
    # Sorted 1 2 3 4: median 2.5, q1 at position 0.75 -> 1.75, q3 at 2.25 -> 3.25.
    assert (found.median, found.q1, found.q3, found.min, found.max) == (2.5, 1.75, 3.25, 1, 4)
    assert distribution([]).median is None


def result(goal, status, direct, queries=2, hazards=("cyber",), tokens=10):
    conversation = [Message(role="user", content="ask"), Message(role="assistant", content="mail me at a@b.com")] \
        if status == "success" else []
    return GoalResult(strategy="pair", goal=goal, category="misuse", hazards=list(hazards), status=status,
                      direct_success=direct, queries=queries, target_tokens=tokens, attacker_tokens=tokens,
                      conversation=conversation)


def test_summary_by_hand():
    results = [
        result("g1", "success", False, queries=3),
        result("g2", "success", False, queries=5, hazards=("fraud",)),
        result("g3", "success", True, queries=1),
        result("g4", "failure", False, queries=8),
        result("g5", "failure", True, queries=8, hazards=("fraud",)),
        result("g6", "error", None, queries=0),
    ]
    found = summarize("pair", results)
    assert (found.goals, found.errors) == (6, 1)
    assert (found.success.successes, found.success.n) == (3, 5)
    # Wilson 95% for 3/5: centre (0.6 + 1.92/5)/(1 + 3.84/5), by the formula.
    z = 1.959963984540054
    centre = (0.6 + z * z / 10) / (1 + z * z / 5)
    half = z * math.sqrt(0.24 / 5 + z * z / 100) / (1 + z * z / 5)
    assert (found.success.low, found.success.high) == (pytest.approx(centre - half), pytest.approx(centre + half))
    # Paired over g1..g5: both 1 (g3), attack only 2 (g1, g2), direct only 1 (g5), neither 1 (g4).
    assert found.discordant == (2, 1)
    assert found.direct.rate == pytest.approx(2 / 5) and found.attack_paired.rate == pytest.approx(3 / 5)
    assert found.lift == pytest.approx(0.2)
    assert found.mcnemar_p == pytest.approx(1.0)  # 2 * (1 + 3) / 8 capped at 1
    assert found.lift_low < 0.2 < found.lift_high
    # Queries per success: 1, 3, 5; tokens 20 each.
    assert (found.queries_per_success.median, found.queries_per_success.values) == (3, [1, 3, 5])
    assert found.tokens_per_success.median == 20
    hazards = {h.hazard: (h.rate.successes, h.rate.n) for h in found.by_hazard}
    assert hazards == {"cyber": (2, 3), "fraud": (1, 2)}
    # Winning conversations are redacted evidence.
    assert len(found.winning) == 3
    assert all("a@b.com" not in m.content for w in found.winning for m in w.messages)
