"""How numbers and texts look in every rendering: reports, the terminal, CI summaries.

Every rate and score lies in [0, 1]; three decimals everywhere keep columns comparable across reports, the
terminal tables and CI summaries.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from auditkit.metrics.model import Metric

DASH = "—"
PROMPT_EXCERPT_CHARS = 1000


def num(value: float | None, *, signed: bool = False, missing: str = DASH) -> str:
    """A number with three decimals (`+` or `-` in front when `signed`), or `missing` for none."""
    if value is None:
        return missing
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def interval(low: float | None, high: float | None, *, signed: bool = False) -> str:
    """`[low, high]` with three decimals, or a dash when either end is missing."""
    if low is None or high is None:
        return DASH
    return f"[{num(low, signed=signed)}, {num(high, signed=signed)}]"


def pvalue(value: float | None, *, spaced: bool = True) -> str:
    """A p-value with three decimals; below 0.001 as `< 0.001` (`<0.001` when not `spaced`)."""
    if value is None:
        return DASH
    return ("< 0.001" if spaced else "<0.001") if value < 0.001 else num(value)


def metric_ci(metric: Metric | None) -> str:
    """A metric's 95% interval, or a dash."""
    return DASH if metric is None else interval(metric.ci_low, metric.ci_high)


def metric_value(metric: Metric | None) -> str:
    """A metric's value, or a dash."""
    return DASH if metric is None else num(metric.value)


def metric_n(metric: Metric | None) -> str:
    """A metric's n, or a dash."""
    return DASH if metric is None else str(metric.n)


def excerpt(text: str, limit: int = PROMPT_EXCERPT_CHARS) -> str:
    """`text` cut to `limit` characters, with an ellipsis where it was cut."""
    return text if len(text) <= limit else text[:limit] + "…"


def plain(value: Any) -> str:
    """A target-description value as one string; nested values as compact, sorted JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
