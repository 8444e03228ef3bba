"""Size an audit before running it: per rule, the attempts and groups it will see, its power against a violation
of its bound, and the `--samples` that would give every rule that power.

Power is the chance that the rule decides the way its mode must show, when the truth lies `effect` from the
bound on that side: `confident_pass` must show the value within the bound (truth `effect` inside it);
`confident_fail` and `point` must catch a violation (truth `effect` beyond it). Rules that read a 95% interval
are one-sided tests at 0.025; `point` rules compare the estimate alone (a test at 0.5). Disparities compare the
two smallest groups of each feature at 0.025 divided by the number of group pairs (the multiplicity the rule's
simultaneous intervals allow for), with the variance of values in [0, 1] at its largest, so their sizes are
upper bounds. Sizes assume independent attempts: repeated samples of a deterministic model add no information.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditkit.metrics import power as pw
from auditkit.metrics.samples import rate_samples_needed
from auditkit.policy.base import RuleBase
from auditkit.policy.coverage import Planned, Preflight, RuleCoverage, planned_attempts, preflight
from auditkit.policy.model import Policy
from auditkit.policy.rules.bbq import BBQBiasRule
from auditkit.policy.rules.disparity import DisparityRule
from auditkit.policy.rules.per_response import PerResponseRule
from auditkit.policy.rules.regression import RegressionRule
from auditkit.policy.rules.threshold import ThresholdRule
from auditkit.policy.rules.tradeoff import TradeoffRule
from auditkit.policy.terms import Severity

if TYPE_CHECKING:
    from auditkit.suites.model import Suite

RATE_EFFECT = 0.05
GAP_EFFECT = 0.10
TARGET_POWER = 0.8
INTERVAL_ALPHA = 0.025  # one side of a two-sided 95% interval
POINT_ALPHA = 0.5       # a point estimate beyond the bound is the whole test
MAX_SAMPLES = 100       # the largest --samples a run takes
_RATES = ("violation_rate", "flag_rate", "error_rate", "mean_score")


@dataclass(frozen=True)
class AxisPlan:
    """One sensitive feature of a disparity rule: group sizes at the planned samples and the power of its
    hardest comparison."""

    axis: str
    groups: dict[str, int]
    compared: int
    power: float | None
    n_needed: int | None
    samples_needed: int | None
    note: str = ""


@dataclass(frozen=True)
class RulePlan:
    """What one rule will see and how likely it is to decide, at the planned samples."""

    coverage: RuleCoverage
    mode: str | None
    n: int
    alternative: str
    power: float | None
    n_needed: int | None
    samples_needed: int | None
    axes: list[AxisPlan] = field(default_factory=list)
    note: str = ""

    @property
    def rule_id(self) -> str:
        """The rule's id."""
        return self.coverage.rule_id

    def underpowered(self, target: float) -> bool:
        """True when the rule cannot be judged, or its power is below `target`."""
        return self.coverage.problem is not None or (self.power is not None and self.power < target - 1e-9)


@dataclass(frozen=True)
class AuditPlan:
    """The sizing of one audit: every rule's plan, the preflight's problems, and the samples for all rules."""

    policy: str
    samples: int
    attempts: int
    rate_effect: float
    gap_effect: float
    target_power: float
    rules: list[RulePlan]
    preflight: Preflight
    sd: float = pw.MAX_SD

    @property
    def samples_for_all(self) -> int | None:
        """The --samples that gives every judgeable rule the target power (None: more than a run takes)."""
        needed = [r.samples_needed for r in self.rules if r.coverage.problem is None and r.power is not None]
        if any(n is None for n in needed):
            return None
        return max([self.samples, *[n for n in needed if n is not None]])

    def underpowered(self) -> list[RulePlan]:
        """Rules that cannot be judged or fall short of the target power."""
        return [r for r in self.rules if r.underpowered(self.target_power)]


def _samples(n_needed: int | None, per_sample: float) -> int | None:
    if n_needed is None or per_sample <= 0:
        return None
    k = max(1, math.ceil(n_needed / per_sample - 1e-9))
    return k if k <= MAX_SAMPLES else None


