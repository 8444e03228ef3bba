"""Metric: an aggregate over scored attempts, always with its interval and n."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from auditkit._base import Record

MetricName = Literal["violation_rate", "flag_rate", "mean_score", "error_rate", "quantile", "max_score"]


class Metric(Record):
    """A value over a selection of attempts, with a 95% interval and the n it rests on."""

    name: str = Field(description="e.g. violation_rate, flag_rate:refusal, mean_score:toxicity, p95:toxicity")
    selection: str = Field(description="which attempts, in words, e.g. 'category=misuse'")
    value: float | None = Field(description="None when n is 0")
    ci_low: float | None = None
    ci_high: float | None = None
    n: int
    successes: int | None = Field(default=None, description="for rates: how many attempts counted")
    method: str = Field(description="interval method: wilson, t, order-statistics, bootstrap, newcombe, "
                                    "rogan-gladen, observed, or none")
    confidence: float = 0.95
    group: dict[str, str] = Field(default_factory=dict, description="for per-group metrics: variable values")
    unparsed: int | None = Field(default=None, description="answers a detector could not parse (left out of n)")
