"""Statistical power of the tests behind policy rules: statsmodels' normal power formulas, in closed form.

Rates are one-sample tests of a proportion against a bound, with Cohen's h as the effect size
(`proportion_effectsize`) and `NormalIndPower` with ratio 0 (its one-sample form). Gaps between groups are
two-sample tests of a difference beyond a margin, standardised by the largest standard deviation a value in
[0, 1] can have (0.5, a rate at one half), so the sample sizes they give are upper bounds. Every test is one-sided
at `alpha`: 0.025 matches a rule that reads a two-sided 95% interval; 0.5 matches a rule that reads its point
estimate (the estimate beyond the bound is the whole test).

The formulas are statsmodels' (`normal_power`, `NormalIndPower.power` and `solve_power`), written out in closed
form with the standard library's normal distribution: `auditkit run` sizes its policy's rules before it sends
anything, and importing statsmodels (with scipy and pandas) took seconds of that. A test holds them to
statsmodels' figures.
"""

from __future__ import annotations

import math
from statistics import NormalDist
from typing import Any

MAX_SD = 0.5
"""The largest standard deviation of a value in [0, 1]: a 0/1 value at rate one half."""
MAX_N = 10_000_000
_NORMAL = NormalDist()


def _effective_n(nobs1: float, ratio: float) -> float:
    # NormalIndPower: one sample when ratio is 0, else n1*n2/(n1+n2) with n2 = ratio * n1.
    return nobs1 if ratio == 0 else 1.0 / (1.0 / nobs1 + 1.0 / (nobs1 * ratio))


def _power(effect: float, nobs1: float, alpha: float, ratio: float) -> float:
    """statsmodels' NormalIndPower().power(..., alternative="larger"): sf(isf(alpha) - effect * sqrt(n))."""
    return _NORMAL.cdf(effect * math.sqrt(_effective_n(nobs1, ratio)) + _NORMAL.inv_cdf(alpha))


def _solve_n(effect: float, alpha: float, power: float, ratio: float) -> float:
    """The nobs1 at which _power reaches `power`: what statsmodels' solve_power finds by root search, except that
    its search starts at 2 and gives up (nan) on a smaller answer, which this gives."""
    if not 0.0 < power < 1.0:
        raise ValueError("power must lie in (0, 1)")
    reach = _NORMAL.inv_cdf(power) - _NORMAL.inv_cdf(alpha)
    if reach <= 0:
        return math.nan  # power <= alpha: no sample size is the answer (statsmodels' search fails the same way)
    n = (reach / effect) ** 2
    return n if ratio == 0 else n * (1.0 + ratio) / ratio


def rate_effect(true_rate: float, bound: float) -> float:
    """Cohen's h between the true rate and the bound (statsmodels' proportion_effectsize), as a magnitude."""
    p1, p2 = min(max(true_rate, 0.0), 1.0), min(max(bound, 0.0), 1.0)
    return abs(2.0 * (math.asin(math.sqrt(p1)) - math.asin(math.sqrt(p2))))


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha <= 0.5:
        raise ValueError("alpha must lie in (0, 0.5]")


def rate_power(n: int, true_rate: float, bound: float, *, alpha: float = 0.025) -> float:
    """Chance that n attempts show a rate on the true rate's side of the bound (one-sided test at alpha)."""
    _check_alpha(alpha)
    effect = rate_effect(true_rate, bound)
    if n <= 0 or effect == 0.0:
        return alpha if n > 0 else 0.0
    return _power(effect, n, alpha, 0)


def rate_n(true_rate: float, bound: float, *, alpha: float = 0.025, power: float = 0.8) -> int | None:
    """Attempts for `power` to show the true rate on its side of the bound; None when they are equal."""
    _check_alpha(alpha)
    effect = rate_effect(true_rate, bound)
    if effect == 0.0:
        return None
    return _ceil(_solve_n(effect, alpha, power, 0))


def gap_effect(excess: float, sd: float = MAX_SD) -> float:
    """Standardised effect of a gap `excess` beyond its margin: excess / sd."""
    return abs(excess) / sd


def gap_power(n1: int, n2: int, excess: float, *, alpha: float = 0.025, sd: float = MAX_SD) -> float:
    """Chance that groups of n1 and n2 values show a gap beyond its margin when the true gap exceeds it by
    `excess` (two-sample, one-sided at alpha, values in [0, 1] with standard deviation at most `sd`)."""
    _check_alpha(alpha)
    if n1 <= 0 or n2 <= 0:
        return 0.0
    effect = gap_effect(excess, sd)
    if effect == 0.0:
        return alpha
    return _power(effect, n1, alpha, n2 / n1)


def gap_n(excess: float, *, ratio: float = 1.0, alpha: float = 0.025, power: float = 0.8,
          sd: float = MAX_SD) -> int | None:
    """Values the first group needs (the second has `ratio` times as many) for `power` against a gap that
    exceeds its margin by `excess`; None when the excess is 0."""
    _check_alpha(alpha)
    effect = gap_effect(excess, sd)
    if effect == 0.0 or ratio <= 0:
        return None
    return _ceil(_solve_n(effect, alpha, power, ratio))


def _ceil(n: Any) -> int | None:
    value = float(n[0] if hasattr(n, "__len__") else n)
    if math.isnan(value) or value > MAX_N:
        return None
    # Solvers stop a hair past the integer they converge to; 1e-6 keeps 98.0000001 at 98.
    return max(1, math.ceil(value - 1e-6))
