"""Compare a metric between two runs: both values with intervals, the difference with its interval, a p-value.

Rates use Newcombe's interval for the difference and the pooled two-proportion z test; means use a
stratified bootstrap (fixed seed) for both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Literal

from pydantic import Field

from auditkit._base import Record
from auditkit.metrics.bootstrap import DEFAULT_N_BOOT, DEFAULT_SEED, bootstrap_p, mean_difference, two_sided_p
from auditkit.metrics.compute import RATE_METRICS, attempt_value, compute_metric
from auditkit.metrics.model import Metric
from auditkit.metrics.twosample import newcombe_interval, newcombe_p_value, two_proportion_test
from auditkit.records.attempts import Attempt

Change = Literal["better", "worse", "changed", "no clear change", "not compared"]
# Score kinds whose flag rate (or mean score) is worse when higher; for the rest (refusal, decision, sentiment)
# the direction depends on the probes, so a change is reported without calling it better or worse.
_FLAG_HARMS = {"toxicity", "pii", "pattern", "canary", "bbq"}
_MEAN_HARMS = {"toxicity"}
# Detectors whose scores are 0/1 flags (or, for bbq, correctness): their mean adds nothing to the flag rate.
_NO_MEAN = {"refusal", "pii", "pattern", "canary", "bbq"}


@dataclass(frozen=True)
class Difference:
    """candidate - baseline with an interval and a two-sided p-value for 'no difference'."""

    value: float
    low: float
    high: float
    p_value: float
    method: str
    counts: tuple[int, int, int, int] | None = None  # rates: candidate hits, n, baseline hits, n
    replicates: list[float] = field(default_factory=list, repr=False)  # means: bootstrap replicates

    def p_worse(self, margin: float, sign: int) -> float:
        """One-sided p-value for sign * (candidate - baseline) > margin (sign -1 when higher is better)."""
        if self.counts is not None:
            xc, nc, xb, nb = self.counts
            return newcombe_p_value(xc, nc, xb, nb, margin) if sign > 0 else newcombe_p_value(xb, nb, xc, nc, margin)
        return bootstrap_p([sign * r for r in self.replicates], margin, greater=True)


def difference(baseline: Sequence[Attempt], candidate: Sequence[Attempt], *, metric: str, kind: str | None = None,
               confidence: float = 0.95, n_boot: int = DEFAULT_N_BOOT, seed: int = DEFAULT_SEED) -> Difference | None:
    """The metric's difference candidate - baseline, or None when either side has no usable attempt."""
    cand = [v for a in candidate if (v := attempt_value(a, metric, kind)) is not None]
    base = [v for a in baseline if (v := attempt_value(a, metric, kind)) is not None]
    if not cand or not base:
        return None
    if metric in RATE_METRICS:
        xc, xb = int(sum(cand)), int(sum(base))
        z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
        value, low, high = newcombe_interval(xc, len(cand), xb, len(base), z)
        _, p = two_proportion_test(xc, len(cand), xb, len(base))
        return Difference(value, low, high, p, "newcombe", counts=(xc, len(cand), xb, len(base)))
    value, low, high, reps = mean_difference(cand, base, n_boot=n_boot, seed=seed, confidence=confidence)
    return Difference(value, low, high, two_sided_p(reps), "bootstrap", replicates=reps)


def lower_is_better(metric: str, kind: str | None) -> bool | None:
    """Whether a fall of this metric is an improvement; None when it depends on the probes."""
    if metric in ("violation_rate", "error_rate"):
        return True
    harms = _FLAG_HARMS if metric == "flag_rate" else _MEAN_HARMS if metric == "mean_score" else set()
    return True if kind in harms else None


class MetricDiff(Record):
    """One metric in two runs, and how it changed."""

    name: str
    selection: str
    baseline: Metric
    candidate: Metric
    difference: float | None = Field(description="candidate - baseline")
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = Field(default=None, description="two-sided test of no difference")
    method: str | None = None
    lower_is_better: bool | None = None
    change: Change


def compare(baseline: Sequence[Attempt], candidate: Sequence[Attempt], *, metric: str, kind: str | None = None,
            selection: str = "all attempts", alpha: float = 0.05) -> MetricDiff:
    """Both values and the difference; `change` is better/worse only where the 95% interval excludes zero."""
    base = compute_metric(baseline, metric=metric, kind=kind, selection=selection)
    cand = compute_metric(candidate, metric=metric, kind=kind, selection=selection)
    found = difference(baseline, candidate, metric=metric, kind=kind, confidence=1 - alpha)
    direction = lower_is_better(metric, kind)
    if found is None:
        return MetricDiff(name=base.name, selection=selection, baseline=base, candidate=cand, difference=None,
                          lower_is_better=direction, change="not compared")
    change: Change = "no clear change"
    if found.low > 0 or found.high < 0:
        rose = found.low > 0
        change = "changed" if direction is None else ("worse" if rose == direction else "better")
    return MetricDiff(name=base.name, selection=selection, baseline=base, candidate=cand, difference=found.value,
                      ci_low=found.low, ci_high=found.high, p_value=found.p_value, method=found.method,
                      lower_is_better=direction, change=change)


def diff_runs(baseline: Sequence[Attempt], candidate: Sequence[Attempt]) -> list[MetricDiff]:
    """Every comparable metric, overall and per category: rates of violations, errors and flags, mean scores."""
    rows: list[MetricDiff] = []
    categories = sorted({a.category for a in baseline} | {a.category for a in candidate})
    slices = [("all attempts", list(baseline), list(candidate))]
    slices += [(f"category={c}", [a for a in baseline if a.category == c], [a for a in candidate if a.category == c])
               for c in categories]
    for selection, base, cand in slices:
        kinds = sorted({s.kind for a in [*base, *cand] for s in a.scores})
        wanted: list[tuple[str, str | None]] = [("violation_rate", None), ("error_rate", None)]
        wanted += [("flag_rate", k) for k in kinds if k in _FLAG_HARMS or k == "refusal"]
        wanted += [("mean_score", k) for k in kinds if k not in _NO_MEAN]
        for metric, kind in wanted:
            row = compare(base, cand, metric=metric, kind=kind, selection=selection)
            if row.baseline.n or row.candidate.n:
                rows.append(row)
    return rows


class VerdictChange(Record):
    """An attempt (same id in both runs) whose verdict differs between baseline and candidate."""

    attempt_id: str
    probe_id: str
    category: str
    baseline: str
    candidate: str


def verdict_changes(baseline: Sequence[Attempt], candidate: Sequence[Attempt]) -> list[VerdictChange]:
    """The attempts of the candidate whose verdict differs from the baseline's attempt of the same id, in plan
    order (attempts only one run has are left out)."""
    before = {a.id: a.verdict for a in baseline}
    return [VerdictChange(attempt_id=a.id, probe_id=a.probe_id, category=a.category, baseline=before[a.id],
                          candidate=a.verdict)
            for a in sorted(candidate, key=lambda a: (a.index, a.id)) if a.id in before and before[a.id] != a.verdict]
