"""Before a run: which attempts of the chosen suites each rule will see, and which rules can never be judged.

A rule that selects attempts none of which can give it a value (no detector of the kind it reads, no probe
variable it groups by, no verdict) is a configuration error. A rule that selects nothing at all is out of the
audit's scope; that is an error only where its inconclusive finding would fail the gate anyway.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from auditkit.errors import InputError
from auditkit.policy.base import RuleBase
from auditkit.policy.model import Policy
from auditkit.policy.rules.bbq import CONDITION_VARIABLE, BBQBiasRule
from auditkit.policy.rules.disparity import DisparityRule, _axis_name, _group_of
from auditkit.policy.rules.per_response import PerResponseRule
from auditkit.policy.rules.regression import RegressionRule
from auditkit.policy.rules.threshold import ThresholdRule
from auditkit.policy.rules.tradeoff import TradeoffRule
from auditkit.policy.terms import InconclusiveAction, Severity, severity_rank
from auditkit.records.attempts import Attempt
from auditkit.records.probes import DetectorSpec, Probe

if TYPE_CHECKING:
    from auditkit.suites.model import Suite

Problem = Literal["no_attempts", "unusable", "no_baseline"]
# Score kinds of the built-in detectors whose kind does not depend on their options.
_FIXED_KINDS = {"refusal": "refusal", "canary": "pii", "pii": "pii", "toxicity": "toxicity",
                "decision": "decision", "bbq": "bbq", "harm": "harm"}


def detector_kinds(spec: DetectorSpec) -> frozenset[str] | None:
    """The score kinds a detector spec produces, or None for a detector whose kinds are not known here."""
    if spec.name in _FIXED_KINDS:
        return frozenset({_FIXED_KINDS[spec.name]})
    params = spec.params
    if spec.name == "pattern":
        from auditkit.detectors.presets import PRESETS

        preset = PRESETS.get(params.get("preset") or "", {})
        return frozenset({params.get("kind") or preset.get("kind") or "pattern"})
    if spec.name == "classifier":
        return frozenset({params.get("kind") or "classifier"})
    if spec.name == "judge":
        from auditkit.detectors.judge import RUBRICS

        rubric = RUBRICS.get(params.get("rubric", "refusal"), {})
        return frozenset({params.get("kind") or rubric.get("kind") or "judge"})
    # A plugin (or a detector added after this table): assume it may give any kind rather than refuse the run.
    return None


@dataclass(frozen=True)
class Planned:
    """One planned attempt (one sample) and the score kinds its detectors will give (None: not known)."""

    attempt: Attempt
    kinds: frozenset[str] | None

    def gives(self, kind: str) -> bool:
        """True when the attempt's detectors give scores of this kind (or might: unknown detectors)."""
        return self.kinds is None or kind in self.kinds


def probe_kinds(probe: Probe) -> frozenset[str] | None:
    """Union of the kinds of the probe's detectors; None when one of them is not known."""
    kinds: set[str] = set()
    for spec in probe.detectors:
        found = detector_kinds(spec)
        if found is None:
            return None
        kinds |= found
    return frozenset(kinds)


def planned_attempts(suites: Iterable[Suite]) -> list[Planned]:
    """One attempt per probe and transform of the suites, in plan order (no images drawn, no transform run)."""
    from auditkit.suites.variants import transformed_tags

    out: list[Planned] = []
    for suite in suites:
        rules = suite.spec.transforms
        for probe in suite.probes:
            kinds = probe_kinds(probe)
            out.append(Planned(Attempt.plan(probe, index=len(out), sample=0), kinds))
            for rule in rules:
                if not rule.selects(probe.template):
                    continue
                for item in rule.apply:
                    variant = probe.model_copy(update={"category": rule.category or probe.category,
                                                       "tags": transformed_tags(probe.tags, rule, item.name)})
                    out.append(Planned(Attempt.plan(variant, index=len(out), sample=0, transform=item.name), kinds))
    return out


@dataclass(frozen=True)
class RuleCoverage:
    """What one rule will see of a plan (one sample per probe), and why it cannot be judged if it cannot."""

    rule_id: str
    rule_type: str
    severity: Severity
    action: InconclusiveAction
    selected: int
    usable: int
    axes: dict[str, dict[str, int]] = field(default_factory=dict)
    parts: dict[str, int] = field(default_factory=dict)
    problem: Problem | None = None
    detail: str = ""


def _value_source(metric: str, kind: str | None) -> tuple[Callable[[Planned], bool], str]:
    """Whether a planned attempt can give the metric a value, and what it lacks when it cannot, in words."""
    if metric == "error_rate":
        return (lambda p: True), ""
    if metric == "violation_rate":
        # Verdicts come from the probe's expectation and its default detectors; `none` never gets one.
        return (lambda p: p.attempt.expected != "none"), "a verdict (their expected behaviour is `none`)"
    assert kind is not None
    return (lambda p: p.gives(kind)), f"a `{kind}` detector"


