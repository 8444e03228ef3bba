"""Policies: named sets of typed rules (YAML), a discriminated union on `type`, and the Finding each produces."""

from __future__ import annotations

from functools import reduce
from operator import or_
from typing import Annotated, Any

from pydantic import Discriminator, Field, Tag, model_validator

from auditkit._base import Record, UserModel
from auditkit.policy.base import Baseline, JudgeContext, RuleBase, Selection
from auditkit.policy.finding import Comparison, Finding
from auditkit.policy.rules.attacks import AttackSuccessRule
from auditkit.policy.rules.bbq import BBQBiasRule
from auditkit.policy.rules.disparity import DisparityRule
from auditkit.policy.rules.modality_gap import ModalityGapRule
from auditkit.policy.rules.per_response import PerResponseRule
from auditkit.policy.rules.regression import RegressionRule
from auditkit.policy.rules.threshold import ThresholdRule
from auditkit.policy.rules.tradeoff import TradeoffRule
from auditkit.policy.terms import (
    INCONCLUSIVE_ACTIONS,
    INCONCLUSIVE_HELP,
    MODE_HELP,
    SEVERITIES,
    InconclusiveAction,
    Mode,
    Reason,
    Severity,
    Status,
    severity_rank,
)
from auditkit.records.probes import Identifier

RULE_TYPES: dict[str, type[RuleBase]] = {
    "threshold": ThresholdRule,
    "disparity": DisparityRule,
    "bbq_bias": BBQBiasRule,
    "tradeoff": TradeoffRule,
    "regression": RegressionRule,
    "per_response": PerResponseRule,
    "attack_success": AttackSuccessRule,
    "modality_gap": ModalityGapRule,
}


def _rule_type(value: Any) -> str | None:
    # A rule without `type` is a threshold rule: every policy written before rule types existed stays valid.
    if isinstance(value, dict):
        return value.get("type", "threshold")
    return getattr(value, "type", None)

# One union from the table above, so a new rule type is added in one place; a rule's tag is its type.
Rule = Annotated[
    reduce(or_, (Annotated[cls, Tag(name)] for name, cls in RULE_TYPES.items())),
    Discriminator(_rule_type, custom_error_type="rule_type",
                  custom_error_message=f"unknown rule type; expected one of: {', '.join(RULE_TYPES)}"),
]


DEFAULT_ON_INCONCLUSIVE: InconclusiveAction = "warn"
OnInconclusive = InconclusiveAction | dict[Severity, InconclusiveAction]


def inconclusive_by_severity(value: OnInconclusive | None,
                             inherited: dict[Severity, InconclusiveAction] | None = None
                             ) -> dict[Severity, InconclusiveAction]:
    """The action for every severity: one action for all, or a mapping whose missing severities keep the
    inherited action (the parent policy's, else warn)."""
    base = dict(inherited or dict.fromkeys(SEVERITIES, DEFAULT_ON_INCONCLUSIVE))
    if value is None:
        return base
    if isinstance(value, str):
        return dict.fromkeys(SEVERITIES, value)
    return base | value


class PolicyFile(UserModel):
    """A policy file as written: rules, optionally on top of another policy."""

    policy: Identifier
    description: str = Field(min_length=1)
    extends: str | None = Field(default=None, description="a built-in policy id or a path relative to this file")
    disable: list[Identifier] = Field(default_factory=list, description="ids of inherited rules to drop")
    on_inconclusive: OnInconclusive | None = Field(
        default=None, description=INCONCLUSIVE_HELP + ". One action for every rule, or one per severity "
        "(e.g. {critical: fail, high: fail}; severities left out keep the extended policy's action, else warn). "
        "A rule's own `on_inconclusive` wins.")
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> PolicyFile:
        ids = [r.id for r in self.rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"rule ids must be unique; repeated: {', '.join(dupes)}")
        return self


class Policy(Record):
    """A resolved policy: the `extends` chain merged, with the files and hash it came from."""

    id: str
    description: str
    rules: list[Rule]
    on_inconclusive: dict[Severity, InconclusiveAction] = Field(
        default_factory=lambda: inconclusive_by_severity(None),
        description="per severity, what an inconclusive finding does to the gate (a rule's own setting wins)")
    files: list[str] = Field(default_factory=list)
    sha256: str = ""

    def inconclusive_action(self, rule: RuleBase, reason: Reason | None = None) -> InconclusiveAction:
        """What an inconclusive finding of this rule does: the rule's own setting (for a regression rule without
        a baseline, its `on_no_baseline`), else the policy's for the rule's severity."""
        if reason == "no_baseline" and getattr(rule, "on_no_baseline", None):
            return rule.on_no_baseline  # type: ignore[attr-defined, no-any-return]
        return rule.on_inconclusive or self.on_inconclusive.get(rule.severity, DEFAULT_ON_INCONCLUSIVE)

    def with_inconclusive(self, action: InconclusiveAction) -> Policy:
        """This policy with every rule's inconclusive action overridden (`--fail-on-inconclusive`)."""
        rules = [rule.model_copy(update={"on_inconclusive": None} | (
            {"on_no_baseline": None} if isinstance(rule, RegressionRule) else {})) for rule in self.rules]
        return self.model_copy(update={"rules": rules, "on_inconclusive": dict.fromkeys(SEVERITIES, action)})


__all__ = [
    "DEFAULT_ON_INCONCLUSIVE", "INCONCLUSIVE_ACTIONS", "InconclusiveAction", "OnInconclusive", "Reason",
    "inconclusive_by_severity", "MODE_HELP", "RULE_TYPES", "SEVERITIES", "BBQBiasRule", "Baseline", "Comparison",
    "DisparityRule", "Finding",
    "JudgeContext", "Mode", "PerResponseRule", "Policy", "PolicyFile", "RegressionRule", "Rule", "RuleBase",
    "Selection", "Severity", "Status", "ThresholdRule", "TradeoffRule", "severity_rank",
]
