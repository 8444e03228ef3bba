"""What every rule shares: selections of attempts, common fields, and the judging context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydantic import Field, field_validator

from auditkit._base import UserModel
from auditkit.policy.finding import Finding
from auditkit.policy.terms import INCONCLUSIVE_HELP, InconclusiveAction, Severity
from auditkit.records.attempts import Attempt
from auditkit.records.probes import Category, Expected, Identifier

if TYPE_CHECKING:
    from auditkit.attacks.summary import AttackSummary
    from auditkit.metrics.review import ReviewEstimate
    from auditkit.records.cards import DetectorCard


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


class Selection(UserModel):
    """Which attempts a rule looks at; every given field must match (tags: any of them)."""

    category: list[Category] | None = None
    suite: list[str] | None = None
    tags: list[str] | None = None
    expected: list[Expected] | None = None
    transform: list[str] | None = Field(default=None, description="transform names; `none` selects plain probes")

    _lists = field_validator("category", "suite", "tags", "expected", "transform", mode="before")(_as_list)

    def matches(self, attempt: Attempt) -> bool:
        """True when the attempt falls in this selection."""
        return ((self.category is None or attempt.category in self.category)
                and (self.suite is None or attempt.suite in self.suite)
                and (self.expected is None or attempt.expected in self.expected)
                and (self.tags is None or any(t in attempt.tags for t in self.tags))
                and (self.transform is None or (attempt.transform or "none") in self.transform))

    def describe(self) -> str:
        """The selection in words, e.g. 'category=misuse,jailbreak'."""
        parts = [f"{k}={','.join(v)}" for k, v in self.model_dump(exclude_none=True).items()]
        return "; ".join(parts) or "all attempts"


@dataclass(frozen=True)
class Baseline:
    """The run a regression rule compares against: a label for reports and its attempts."""

    label: str
    attempts: list[Attempt]


@dataclass
class JudgeContext:
    """What judging one run needs besides the rules: its attempts (in plan order) and optional extras."""

    attempts: list[Attempt]
    evidence_limit: int = 5
    baseline: Baseline | None = None
    cards: list[DetectorCard] | None = field(default=None, repr=False)
    detector_versions: dict[str, str] = field(default_factory=dict)
    review: ReviewEstimate | None = field(default=None, repr=False)
    attacks: list[AttackSummary] = field(default_factory=list, repr=False)


class RuleBase(UserModel):
    """Fields every rule has; each rule type adds its own and a `judge` that makes its Finding."""

    id: Identifier
    description: str = Field(min_length=1)
    rationale: str | None = Field(default=None, description="one line on why the rule exists; reports print it")
    severity: Severity = "medium"
    section: str | None = Field(default=None, description="the framework heading this rule evidences, "
                                                          "e.g. 'EU AI Act Annex IV 2(g)'")
    select: Selection = Field(default_factory=Selection)
    on_inconclusive: InconclusiveAction | None = Field(default=None, description=INCONCLUSIVE_HELP + "; default: "
                                                       "the policy's setting for this rule's severity")

    def selected(self, ctx: JudgeContext) -> list[Attempt]:
        """The run's attempts this rule looks at, in plan order."""
        return [a for a in ctx.attempts if self.select.matches(a)]

    def finding(self, **fields: object) -> Finding:
        """A Finding carrying this rule's identity; `fields` give the outcome."""
        common = {"rule_id": self.id, "description": self.description, "rationale": self.rationale,
                  "severity": self.severity, "section": self.section, "rule_type": getattr(self, "type", None)}
        needed = fields.get("samples_needed")
        if fields.get("status") == "inconclusive":
            # Every inconclusive finding says why evidence was lacking; without a reason the data did not decide.
            metric = fields.get("metric")
            empty = metric is None or getattr(metric, "n", 0) == 0
            if fields.get("reason") is None:
                fields["reason"] = "no_attempts" if empty else "undecided"
        else:
            fields.pop("reason", None)
        if fields.get("status") == "inconclusive" and needed:
            # Every inconclusive finding says what would settle it, in the message that CI logs show.
            fields["message"] = f"{fields['message']}; about {needed} more attempt(s) would decide it"
        return Finding.model_validate(common | fields)

    def reads_response_text(self) -> bool:
        """True when judging this rule reads response texts (most rules read only scores and verdicts)."""
        return False

    def judge(self, ctx: JudgeContext) -> Finding:  # pragma: no cover - every rule type overrides it
        """The Finding of this rule on the context's attempts."""
        raise NotImplementedError
