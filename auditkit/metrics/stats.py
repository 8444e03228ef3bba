"""Confidence intervals: Wilson for rates, Student t for means, order statistics for quantiles."""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist, fmean, stdev

Z95 = NormalDist().inv_cdf(0.975)
# Two-sided 95% Student t critical values for 1..30 degrees of freedom; above 30 the normal value is close.
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042)


def wilson_bounds(p: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for an observed proportion p over n trials (n may be fractional)."""
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # Exact bounds at 0 and 1 avoid rounding noise such as -1e-17.
    low = 0.0 if p == 0 else max(0.0, centre - half)
    high = 1.0 if p == 1 else min(1.0, centre + half)
    return low, high


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion (95% by default)."""
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError("successes must lie in [0, n]")
    return wilson_bounds(successes / n, n, z)


def t_critical(df: int) -> float:
    """Two-sided 95% critical value of Student's t with `df` degrees of freedom."""
    if df < 1:
        raise ValueError("df must be at least 1")
    return _T95[df - 1] if df <= len(_T95) else Z95 + 2.4 / df  # close to the exact value above 30


def mean_interval(values: list[float], lower: float = 0.0, upper: float = 1.0) -> tuple[float, float, float]:
    """Mean with a 95% t interval, clipped to the score range; one value gives the whole range."""
    if not values:
        raise ValueError("no values")
    m = fmean(values)
    if len(values) == 1:
        return m, lower, upper
    half = t_critical(len(values) - 1) * stdev(values) / math.sqrt(len(values))
    return m, max(lower, m - half), min(upper, m + half)


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """The q-quantile of already sorted values, interpolating linearly (numpy's default, type 7)."""
    if not sorted_values:
        raise ValueError("no values")
    pos = q * (len(sorted_values) - 1)
    below = math.floor(pos)
    above = min(below + 1, len(sorted_values) - 1)
    return sorted_values[below] + (sorted_values[above] - sorted_values[below]) * (pos - below)


def _binomial_cdf(n: int, q: float) -> list[float]:
    """P(B <= k) for k = 0..n, B ~ Binomial(n, q)."""
    if q <= 0.0:
        return [1.0] * (n + 1)
    if q >= 1.0:
        return [0.0] * n + [1.0]
    log_q, log_r = math.log(q), math.log1p(-q)
    total, out = 0.0, []
    for k in range(n + 1):
        total += math.exp(math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1) + k * log_q
                          + (n - k) * log_r)
        out.append(min(1.0, total))
    return out


def quantile_interval(values: Sequence[float], q: float, confidence: float = 0.95, lower: float = 0.0,
                      upper: float = 1.0) -> tuple[float, float, float]:
    """The q-quantile with a distribution-free interval from order statistics (binomial method).

    The interval is [x_(l), x_(u)] with P(l <= B < u) >= confidence for B ~ Binomial(n, q); where no order
    statistic is far enough out (small n, extreme q) the score range's end stands in.
    """
    if not values:
        raise ValueError("no values")
    if not 0.0 <= q <= 1.0:
        raise ValueError("q must lie in [0, 1]")
    ordered = sorted(values)
    n = len(ordered)
    tail = (1 - confidence) / 2
    cdf = _binomial_cdf(n, q)
    # l: the largest rank with P(B < l) <= tail; u: the smallest rank with P(B >= u) <= tail (1-based ranks).
    low_rank = max((k + 1 for k in range(n) if cdf[k] <= tail), default=0)
    high_rank = min((k + 1 for k in range(n) if 1 - cdf[k] <= tail), default=n + 1)
    low = ordered[low_rank - 1] if low_rank >= 1 else lower
    high = ordered[high_rank - 1] if high_rank <= n else upper
    return quantile(ordered, q), low, high
