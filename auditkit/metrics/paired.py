"""Paired comparisons of rates (the same items measured twice): Newcombe's paired interval, exact McNemar."""

from __future__ import annotations

import math

from auditkit.metrics.stats import Z95, _binomial_cdf, wilson_interval


def newcombe_paired_interval(both: int, first_only: int, second_only: int, neither: int,
                             z: float = Z95) -> tuple[float, float, float]:
    """p1 - p2 for paired binary outcomes with Newcombe's (1998) method 10 interval (Wilson hybrid with phi).

    `first_only` counts pairs where only the first measurement is 1, `second_only` where only the second is;
    p1 = (both + first_only) / n and p2 = (both + second_only) / n.
    """
    a, b, c, d = both, first_only, second_only, neither
    n = a + b + c + d
    if n <= 0:
        raise ValueError("no pairs")
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = wilson_interval(a + b, n, z)
    l2, u2 = wilson_interval(a + c, n, z)
    denominator = (a + b) * (c + d) * (a + c) * (b + d)
    # Newcombe's correlation estimate: a positive cross-product is reduced by n/2 (and floored at 0), as in
    # his paper and Altman et al., Statistics with Confidence (2000), p. 52.
    cross = a * d - b * c
    cross = cross - n / 2 if cross > n / 2 else (cross if cross < 0 else 0.0)
    phi = cross / math.sqrt(denominator) if denominator else 0.0
    diff = p1 - p2
    below = math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    above = math.sqrt(max(0.0, (u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2))
    return diff, max(-1.0, diff - below), min(1.0, diff + above)


def mcnemar_exact(first_only: int, second_only: int) -> float:
    """Two-sided exact McNemar p-value: the discordant pairs against Binomial(b + c, 1/2)."""
    if first_only < 0 or second_only < 0:
        raise ValueError("counts must be non-negative")
    discordant = first_only + second_only
    if discordant == 0:
        return 1.0
    tail = _binomial_cdf(discordant, 0.5)[min(first_only, second_only)]
    return min(1.0, 2 * tail)
