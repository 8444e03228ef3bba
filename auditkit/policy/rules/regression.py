"""regression: against a baseline run, the candidate may not be worse by more than a margin."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from auditkit.metrics.bootstrap import DEFAULT_N_BOOT, DEFAULT_SEED
from auditkit.metrics.compute import compute_metric, metric_name
from auditkit.metrics.diff import difference
from auditkit.metrics.model import Metric
from auditkit.policy.base import JudgeContext, RuleBase
from auditkit.policy.decide import decide, num, samples_needed
from auditkit.policy.finding import Finding
from auditkit.policy.rules.threshold import metric_words
from auditkit.policy.terms import InconclusiveAction, Mode


class RegressionRule(RuleBase):
    """The candidate's metric is not worse than the baseline run's by more than `margin`."""

    type: Literal["regression"]
    metric: Literal["violation_rate", "flag_rate", "mean_score", "error_rate"]
    kind: str | None = None
    margin: float = Field(default=0.0, ge=0, description="how much worse the candidate may be (absolute)")
    higher_is_better: bool = Field(default=False, description="true for metrics where a rise is an improvement")
    alpha: float = Field(default=0.025, gt=0, lt=0.5, description="one-sided level of the test; the difference "
                                                                  "interval shown has confidence 1 - 2 alpha")
    mode: Mode = Field(default="confident_fail", description="confident_fail: fail when the test shows the "
                                                             "candidate worse by more than the margin")
    min_n: int = Field(default=1, ge=1, description="usable attempts each run needs")
    on_no_baseline: InconclusiveAction | None = Field(
        default=None, description="what the finding does to the gate when no baseline run was given (a first "
                                  "release has none); default: the rule's on_inconclusive")
    n_boot: int = Field(default=DEFAULT_N_BOOT, ge=100, le=100_000, description="bootstrap rounds for means")
    seed: int = DEFAULT_SEED

    @model_validator(mode="after")
    def _check(self) -> RegressionRule:
        if self.metric in ("flag_rate", "mean_score") and not self.kind:
            raise ValueError(f"metric {self.metric!r} needs `kind`")
        if self.metric in ("violation_rate", "error_rate") and self.kind:
            raise ValueError(f"metric {self.metric!r} takes no `kind`")
        return self

    def bound_text(self) -> str:
        """'worse by <= 0.02 vs baseline'."""
        return f"worse by <= {self.margin:g} vs baseline"

    def judge(self, ctx: JudgeContext) -> Finding:
        """Compare the selection in this run with the same selection in the baseline run."""
        selection = self.select.describe()
        words = metric_words(self.metric, self.kind)
        if ctx.baseline is None:
            return self.finding(status="inconclusive", bound=self.bound_text(), mode=self.mode, reason="no_baseline",
                                message=f"{words} over {selection}: no baseline run to compare with "
                                        "(give one with `auditkit gate --baseline RUN` or `auditkit diff`)")
        candidate = self.selected(ctx)
        baseline = [a for a in ctx.baseline.attempts if self.select.matches(a)]
        cand = compute_metric(candidate, metric=self.metric, kind=self.kind, selection=f"{selection} (candidate)")
        base = compute_metric(baseline, metric=self.metric, kind=self.kind, selection=f"{selection} (baseline)")
        common = {"bound": self.bound_text(), "mode": self.mode, "baseline": ctx.baseline.label,
                  "metrics": [base, cand]}
        if min(cand.n, base.n) < self.min_n:
            return self.finding(status="inconclusive", samples_needed=self.min_n - min(cand.n, base.n),
                                reason="no_attempts" if min(cand.n, base.n) == 0 else "too_few",
                                message=f"{words} over {selection}: {base.n} baseline and {cand.n} candidate "
                                        f"usable attempt(s), {self.min_n} needed in each", **common)
        found = difference(baseline, candidate, metric=self.metric, kind=self.kind, confidence=1 - 2 * self.alpha,
                           n_boot=self.n_boot, seed=self.seed)
        assert found is not None  # both sides have usable attempts
        sign = -1 if self.higher_is_better else 1
        worse, low, high = sign * found.value, min(sign * found.low, sign * found.high), max(sign * found.low,
                                                                                           sign * found.high)
        p = found.p_worse(self.margin, sign)
        level = round(100 * (1 - 2 * self.alpha), 2)
        metric = Metric(name=f"worsening:{metric_name(self.metric, self.kind)}", selection=selection, value=worse,
                        ci_low=low, ci_high=high, n=cand.n, method=found.method, confidence=1 - 2 * self.alpha)
        decision = decide(worse, low, high, max_=self.margin, min_=None, mode=self.mode)
        needed = samples_needed(decision, metric, self.margin, None)
        verdict = {"pass": "within", "fail": "beyond", "inconclusive": "undecided against"}[decision.status]
        message = (f"{words} {num(base.value)} -> {num(cand.value)} (baseline {ctx.baseline.label}, n={base.n} -> "
                   f"{cand.n}); worse by {num(worse)} [{num(low)}, {num(high)}] ({level:g}% {found.method}), "
                   f"p={num(p)} for 'worse by more than {self.margin:g}': {verdict} the margin (mode {self.mode})")
        evidence = [a.id for a in candidate if a.verdict == "violation"] if self.metric == "violation_rate" else []
        return self.finding(status=decision.status, metric=metric, message=message, p_value=p,
                            samples_needed=needed, evidence=evidence[:max(ctx.evidence_limit, 0)], **common)

