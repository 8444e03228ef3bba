"""Intervals for gaps between groups that mean what they say: simultaneous pairwise intervals, the largest gap's
interval built from them, and per-group intervals of their own.

Each group's mean gets an interval at the level its comparisons need: the exact Clopper-Pearson one for 0/1
values (Wilson's dips below its nominal coverage for small n and rare events), and for other
values in [0, 1] a Student t interval whose variance is floored by two pseudo-observations half a unit either
side of the mean (so a group of identical values is not taken as certain). A difference of two means takes
the MOVER interval built from the two (Newcombe's construction). Over G groups
the G(G-1)/2 pairwise intervals are Bonferroni-adjusted, so all of them hold together with at least the
nominal confidence; the largest gap then lies between the largest distance of a pairwise interval from zero
and the largest absolute end of one, an interval that always contains the estimate. Ratios (the four-fifths
rule) and gaps to the overall value are bounded the same way from simultaneous intervals of the means.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist, fmean
from typing import Literal

Measure = Literal["difference", "ratio"]
PSEUDO_WEIGHT = 0.5
"""Pseudo-observations at the mean +/- 0.5 (each of this weight) that floor a group's variance. Chosen by
simulation (benchmarks/policy_statistics.py): 1.0 covered no better and halved the power on small groups."""


def t_quantile(p: float, df: float) -> float:
    """The p-quantile of Student's t with df degrees of freedom (the normal one for large df)."""
    if df > 1e6:
        return NormalDist().inv_cdf(p)
    try:
        from scipy.stats import t
    except ImportError:  # pragma: no cover - scipy comes with the fairness extra
        # Cornish-Fisher expansion: close enough above a few degrees of freedom.
        z = NormalDist().inv_cdf(p)
        return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
    return float(t.ppf(p, df))


def clopper_pearson(successes: int, n: int, confidence: float) -> tuple[float, float]:
    """The exact (Clopper-Pearson) interval of a binomial proportion: coverage at least `confidence` for any p."""
    from scipy.stats import beta

    tail = (1 - confidence) / 2
    low = 0.0 if successes == 0 else float(beta.ppf(tail, successes, n - successes + 1))
    high = 1.0 if successes == n else float(beta.ppf(1 - tail, successes + 1, n - successes))
    return low, high


@dataclass(frozen=True)
class GroupStat:
    """One group's values summarised: n, mean, floored variance and its degrees of freedom, 0/1 or not."""

    group: str
    n: int
    mean: float
    var: float
    df: float
    binary: bool
    successes: int | None = None

    def interval(self, confidence: float) -> tuple[float, float]:
        """Two-sided interval for the group's mean at `confidence`: exact for 0/1 values, floored t otherwise."""
        tail = (1 - confidence) / 2
        if self.binary and self.successes is not None:
            return clopper_pearson(self.successes, self.n, confidence)
        half = t_quantile(1 - tail, self.df) * math.sqrt(self.var / self.n)
        return self.mean - half, self.mean + half


def group_stat(group: str, values: Sequence[float], *, pseudo: float = PSEUDO_WEIGHT) -> GroupStat:
    """Summary of one group's values (at least one)."""
    if not values:
        raise ValueError(f"group {group!r} has no values")
    n = len(values)
    mean = fmean(values)
    binary = all(v in (0.0, 1.0) for v in values)
    squares = sum((v - mean) ** 2 for v in values)
    df = n - 1 + 2 * pseudo
    return GroupStat(group=group, n=n, mean=mean, var=(squares + 2 * pseudo * 0.25) / df, df=df, binary=binary,
                     successes=int(sum(values)) if binary else None)


def difference_interval(a: GroupStat, b: GroupStat, confidence: float) -> tuple[float, float, float]:
    """mean(a) - mean(b) with its MOVER interval from the two groups' intervals at `confidence`."""
    la, ua = a.interval(confidence)
    lb, ub = b.interval(confidence)
    d = a.mean - b.mean
    return d, d - math.hypot(a.mean - la, ub - b.mean), d + math.hypot(ua - a.mean, b.mean - lb)


def _distance_from_zero(low: float, high: float) -> float:
    return 0.0 if low <= 0.0 <= high else min(abs(low), abs(high))


@dataclass(frozen=True)
class Gap:
    """A gap between a group and a reference, its interval, and which way it points."""

    group: str
    reference: str
    value: float
    low: float
    high: float
    signed: float