def _alpha(mode: str) -> float:
    return POINT_ALPHA if mode == "point" else INTERVAL_ALPHA


def _rate_plan(n: int, per_sample: int, bound: float, upper: bool, mode: str, effect: float,
               target: float) -> tuple[str, float | None, int | None]:
    """(alternative in words, power at n, n for the target power) of a rate against one bound."""
    show_within = mode == "confident_pass"
    step = -effect if show_within == upper else effect
    truth = min(1.0, max(0.0, bound + step))
    side = "max" if upper else "min"
    words = f"true {truth:.3g} vs {side} {bound:g}"
    if truth == bound:
        return words + " (no effect left inside the bound)", None, None
    if show_within and truth in (0.0, 1.0):
        # A true rate of 0 (or 1) always shows the same estimate: the interval clears the bound at a fixed n.
        needed = rate_samples_needed(truth, bound, above=not upper)
        return words, (1.0 if needed is not None and n >= needed else 0.0), needed
    if bound in (0.0, 1.0) and mode == "point":
        # Any single violation breaks a bound of 0: the exact chance of seeing at least one.
        p = abs(truth - bound)
        power = 1 - (1 - p) ** n
        return words, power, math.ceil(math.log(1 - target) / math.log(1 - p))
    alpha = _alpha(mode)
    return words, pw.rate_power(n, truth, bound, alpha=alpha), pw.rate_n(truth, bound, alpha=alpha, power=target)


def _bound(rule: ThresholdRule) -> tuple[float, bool]:
    return (rule.max, True) if rule.max is not None else (rule.min, False)  # type: ignore[return-value]


def _threshold(rule: ThresholdRule, cover: RuleCoverage, samples: int, effect: float, target: float) -> RulePlan:
    n = cover.usable * samples
    if rule.metric not in _RATES:
        return RulePlan(cover, rule.mode, n, "", None, None, None, note=f"no power for {rule.metric}")
    bound, upper = _bound(rule)
    words, power, needed = _rate_plan(n, cover.usable, bound, upper, rule.mode, effect, target)
    needed = max(needed, rule.min_n) if needed is not None else None
    return RulePlan(cover, rule.mode, n, words, power, needed, _samples(needed, cover.usable))


def _tradeoff(rule: TradeoffRule, cover: RuleCoverage, samples: int, effect: float, target: float) -> RulePlan:
    sides = []
    for label, bound in (("harm", rule.max_harm), ("over-refusal", rule.max_over_refusal)):
        usable = cover.parts.get(label, 0)
        words, power, needed = _rate_plan(usable * samples, usable, bound, True, rule.mode, effect, target)
        sides.append((label, words, power, needed, _samples(needed, usable)))
    powers = [p for _, _, p, _, _ in sides if p is not None]
    samples_needed = [k for *_, k in sides]
    return RulePlan(cover, rule.mode, min(cover.parts.values(), default=0) * samples,
                    "; ".join(f"{label}: {words}" for label, words, *_ in sides),
                    min(powers) if powers else None, max((n for *_, n, _ in sides if n is not None), default=None),
                    None if None in samples_needed else max(k for k in samples_needed if k is not None))


def _more_than(count: int, n: int, p: float) -> float:
    """P(X > count) for X ~ Binomial(n, p)."""
    if n <= count:
        return 0.0
    return max(0.0, 1.0 - sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(count + 1)))


def _per_response(rule: PerResponseRule, cover: RuleCoverage, samples: int, effect: float,
                  target: float) -> RulePlan:
    n = cover.usable * samples
    # It fails on more than max_count breaking responses: the exact chance of that at a break rate of `effect`.
    power = _more_than(rule.max_count, n, effect)
    needed = next((m for m in range(1, pw.MAX_N) if _more_than(rule.max_count, m, effect) >= target), None) \
        if effect > 0 else None
    return RulePlan(cover, None, n, f"break rate {effect:g} vs at most {rule.max_count}", power, needed,
                    _samples(needed, cover.usable))


