"""Policies: named sets of typed rules (YAML), a discriminated union on `type`, and the Finding each produces."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Discriminator, Field, Tag, model_validator

from auditkit._base import Record, UserModel
from auditkit.policy.base import (
    MODE_HELP,
    SEVERITIES,
    Baseline,
    JudgeContext,
    Mode,
    RuleBase,
    Selection,
    Severity,
    Status,
    severity_rank,
)
from auditkit.policy.finding import Comparison, Finding
from auditkit.policy.rules.bbq import BBQBiasRule
from auditkit.policy.rules.disparity import DisparityRule
from auditkit.policy.rules.per_response import PerResponseRule
from auditkit.policy.rules.regression import RegressionRule
from auditkit.policy.rules.threshold import ThresholdRule
from auditkit.policy.rules.tradeoff import TradeoffRule
from auditkit.suites.model import Identifier

RULE_TYPES: dict[str, type[RuleBase]] = {
    "threshold": ThresholdRule,
    "disparity": DisparityRule,
    "bbq_bias": BBQBiasRule,
    "tradeoff": TradeoffRule,
    "regression": RegressionRule,
    "per_response": PerResponseRule,
}


def _rule_type(value: Any) -> str | None:
    # A rule without `type` is a threshold rule: every policy written before rule types existed stays valid.
    if isinstance(value, dict):
        return value.get("type", "threshold")
    return getattr(value, "type", None)

Rule = Annotated[
    Annotated[ThresholdRule, Tag("threshold")]
    | Annotated[DisparityRule, Tag("disparity")]
    | Annotated[BBQBiasRule, Tag("bbq_bias")]
    | Annotated[TradeoffRule, Tag("tradeoff")]
    | Annotated[RegressionRule, Tag("regression")]
    | Annotated[PerResponseRule, Tag("per_response")],
    Discriminator(_rule_type, custom_error_type="rule_type",
                  custom_error_message=f"unknown rule type; expected one of: {', '.join(RULE_TYPES)}"),
]


class PolicyFile(UserModel):
    """A policy file as written: rules, optionally on top of another policy."""

    policy: Identifier
    description: str = Field(min_length=1)
    extends: str | None = Field(default=None, description="a built-in policy id or a path relative to this file")
    disable: list[Identifier] = Field(default_factory=list, description="ids of inherited rules to drop")
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
    files: list[str] = Field(default_factory=list)
    sha256: str = ""


__all__ = [
    "MODE_HELP", "RULE_TYPES", "SEVERITIES", "BBQBiasRule", "Baseline", "Comparison", "DisparityRule", "Finding",
    "JudgeContext", "Mode", "PerResponseRule", "Policy", "PolicyFile", "RegressionRule", "Rule", "RuleBase",
    "Selection", "Severity", "Status", "ThresholdRule", "TradeoffRule", "severity_rank",
]
