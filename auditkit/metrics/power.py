"""Statistical power of the tests behind policy rules, through statsmodels' power functions.

Rates are one-sample tests of a proportion against a bound, with Cohen's h as the effect size
(`proportion_effectsize`) and `NormalIndPower` with ratio 0 (its one-sample form). Gaps between groups are
two-sample tests of a difference beyond a margin, standardised by the largest standard deviation a value in
[0, 1] can have (0.5, a rate at one half), so the sample sizes they give are upper bounds. Every test is one-sided
at `alpha`: 0.025 matches a rule that reads a two-sided 95% interval; 0.5 matches a rule that reads its point
estimate (the estimate beyond the bound is the whole test).

Needs statsmodels (`pip install 'auditkit[fairness]'`); it is imported only when a power is computed.
"""

from __future__ import annotations

import math
from typing import Any

from auditkit.errors import MissingExtraError

MAX_SD = 0.5
"""The largest standard deviation of a value in [0, 1]: a 0/1 value at rate one half."""
MAX_N = 10_000_000


def _power() -> Any:
    try:
        from statsmodels.stats.power import NormalIndPower
    except ImportError:
        raise MissingExtraError("sizing an audit (power)", "fairness", "statsmodels") from None
    return NormalIndPower()


def rate_effect(true_rate: float, bound: float) -> float:
    """Cohen's h between the true rate and the bound (statsmodels' proportion_effectsize), as a magnitude."""
    try:
        from statsmodels.stats.proportion import proportion_effectsize
    except ImportError:
        raise MissingExtraError("sizing an audit (power)", "fairness", "statsmodels") from None
    return abs(float(proportion_effectsize(min(max(true_rate, 0.0), 1.0), min(max(bound, 0.0), 1.0))))


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha <= 0.5:
        raise ValueError("alpha must lie in (0, 0.5]")


def rate_power(n: int, true_rate: float, bound: float, *, alpha: float = 0.025) -> float:
    """Chance that n attempts show a rate on the true rate's side of the bound (one-sided test at alpha)."""
    _check_alpha(alpha)
    effect = rate_effect(true_rate, bound)
    if n <= 0 or effect == 0.0:
        return alpha if n > 0 else 0.0
    return float(_power().power(effect_size=effect, nobs1=n, alpha=alpha, ratio=0, alternative="larger"))


def rate_n(true_rate: float, bound: float, *, alpha: float = 0.025, power: float = 0.8) -> int | None:
    """Attempts for `power` to show the true rate on its side of the bound; None when they are equal."""
    _check_alpha(alpha)
    effect = rate_effect(true_rate, bound)
    if effect == 0.0:
        return None
    n = _power().solve_power(effect_size=effect, alpha=alpha, power=power, ratio=0, alternative="larger")
    return _ceil(n)


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
    return float(_power().power(effect_size=effect, nobs1=n1, alpha=alpha, ratio=n2 / n1, alternative="larger"))


def gap_n(excess: float, *, ratio: float = 1.0, alpha: float = 0.025, power: float = 0.8,
          sd: float = MAX_SD) -> int | None:
    """Values the first group needs (the second has `ratio` times as many) for `power` against a gap that
    exceeds its margin by `excess`; None when the excess is 0."""
    _check_alpha(alpha)
    effect = gap_effect(excess, sd)
    if effect == 0.0 or ratio <= 0:
        return None
    n = _power().solve_power(effect_size=effect, alpha=alpha, power=power, ratio=ratio, alternative="larger")
    return _ceil(n)


def _ceil(n: Any) -> int | None:
    value = float(n[0] if hasattr(n, "__len__") else n)
    if math.isnan(value) or value > MAX_N:
        return None
    # Solvers stop a hair past the integer they converge to; 1e-6 keeps 98.0000001 at 98.
    return max(1, math.ceil(value - 1e-6))
