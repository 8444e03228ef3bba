"""Confidence intervals: Wilson for rates, Student t for means."""

from __future__ import annotations

import math
from statistics import NormalDist, fmean, stdev

Z95 = NormalDist().inv_cdf(0.975)
# Two-sided 95% Student t critical values for 1..30 degrees of freedom; above 30 the normal value is close.
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042)


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion (95% by default)."""
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError("successes must lie in [0, n]")
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # Exact bounds at 0 and n avoid rounding noise such as -1e-17.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


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