def _empty(rule: RuleBase, action: InconclusiveAction, what: str) -> RuleCoverage:
    return RuleCoverage(rule.id, getattr(rule, "type", "threshold"), rule.severity, action, 0, 0,
                        problem="no_attempts", detail=f"no attempt of these suites matches {what}")


def _plain(rule: ThresholdRule | RegressionRule, plan: Sequence[Planned], action: InconclusiveAction) -> RuleCoverage:
    selected = [p for p in plan if rule.select.matches(p.attempt)]
    if not selected:
        return _empty(rule, action, rule.select.describe())
    usable, lacks = _value_source(rule.metric, rule.kind)
    n = sum(usable(p) for p in selected)
    problem: Problem | None = None if n else "unusable"
    detail = "" if n else f"{len(selected)} attempt(s) match {rule.select.describe()}, but none has {lacks}"
    return RuleCoverage(rule.id, rule.type, rule.severity, action, len(selected), n, problem=problem, detail=detail)


def _disparity(rule: DisparityRule, plan: Sequence[Planned], action: InconclusiveAction) -> RuleCoverage:
    selected = [p for p in plan if rule.select.matches(p.attempt)]
    if not selected:
        return _empty(rule, action, rule.select.describe())
    has_value, lacks = _value_source(rule.metric, rule.kind)
    valued = [p for p in selected if has_value(p)]
    axes: dict[str, dict[str, int]] = {}
    for axis in rule.sensitive:
        sizes = Counter(g for p in valued if (g := _group_of(p.attempt, axis)) is not None)
        if sizes:
            axes[_axis_name(axis)] = dict(sorted(sizes.items()))
    usable = len({p.attempt.id for p in valued if any(_group_of(p.attempt, axis) is not None
                                                      for axis in rule.sensitive)})
    detail = ""
    if not usable:
        variables = " or ".join(_axis_name(a) for a in rule.sensitive)
        with_axis = sum(any(_group_of(p.attempt, axis) is not None for axis in rule.sensitive) for p in selected)
        if not valued:
            detail = f"{len(selected)} attempt(s) match {rule.select.describe()}, but none has {lacks}"
        elif not with_axis:
            detail = (f"{len(selected)} attempt(s) match {rule.select.describe()}, but none carries a probe "
                      f"variable {variables} (the groups it compares)")
        else:
            detail = (f"of {len(selected)} attempt(s) matching {rule.select.describe()}, those with {lacks} "
                      f"carry no probe variable {variables}")
    return RuleCoverage(rule.id, rule.type, rule.severity, action, len(selected), usable, axes=axes,
                        problem=None if usable else "unusable", detail=detail)


def _bbq(rule: BBQBiasRule, plan: Sequence[Planned], action: InconclusiveAction) -> RuleCoverage:
    selected = [p for p in plan if rule.select.matches(p.attempt)]
    bbq = [p for p in selected if p.attempt.variables.get(CONDITION_VARIABLE) in rule.conditions]
    if not bbq:
        return _empty(rule, action, f"{rule.select.describe()} with a probe variable {CONDITION_VARIABLE} "
                                    f"({' or '.join(rule.conditions)})")
    parts = {c: sum(p.gives("bbq") for p in bbq if p.attempt.variables[CONDITION_VARIABLE] == c)
             for c in rule.conditions}
    usable = sum(parts.values())
    detail = "" if usable else f"{len(bbq)} BBQ attempt(s) match, but none has a `bbq` detector"
    return RuleCoverage(rule.id, rule.type, rule.severity, action, len(bbq), usable, parts=parts,
                        problem=None if usable else "unusable", detail=detail)


def _tradeoff(rule: TradeoffRule, plan: Sequence[Planned], action: InconclusiveAction) -> RuleCoverage:
    base = [p for p in plan if rule.select.matches(p.attempt)]
    parts: dict[str, int] = {}
    matched: dict[str, int] = {}
    for label, selection in (("harm", rule.harm), ("over-refusal", rule.over_refusal)):
        side = [p for p in base if selection.matches(p.attempt)]
        matched[label] = len(side)
        parts[label] = sum(p.attempt.expected != "none" for p in side)
    missing = [label for label, n in matched.items() if n == 0]
    unusable = [label for label in parts if matched[label] and not parts[label]]
    problem: Problem | None = "no_attempts" if missing else ("unusable" if unusable else None)
    detail = ""
    if missing:
        what = {"harm": rule.harm.describe(), "over-refusal": rule.over_refusal.describe()}
        detail = "no attempt of these suites matches " + " or ".join(f"the {m} side ({what[m]})" for m in missing) \
            + "; both sides must be measured"
    elif unusable:
        detail = f"the {' and '.join(unusable)} side has attempts, but none gets a verdict"
    return RuleCoverage(rule.id, rule.type, rule.severity, action, sum(matched.values()), min(parts.values()),
                        parts=parts, problem=problem, detail=detail)


