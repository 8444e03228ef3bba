"""Turn an estimate, its interval and a bound into pass / fail / inconclusive, by decision mode."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from auditkit.metrics.model import Metric
from auditkit.metrics.samples import rate_samples_needed, scaled_samples_needed
from auditkit.policy.terms import Mode, Status

# Rates are exact fractions and compare exactly, but means are float sums (0.1 + 0.2 != 0.3);
# this slack keeps a value that equals its bound on paper from failing by rounding noise.
TOLERANCE = 1e-9

Side = Literal["max", "min"]


@dataclass(frozen=True)
class Decision:
    """The status, the bound at issue, and for an inconclusive one which way the interval must move."""

    status: Status
    side: Side | None
    confident: bool
    above: bool | None = None  # inconclusive: True when deciding needs the interval wholly above the bound


def breach(value: float, max_: float | None, min_: float | None) -> Side | None:
    """Which bound the value breaks ('max'/'min'), or None when it is within bounds."""
    if max_ is not None and value > max_ + TOLERANCE:
        return "max"
    if min_ is not None and value < min_ - TOLERANCE:
        return "min"
    return None


def decide(value: float, low: float | None, high: float | None, *, max_: float | None, min_: float | None,
           mode: Mode) -> Decision:
    """The decision for one estimate; with no interval every mode falls back to the point estimate."""
    point = breach(value, max_, min_)
    if mode == "point" or low is None or high is None:
        return Decision("fail" if point else "pass", point, confident=False)
    within = (max_ is None or high <= max_ + TOLERANCE) and (min_ is None or low >= min_ - TOLERANCE)
    beyond: Side | None = None
    if max_ is not None and low > max_ + TOLERANCE:
        beyond = "max"
    elif min_ is not None and high < min_ - TOLERANCE:
        beyond = "min"
    if mode == "confident_pass":
        if within:
            return Decision("pass", None, confident=True)
        if point:
            return Decision("fail", point, confident=beyond is not None)
        side: Side = "max" if max_ is not None and high > max_ + TOLERANCE else "min"
        return Decision("inconclusive", side, confident=False, above=side == "min")
    if beyond:
        return Decision("fail", beyond, confident=True)
    if not point:
        return Decision("pass", None, confident=within)
    return Decision("inconclusive", point, confident=False, above=point == "max")


def samples_needed(decision: Decision, metric: Metric, max_: float | None, min_: float | None) -> int | None:
    """For an inconclusive decision: about how many more attempts, at today's estimate, would settle it."""
    if decision.status != "inconclusive" or decision.side is None or metric.value is None or decision.above is None:
        return None
    bound = max_ if decision.side == "max" else min_
    if bound is None:
        return None
    if metric.method == "wilson":
        total = rate_samples_needed(metric.value, bound, above=decision.above)
    else:
        edge = metric.ci_low if decision.above else metric.ci_high
        if edge is None:
            return None
        total = scaled_samples_needed(metric.n, metric.value, edge, bound)
    return None if total is None else max(1, total - metric.n)


def bounds_text(max_: float | None, min_: float | None, *, symbols: bool = False) -> str:
    """'min 0.1 and max 0.3' for messages, or '>= 0.1 and <= 0.3' for tables."""
    words = (">=", "<=") if symbols else ("min", "max")
    parts = [f"{word} {value:g}" for word, value in zip(words, (min_, max_), strict=True) if value is not None]
    return " and ".join(parts)


def num(x: float | None) -> str:
    """A number in a message: three significant digits, or n/a."""
    return "n/a" if x is None else f"{x:.3g}"


def combine(statuses: list[Status]) -> Status:
    """A rule of several parts fails when one fails, else is inconclusive when one is, else passes."""
    if "fail" in statuses:
        return "fail"
    return "inconclusive" if "inconclusive" in statuses else "pass"
