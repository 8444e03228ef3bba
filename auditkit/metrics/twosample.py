"""Two-sample comparisons of rates: Newcombe's interval for a difference, the two-proportion z test."""

from __future__ import annotations

import math
from statistics import NormalDist

from auditkit.metrics.stats import Z95, wilson_interval

_NORMAL = NormalDist()


def newcombe_interval(x1: int, n1: int, x2: int, n2: int, z: float = Z95) -> tuple[float, float, float]:
    """p1 - p2 with Newcombe's hybrid score interval (method 10, from two Wilson intervals)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson_interval(x1, n1, z)
    l2, u2 = wilson_interval(x2, n2, z)
    diff = p1 - p2
    low = diff - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = diff + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return diff, max(-1.0, low), min(1.0, high)


def two_proportion_test(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    """Pooled two-proportion z test of p1 == p2: (z, two-sided p-value)."""
    if n1 <= 0 or n2 <= 0:
        raise ValueError("both samples need n > 0")
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    diff = x1 / n1 - x2 / n2
    if se == 0.0:
        # Both samples all 0 or all 1: identical, and no evidence of any difference.
        return 0.0, 1.0
    z = diff / se
    return z, min(1.0, 2 * (1 - _NORMAL.cdf(abs(z))))


def newcombe_p_value(x1: int, n1: int, x2: int, n2: int, margin: float = 0.0) -> float:
    """One-sided p-value for p1 - p2 > margin, by inverting Newcombe's interval.

    It is the level at which the one-sided Newcombe bound just touches the margin, so p < alpha exactly when
    the (1 - 2 alpha) two-sided interval lies wholly above the margin: the test and the interval always agree.
    """
    diff = x1 / n1 - x2 / n2

    def low(z: float) -> float:
        return newcombe_interval(x1, n1, x2, n2, z)[1]

    def high(z: float) -> float:
        return newcombe_interval(x1, n1, x2, n2, z)[2]

    if diff == margin:
        return 0.5
    above = diff > margin
    edge = low if above else high
    # The bound moves monotonically away from the estimate as z grows; find where it reaches the margin.
    lo, hi = 0.0, 1.0
    while (edge(hi) > margin) == above and hi < 40:
        hi *= 2
    for _ in range(80):
        mid = (lo + hi) / 2
        if (edge(mid) > margin) == above:
            lo = mid
        else:
            hi = mid
    tail = 1 - _NORMAL.cdf(lo)
    return tail if above else 1 - tail