def _per_response(rule: PerResponseRule, plan: Sequence[Planned], action: InconclusiveAction) -> RuleCoverage:
    selected = [p for p in plan if rule.select.matches(p.attempt)]
    if not selected:
        return _empty(rule, action, rule.select.describe())
    if rule.kinds and rule.pattern is None:
        n = sum(any(p.gives(k) for k in rule.kinds) for p in selected)
    else:
        n = len(selected)
    detail = "" if n else f"{len(selected)} attempt(s) match, but none has a detector of kind " \
        f"{' or '.join(rule.kinds or [])}"
    return RuleCoverage(rule.id, rule.type, rule.severity, action, len(selected), n,
                        problem=None if n else "unusable", detail=detail)


def rule_coverage(rule: RuleBase, plan: Sequence[Planned], action: InconclusiveAction) -> RuleCoverage:
    """What this rule will see of the planned attempts."""
    if isinstance(rule, DisparityRule):
        return _disparity(rule, plan, action)
    if isinstance(rule, BBQBiasRule):
        return _bbq(rule, plan, action)
    if isinstance(rule, TradeoffRule):
        return _tradeoff(rule, plan, action)
    if isinstance(rule, PerResponseRule):
        return _per_response(rule, plan, action)
    if isinstance(rule, ThresholdRule | RegressionRule):
        return _plain(rule, plan, action)
    # A rule type this module does not know: say nothing rather than guess.
    selected = sum(rule.select.matches(p.attempt) for p in plan)
    return RuleCoverage(rule.id, getattr(rule, "type", "?"), rule.severity, action, selected, selected)


@dataclass(frozen=True)
class Preflight:
    """Every rule's coverage, the problems that stop a run (errors) and those that only warn."""

    rules: list[RuleCoverage]
    errors: list[str]
    warnings: list[str]


def preflight(policy: Policy, plan: Sequence[Planned], *, fail_on: Severity = "high",
              baseline: bool | None = None) -> Preflight:
    """Check a policy against planned attempts.

    Errors: a rule whose selected attempts can never give it a value; a rule that selects nothing, or a regression
    rule without a baseline (`baseline=False`; None: not known yet), whose inconclusive finding fails the gate at
    `fail_on`. Warnings: the other rules that will be inconclusive for lack of attempts or of a baseline.
    """
    rules: list[RuleCoverage] = []
    errors: list[str] = []
    warnings: list[str] = []
    threshold = severity_rank(fail_on)
    for rule in policy.rules:
        reason = "no_baseline" if isinstance(rule, RegressionRule) and baseline is False else None
        cover = rule_coverage(rule, plan, policy.inconclusive_action(rule))
        if reason and cover.problem is None:
            action = policy.inconclusive_action(rule, "no_baseline")
            cover = RuleCoverage(cover.rule_id, cover.rule_type, cover.severity, action, cover.selected, cover.usable,
                                 problem="no_baseline", detail="regression rules compare with a baseline run, and "
                                 "`run` has none (judge the saved run with `auditkit gate RUN --baseline OLD_RUN`)")
        rules.append(cover)
        if cover.problem is None:
            continue
        line = f"rule {cover.rule_id} ({cover.severity}) can never be judged: {cover.detail}"
        blocks = cover.action == "fail" and severity_rank(cover.severity) >= threshold
        if cover.problem == "unusable":
            errors.append(line + "; give those probes what the rule reads, or change the rule's `select`")
        elif blocks:
            errors.append(line + "; its inconclusive finding would fail the gate (on_inconclusive: fail): add a "
                                 "suite that feeds it, or use a policy that disables the rule")
        else:
            warnings.append(f"rule {cover.rule_id} ({cover.severity}) will be inconclusive: {cover.detail}")
    return Preflight(rules=rules, errors=errors, warnings=warnings)


def check_preflight(policy: Policy, plan: Sequence[Planned], *, fail_on: Severity = "high",
                    baseline: bool | None = None, suites: Sequence[str] = ()) -> Preflight:
    """The preflight, raising InputError (exit 2) naming every rule that cannot be judged."""
    found = preflight(policy, plan, fail_on=fail_on, baseline=baseline)
    if found.errors:
        names = f" with suites {', '.join(suites)}" if suites else ""
        raise InputError(f"policy {policy.id}: {len(found.errors)} rule(s) can never be judged{names}; "
                         "nothing was sent", problems=found.errors)
    return found