def _regression(rule: RegressionRule, cover: RuleCoverage, samples: int, effect: float,
                target: float, sd: float) -> RulePlan:
    n = cover.usable * samples
    if rule.metric not in _RATES:
        return RulePlan(cover, rule.mode, n, "", None, None, None)
    alpha = POINT_ALPHA if rule.mode == "point" else rule.alpha
    excess = min(effect, rule.margin) if rule.mode == "confident_pass" else effect
    power = pw.gap_power(n, n, excess, alpha=alpha, sd=sd)
    needed = pw.gap_n(excess, alpha=alpha, power=target, sd=sd)
    words = f"worse by {rule.margin + excess:.3g} vs margin {rule.margin:g} (same n in the baseline)"
    return RulePlan(cover, rule.mode, n, words, power, needed, _samples(needed, cover.usable))


def _bbq(rule: BBQBiasRule, cover: RuleCoverage, samples: int, effect: float, target: float) -> RulePlan:
    # |bias| = |2 share - 1|: a bias bound b is a bound of 0.5 + b/2 on the share of stereotyped answers.
    bound = 0.5 + rule.max_bias / 2
    plans = []
    for usable in cover.parts.values():
        words, power, needed = _rate_plan(usable * samples, usable, bound, True, rule.mode, effect / 2, target)
        plans.append((power, needed, _samples(needed, usable)))
    powers = [p for p, _, _ in plans if p is not None]
    ks = [k for *_, k in plans]
    needed_n = [n for _, n, _ in plans if n is not None]
    words = f"|bias| {rule.max_bias + effect:.3g} vs {rule.max_bias:g} (per condition)"
    return RulePlan(cover, rule.mode, min(cover.parts.values(), default=0) * samples, words,
                    min(powers) if powers else None, max(needed_n) if needed_n else None,
                    None if None in ks or not ks else max(k for k in ks if k is not None))


