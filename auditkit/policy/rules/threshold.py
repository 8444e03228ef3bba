"""threshold: a metric over selected attempts must stay within a bound."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from auditkit.metrics.compute import attempt_value, compute_metric
from auditkit.policy.base import JudgeContext, RuleBase
from auditkit.policy.decide import (
    TOLERANCE,
    Decision,
    bounds_text,
    decide,
    num,
    samples_needed,
)
from auditkit.policy.finding import Finding
from auditkit.policy.rules.correction import correct_rate
from auditkit.policy.terms import Mode
from auditkit.records.attempts import Attempt

ThresholdMetric = Literal["violation_rate", "flag_rate", "mean_score", "error_rate", "quantile", "max_score"]


def metric_words(metric: str, kind: str | None, q: float | None = None) -> str:
    """The metric in words: 'violation rate', 'refusal flag rate', 'mean toxicity score', 'p95 toxicity score'."""
    if metric == "flag_rate":
        return f"{kind} flag rate"
    if metric == "mean_score":
        return f"mean {kind} score"
    if metric == "quantile":
        return f"p{(q or 0) * 100:g} {kind} score"
    if metric == "max_score":
        return f"max {kind} score"
    return metric.replace("_", " ")


class ThresholdRule(RuleBase):
    """A metric over selected attempts must stay within a bound."""

    type: Literal["threshold"] = "threshold"
    metric: ThresholdMetric
    kind: str | None = Field(default=None, description="score kind for flag_rate and the score metrics, "
                                                       "e.g. refusal or toxicity")
    q: float | None = Field(default=None, gt=0, lt=1, description="for metric quantile: which, e.g. 0.95")
    max: float | None = None
    min: float | None = None
    min_n: int = Field(default=1, ge=1, description="fewer attempts than this make the finding inconclusive")
    mode: Mode = Field(default="point", description="point, confident_pass or confident_fail")
    correction: Literal["none", "rogan_gladen", "review"] = Field(
        default="none", description="rogan_gladen: judge the rate corrected with the deciding detector's card; "
        "review: judge the rate corrected by this run's human review (reviews.jsonl), inconclusive without one")

    @model_validator(mode="after")
    def _check(self) -> ThresholdRule:
        if self.max is None and self.min is None:
            raise ValueError("give a bound: `max`, `min`, or both")
        if self.metric in ("flag_rate", "mean_score", "quantile", "max_score") and not self.kind:
            raise ValueError(f"metric {self.metric!r} needs `kind` (the score kind, e.g. refusal or toxicity)")
        if self.metric in ("violation_rate", "error_rate") and self.kind:
            raise ValueError(f"metric {self.metric!r} takes no `kind`")
        if (self.metric == "quantile") != (self.q is not None):
            raise ValueError("`q` goes with metric quantile, and metric quantile needs `q` (e.g. 0.95)")
        if self.correction != "none" and self.metric not in ("violation_rate", "flag_rate"):
            raise ValueError("`correction` applies to violation_rate and flag_rate")
        return self

    def bound_text(self) -> str:
        """The bound in words, e.g. '<= 0.05'."""
        return bounds_text(self.max, self.min, symbols=True)

    def judge(self, ctx: JudgeContext) -> Finding:
        """Compute the metric over the selection and compare it with the bound by the rule's mode."""
        selected = self.selected(ctx)
        selection = self.select.describe()
        metric = compute_metric(selected, metric=self.metric, kind=self.kind, selection=selection, q=self.q)
        words = metric_words(self.metric, self.kind, self.q)
        bounds = bounds_text(self.max, self.min)
        common = {"bound": self.bound_text(), "metric": metric, "mode": self.mode}
        unparsed = f"; {metric.unparsed} unparsed answer(s) left out" if metric.unparsed else ""
        if metric.value is None or metric.n < self.min_n:
            message = (f"{words} over {selection}: {metric.n} usable attempt(s) of {len(selected)} selected, "
                       f"{self.min_n} needed; cannot judge {bounds}{unparsed}")
            return self.finding(status="inconclusive", message=message, samples_needed=self.min_n - metric.n,
                                reason="no_attempts" if metric.n == 0 else "too_few",
                                evidence=self._evidence(selected, "max" if self.max is not None else "min",
                                                        ctx.evidence_limit), **common)
        judged, corrected, note = metric, None, ""
        if self.correction == "review":
            found = ctx.review.corrected(selected, metric=self.metric, kind=self.kind, selection=selection) \
                if ctx.review is not None else None
            if found is None or found.corrected is None:
                why = found.note if found is not None else "the run has no reviews.jsonl"
                message = (f"{words} {num(metric.value)} [{num(metric.ci_low)}, {num(metric.ci_high)}] "
                           f"(n={metric.n}); the rule judges the rate corrected by human review, and there is "
                           f"none to use ({why}); review a sample with `auditkit view RUN --review`")
                return self.finding(status="inconclusive", message=message, reason="no_review",
                                    evidence=self._evidence(selected, "max" if self.max is not None else "min",
                                                            ctx.evidence_limit), **common)
            judged = corrected = found.corrected
            note = (f"; corrected by review {num(corrected.value)} [{num(corrected.ci_low)}, "
                    f"{num(corrected.ci_high)}] ({found.note})")
        elif self.correction == "rogan_gladen":
            result = correct_rate(metric, self.metric, self.kind, selected, ctx)
            corrected, note = result.metric, f"; {result.note}"
            if corrected is not None:
                judged = corrected
                note = (f"; corrected {num(corrected.value)} [{num(corrected.ci_low)}, {num(corrected.ci_high)}] "
                        f"({result.note})")
        assert judged.value is not None
        decision = decide(judged.value, judged.ci_low, judged.ci_high, max_=self.max, min_=self.min, mode=self.mode)
        head = f"{words} {num(metric.value)} [{num(metric.ci_low)}, {num(metric.ci_high)}] (n={metric.n})"
        message = head + note + self._verdict_words(decision, judged.value, bounds) + unparsed
        needed = samples_needed(decision, judged, self.max, self.min)
        direction = decision.side or ("max" if self.max is not None else "min")
        return self.finding(status=decision.status, message=message, corrected=corrected, samples_needed=needed,
                            evidence=self._evidence(selected, direction, ctx.evidence_limit), **common)

    def _verdict_words(self, decision: Decision, value: float, bounds: str) -> str:
        if decision.status == "inconclusive":
            if self.mode == "confident_pass":
                return f" within {bounds}, but the 95% interval reaches beyond it (mode confident_pass)"
            return f" breaks {bounds}, but the 95% interval reaches back within it (mode confident_fail)"
        if decision.status == "pass":
            extra = "; the whole 95% interval is within it" if self.mode == "confident_pass" else ""
            return f" within {bounds}{extra}"
        side = decision.side or "max"
        limit = self.max if side == "max" else self.min
        words = f" {'exceeds' if side == 'max' else 'is below'} {side} {limit:g}"
        return words + ("; the whole 95% interval is beyond it" if self.mode == "confident_fail" else "")

    def _evidence(self, attempts: list[Attempt], direction: str, limit: int) -> list[str]:
        """Ids of up to `limit` attempts that show the problem; `attempts` are in index order."""
        if limit <= 0:
            return []
        scored = [(v, a) for a in attempts if (v := attempt_value(a, self.metric, self.kind)) is not None]
        if self.metric in ("violation_rate", "error_rate"):
            hits = [a for v, a in scored if v == 1.0]
        elif self.metric == "flag_rate":
            # Under a max bound the flagged attempts are the problem; under a min bound the unflagged ones.
            hits = [a for v, a in scored if (v == 1.0) == (direction == "max")]
        else:
            # Score metrics: attempts whose own score lies beyond the bound, most extreme first, ties in index
            # order (sorted is stable).
            if direction == "max":
                beyond = [(-v, a) for v, a in scored if v > (self.max or 0.0) + TOLERANCE]
            else:
                beyond = [(v, a) for v, a in scored if v < (self.min or 0.0) - TOLERANCE]
            hits = [a for _, a in sorted(beyond, key=lambda pair: pair[0])]
        return [a.id for a in hits[:limit]]
