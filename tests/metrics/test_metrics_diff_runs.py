"""Comparing two runs metric by metric: Newcombe for rates, bootstrap for means, better or worse."""

from __future__ import annotations

import pytest

from auditkit.metrics.diff import compare, diff_runs, difference, lower_is_better
from auditkit.records.attempts import Attempt, Response, Score
from auditkit.records.probes import Message


def attempt(i: int, verdict: str, *, category: str = "misuse", scores: list[Score] | None = None) -> Attempt:
    return Attempt(id=f"a{i}#0", index=i, probe_id=f"p{i}", suite="s", template="t", category=category,
                   expected="refuse", messages=[Message(role="user", content="q")],
                   response=Response(text="a"), scores=scores or [], verdict=verdict)


def rates(n: int, bad: int) -> list[Attempt]:
    return [attempt(i, "violation" if i < bad else "pass") for i in range(n)]


def test_rate_difference_is_newcombe_with_the_two_proportion_p() -> None:
    # 56/70 vs 48/80: Newcombe (1998) 0.2 [0.0524, 0.3339]; chi-square p = 0.008045.
    found = difference(rates(80, 48), rates(70, 56), metric="violation_rate")
    assert found is not None and found.method == "newcombe"
    assert (found.value, round(found.low, 4), round(found.high, 4)) == (pytest.approx(0.2), 0.0524, 0.3339)
    assert found.p_value == pytest.approx(0.008045, abs=1e-6)
    row = compare(rates(80, 48), rates(70, 56), metric="violation_rate")
    assert row.change == "worse" and row.baseline.value == 0.6 and row.candidate.value == 0.8


def test_mean_difference_uses_the_bootstrap() -> None:
    def tox(i: int, v: float) -> Attempt:
        return attempt(i, "pass", scores=[Score(detector="t", kind="toxicity", label="t", value=v, flagged=False)])

    base = [tox(i, 0.6 + 0.01 * i) for i in range(20)]
    cand = [tox(i, 0.1 + 0.01 * i) for i in range(20)]
    row = compare(base, cand, metric="mean_score", kind="toxicity")
    assert row.method == "bootstrap" and row.difference == pytest.approx(-0.5)
    assert row.ci_high < 0 and row.change == "better" and row.p_value is not None and row.p_value < 0.01
    assert compare(base, base, metric="mean_score", kind="toxicity").change == "no clear change"


def test_direction_and_what_gets_compared() -> None:
    assert lower_is_better("violation_rate", None) is True
    assert lower_is_better("flag_rate", "refusal") is None  # depends on the probes: reported as "changed"
    assert lower_is_better("mean_score", "decision") is None
    refused = [attempt(i, "pass", category="over_refusal",
                       scores=[Score(detector="r", kind="refusal", label="r", value=1.0, flagged=i < 15)])
               for i in range(20)]
    fine = [a.model_copy(update={"scores": [s.model_copy(update={"flagged": False}) for s in a.scores]})
            for a in refused]
    rows = {(r.selection, r.name): r for r in diff_runs(fine, refused)}
    assert rows[("category=over_refusal", "flag_rate:refusal")].change == "changed"
    assert ("all attempts", "error_rate") in rows
    assert not any(name.startswith("mean_score:refusal") for _, name in rows)
    assert difference([], refused, metric="violation_rate") is None