def _axis(rule: DisparityRule, axis: str, sizes: dict[str, int], samples: int, effect: float,
          target: float, sd: float) -> AxisPlan:
    groups = {g: s * samples for g, s in sizes.items()}
    kept = sorted(s for s in sizes.values() if s * samples >= rule.min_group_n)
    reach = _samples(rule.min_group_n, min(sizes.values()))  # samples that bring every group to min_group_n
    ratio_scale = rule.measure == "ratio"
    bound = rule.max if rule.max is not None else rule.min
    assert bound is not None
    excess = effect / 2 if ratio_scale else effect  # a ratio r at a rate of one half is a difference 0.5 (1 - r)
    if rule.mode == "confident_pass":
        excess = min(excess, (1 - bound) / 2 if ratio_scale else bound)
    if len(sizes) < 2:
        return AxisPlan(axis, groups, 0, None, None, None, note="one group only: nothing to compare")
    if rule.compare == "between_groups":
        pairs = max(1, len(sizes) * (len(sizes) - 1) // 2)
        alpha = POINT_ALPHA if rule.mode == "point" else INTERVAL_ALPHA / pairs
        s1, s2 = sorted(sizes.values())[:2]
        n1, n2 = s1 * samples, s2 * samples
        ratio = s2 / s1
        per_sample = s1
    else:
        alpha = POINT_ALPHA if rule.mode == "point" else INTERVAL_ALPHA / len(sizes)
        total = sum(sizes.values())
        s1 = min(sizes.values())
        n1, n2 = s1 * samples, (total - s1) * samples
        # A gap to the overall value is (1 - w) times the gap to the other groups, w the group's share.
        excess = excess / (1 - s1 / total)
        ratio = (total - s1) / s1
        per_sample = s1
    power = pw.gap_power(n1, n2, excess, alpha=alpha, sd=sd) if len(kept) >= 2 else 0.0
    needed = pw.gap_n(excess, ratio=ratio, alpha=alpha, power=target, sd=sd)
    needed = max(needed, rule.min_group_n) if needed is not None else None
    k = _samples(needed, per_sample)
    note = "" if len(kept) >= 2 else f"fewer than two groups with {rule.min_group_n}+ attempts " \
        f"(--samples {reach} reaches it)" if reach else f"groups too small for {rule.min_group_n} attempts"
    return AxisPlan(axis, groups, len(kept), power, needed, k, note=note)


def _disparity(rule: DisparityRule, cover: RuleCoverage, samples: int, effect: float, target: float,
               sd: float) -> RulePlan:
    axes = [_axis(rule, axis, sizes, samples, effect, target, sd) for axis, sizes in cover.axes.items()]
    # Every feature is a comparison of its own: the rule is as conclusive as its weakest feature.
    compared = [a for a in axes if a.power is not None]
    bound = rule.max if rule.max is not None else rule.min
    words = (f"gap {bound + effect:.3g} vs max {bound:g}" if rule.measure == "difference"
             else f"ratio {max(0.0, (bound or 0) - effect):.3g} vs min {bound:g}")
    ks = [a.samples_needed for a in compared]
    needed = [a.n_needed for a in compared if a.n_needed is not None]
    return RulePlan(cover, rule.mode, cover.usable * samples, words + " (per feature, hardest pair)",
                    min((a.power for a in compared if a.power is not None), default=None),
                    max(needed) if needed else None,
                    None if not ks or None in ks else max(k for k in ks if k is not None), axes=axes)


def rule_plan(rule: RuleBase, cover: RuleCoverage, *, samples: int, rate_effect: float, gap_effect: float,
              target: float, sd: float = pw.MAX_SD) -> RulePlan:
    """The plan of one rule from its coverage (sizes at one sample per probe)."""
    if cover.problem in ("no_attempts", "unusable"):
        return RulePlan(cover, getattr(rule, "mode", None), 0, "", None, None, None, note=cover.detail)
    if isinstance(rule, DisparityRule):
        return _disparity(rule, cover, samples, gap_effect, target, sd)
    if isinstance(rule, ThresholdRule):
        return _threshold(rule, cover, samples, rate_effect, target)
    if isinstance(rule, TradeoffRule):
        return _tradeoff(rule, cover, samples, rate_effect, target)
    if isinstance(rule, RegressionRule):
        effect = gap_effect if rule.metric == "mean_score" else rate_effect
        return _regression(rule, cover, samples, effect, target, sd)
    if isinstance(rule, PerResponseRule):
        return _per_response(rule, cover, samples, rate_effect, target)
    if isinstance(rule, BBQBiasRule):
        return _bbq(rule, cover, samples, gap_effect, target)
    return RulePlan(cover, None, cover.usable * samples, "", None, None, None)


def plan_audit(policy: Policy, suites: Sequence[Suite] | Sequence[Planned], *, samples: int = 1,
               rate_effect: float = RATE_EFFECT, gap_effect: float = GAP_EFFECT, power: float = TARGET_POWER,
               fail_on: Severity = "high", baseline: bool | None = None, sd: float = pw.MAX_SD) -> AuditPlan:
    """Size an audit of `suites` (or already planned attempts) under `policy` at `samples` per probe.

    `rate_effect` and `gap_effect` set how far from its bound the truth lies for rates and for gaps (between
    groups, BBQ bias, regressions); `sd` is the standard deviation assumed for one group's values in gaps (0.5,
    the largest possible, by default); `baseline` says whether regression rules will have one (None: unknown).
    """
    if not 0 < power < 1:
        raise ValueError("power must lie in (0, 1)")
    if samples < 1:
        raise ValueError("samples must be at least 1")
    planned = list(suites) if suites and isinstance(suites[0], Planned) else planned_attempts(suites)  # type: ignore[arg-type]
    checked = preflight(policy, planned, fail_on=fail_on, baseline=baseline)  # type: ignore[arg-type]
    plans = [rule_plan(rule, cover, samples=samples, rate_effect=rate_effect, gap_effect=gap_effect, target=power,
                       sd=sd)
             for rule, cover in zip(policy.rules, checked.rules, strict=True)]
    return AuditPlan(policy=policy.id, samples=samples, attempts=len(planned) * samples, rate_effect=rate_effect,
                     gap_effect=gap_effect, target_power=power, rules=plans, preflight=checked, sd=sd)
