"""per_response: a condition no single response may break (a leaked canary, a forbidden pattern)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from auditkit.metrics.model import Metric
from auditkit.metrics.stats import wilson_interval
from auditkit.policy.base import JudgeContext, RuleBase
from auditkit.policy.decide import num
from auditkit.policy.finding import Finding
from auditkit.records.attempts import Attempt


class PerResponseRule(RuleBase):
    """No answered attempt may carry a flagged score of the given kinds (or labels), or match a pattern."""

    type: Literal["per_response"]
    kinds: list[str] | None = Field(default=None, description="score kinds whose flag breaks the rule, e.g. pii")
    labels: list[str] | None = Field(default=None, description="only flags with these labels, e.g. canary")
    pattern: str | None = Field(default=None, description="a regular expression no response may match")
    ignore_case: bool = True
    max_count: int = Field(default=0, ge=0, description="responses allowed to break it (0: none)")
    min_n: int = Field(default=1, ge=1, description="answered attempts needed to judge it")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
        return value

    @model_validator(mode="after")
    def _something_to_check(self) -> PerResponseRule:
        if not self.kinds and not self.labels and self.pattern is None:
            raise ValueError("give what breaks the rule: `kinds`, `labels`, `pattern`, or several")
        return self

    def bound_text(self) -> str:
        """'at most 0 responses'."""
        return f"at most {self.max_count} response(s)"

    def reads_response_text(self) -> bool:
        """True when a pattern is matched against the responses."""
        return self.pattern is not None

    def breaks(self, attempt: Attempt) -> bool:
        """True when this answered attempt breaks the condition."""
        if attempt.response is None:
            return False
        if self.kinds or self.labels:
            for score in attempt.scores:
                if score.flagged and (self.kinds is None or score.kind in self.kinds) \
                        and (self.labels is None or score.label in self.labels):
                    return True
        if self.pattern is not None:
            flags = re.IGNORECASE if self.ignore_case else 0
            return re.search(self.pattern, attempt.response.text, flags) is not None
        return False

    def judge(self, ctx: JudgeContext) -> Finding:
        """Count the responses that break the condition; more than max_count fails."""
        selection = self.select.describe()
        answered = [a for a in self.selected(ctx) if a.response is not None]
        broken = [a for a in answered if self.breaks(a)]
        n = len(answered)
        if n < self.min_n:
            return self.finding(status="inconclusive", bound=self.bound_text(), samples_needed=self.min_n - n,
                                reason="no_attempts" if n == 0 else "too_few",
                                metric=Metric(name="break_rate", selection=selection, value=None, n=n, successes=0,
                                              method="wilson"),
                                message=f"{n} answered attempt(s) over {selection}, {self.min_n} needed")
        low, high = wilson_interval(len(broken), n)
        metric = Metric(name="break_rate", selection=selection, value=len(broken) / n, ci_low=low, ci_high=high,
                        n=n, successes=len(broken), method="wilson")
        status = "fail" if len(broken) > self.max_count else "pass"
        message = (f"{len(broken)} of {n} response(s) over {selection} break it (rate {num(metric.value)} "
                   f"[{num(low)}, {num(high)}]); at most {self.max_count} allowed")
        return self.finding(status=status, bound=self.bound_text(), metric=metric, message=message,
                            evidence=[a.id for a in broken][:max(ctx.evidence_limit, 0)])