def largest_gap(stats: Sequence[GroupStat], *, measure: Measure, higher_is_favourable: bool,
                confidence: float = 0.95) -> Gap:
    """The largest gap between two groups (difference, or smallest ratio) with a simultaneous interval.

    `group` is the disadvantaged extreme (the lowest mean where higher is favourable, else the highest) and
    `reference` the advantaged one; `signed` is mean(group) - mean(reference).
    """
    if len(stats) < 2:
        raise ValueError("a gap needs at least two groups")
    low_first = sorted(stats, key=lambda s: (s.mean, s.group))
    bottom, top = low_first[0], low_first[-1]
    group, reference = (bottom, top) if higher_is_favourable else (top, bottom)
    signed = group.mean - reference.mean
    alpha = 1 - confidence
    if measure == "difference":
        pairs = len(stats) * (len(stats) - 1) // 2
        level = 1 - alpha / pairs
        lows, highs = [], []
        for a, b in itertools.combinations(stats, 2):
            _, lo, hi = difference_interval(a, b, level)
            lows.append(_distance_from_zero(lo, hi))
            highs.append(max(abs(lo), abs(hi)))
        value = top.mean - bottom.mean
        # Values lie in [0, 1]: no gap between two of their means exceeds 1.
        high = min(1.0, max(max(highs), value))
        return Gap(group.group, reference.group, value, min(max(lows), value), max(high, value), signed)
    # Ratio of the smallest mean to the largest: bounded by simultaneous intervals of every mean.
    level = 1 - alpha / len(stats)
    ends = [s.interval(level) for s in stats]
    lo_min = max(0.0, min(lo for lo, _ in ends))
    hi_min = max(0.0, min(hi for _, hi in ends))
    lo_max = max(0.0, max(lo for lo, _ in ends))
    hi_max = max(0.0, max(hi for _, hi in ends))
    value = ratio(bottom.mean, top.mean)
    low = 0.0 if hi_max == 0 else min(1.0, lo_min / hi_max)
    high = 1.0 if lo_max == 0 else min(1.0, hi_min / lo_max)
    return Gap(group.group, reference.group, value, min(low, value), max(high, value), signed)


def ratio(a: float, b: float) -> float:
    """min/max of two non-negative values; two zeros are equal, so their ratio is 1."""
    a, b = max(a, 0.0), max(b, 0.0)
    hi = max(a, b)
    return 1.0 if hi == 0 else min(a, b) / hi


def gaps_to_overall(stats: Sequence[GroupStat], values: dict[str, Sequence[float]], *, measure: Measure,
                    confidence: float = 0.95) -> list[Gap]:
    """Each group against the mean of everyone, with intervals that hold together over the groups.

    A difference is (1 - w) times the gap to the other groups (w the group's share), whose interval is the
    MOVER one; a ratio is bounded from simultaneous intervals of the group's mean and the other groups' mean.
    """
    total = sum(s.n for s in stats)
    overall = fmean(v for s in stats for v in values[s.group])
    alpha = 1 - confidence
    out = []
    for s in stats:
        signed = s.mean - overall
        rest = group_stat("rest", [v for other in stats if other.group != s.group for v in values[other.group]])
        share = s.n / total
        if measure == "difference":
            _, lo, hi = difference_interval(s, rest, 1 - alpha / len(stats))
            lo, hi = (1 - share) * lo, (1 - share) * hi
            value = abs(signed)
            out.append(Gap(s.group, "overall", value, min(_distance_from_zero(lo, hi), value),
                           max(min(1.0, max(abs(lo), abs(hi))), value), signed))
            continue
        # mean / overall = a / (w a + (1 - w) r): rising in the group's mean a, falling in the others' mean r;
        # both intervals (independent groups) hold together over all groups at 1 - alpha / (2 G) each.
        level = 1 - alpha / (2 * len(stats))
        lg, ug = (max(0.0, e) for e in s.interval(level))
        lr, ur = (max(0.0, e) for e in rest.interval(level))
        x_low, x_high = _share_ratio(lg, ur, share), _share_ratio(ug, lr, share)
        value = ratio(s.mean, overall)
        folded = (_fold(x_low), _fold(x_high))
        high = 1.0 if x_low <= 1.0 <= x_high else max(folded)
        out.append(Gap(s.group, "overall", value, min(min(folded), value), max(high, value), signed))
    return out


def _share_ratio(a: float, r: float, share: float) -> float:
    """a / (share a + (1 - share) r), infinite when the overall mean would be 0 and a is not."""
    den = share * a + (1 - share) * r
    if den <= 0:
        return 1.0 if a <= 0 else math.inf
    return a / den


def _fold(x: float) -> float:
    """min(x, 1/x): the ratio measure of a quotient x."""
    if x <= 0:
        return 0.0
    return 0.0 if math.isinf(x) else min(x, 1 / x)


def adjust_for_tasks(values: dict[str, list[tuple[float, str]]]) -> dict[str, list[float]]:
    """Each value minus its task's mean plus the grand mean, per group.

    Groups that see a different mix of tasks (a risk rating here, an approval there) are then compared within
    tasks: a model that treats every group alike shows no gap whatever the mix.
    """
    by_task: dict[str, list[float]] = {}
    for pairs in values.values():
        for value, task in pairs:
            by_task.setdefault(task, []).append(value)
    if len(by_task) <= 1 or len({_mix(pairs) for pairs in values.values()}) == 1:
        # One task, or every group sees the tasks in the same proportions: the mix cannot tell groups apart,
        # and the raw values (0/1 ones keep their exact intervals) give the same gaps.
        return {g: [v for v, _ in pairs] for g, pairs in values.items()}
    task_mean = {task: fmean(vs) for task, vs in by_task.items()}
    grand = fmean(v for vs in by_task.values() for v in vs)
    return {g: [v - task_mean[task] + grand for v, task in pairs] for g, pairs in values.items()}


def _mix(pairs: list[tuple[float, str]]) -> tuple[tuple[str, float], ...]:
    """The share of each task among a group's values, rounded so that equal mixes compare equal."""
    counts: dict[str, int] = {}
    for _, task in pairs:
        counts[task] = counts.get(task, 0) + 1
    return tuple(sorted((task, round(n / len(pairs), 9)) for task, n in counts.items()))
