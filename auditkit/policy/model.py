"""Policies: named sets of typed rules (YAML), and the Finding each rule produces."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from auditkit._base import Record, UserModel
from auditkit.attempts import Attempt
from auditkit.metrics.model import Metric
from auditkit.suites.model import Category, Expected, Identifier

Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("info", "low", "medium", "high", "critical")
Status = Literal["pass", "fail", "inconclusive"]


def severity_rank(severity: Severity) -> int:
    """Order of severities, info lowest."""
    return SEVERITIES.index(severity)


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


class Selection(UserModel):
    """Which attempts a rule looks at; every given field must match (tags: any of them)."""

    category: list[Category] | None = None
    suite: list[str] | None = None
    tags: list[str] | None = None
    expected: list[Expected] | None = None

    _lists = field_validator("category", "suite", "tags", "expected", mode="before")(_as_list)

    def matches(self, attempt: Attempt) -> bool:
        """True when the attempt falls in this selection."""
        return ((self.category is None or attempt.category in self.category)
                and (self.suite is None or attempt.suite in self.suite)
                and (self.expected is None or attempt.expected in self.expected)
                and (self.tags is None or any(t in attempt.tags for t in self.tags)))

    def describe(self) -> str:
        """The selection in words, e.g. 'category=misuse,jailbreak'."""
        parts = [f"{k}={','.join(v)}" for k, v in self.model_dump(exclude_none=True).items()]
        return "; ".join(parts) or "all attempts"


class ThresholdRule(UserModel):
    """A metric over selected attempts must stay within a bound."""

    type: Literal["threshold"] = "threshold"
    id: Identifier
    description: str = Field(min_length=1)
    rationale: str | None = None
    severity: Severity = "medium"
    select: Selection = Field(default_factory=Selection)
    metric: Literal["violation_rate", "flag_rate", "mean_score", "error_rate"]
    kind: str | None = Field(default=None, description="score kind for flag_rate/mean_score, e.g. refusal")
    max: float | None = None
    min: float | None = None
    min_n: int = Field(default=1, ge=1, description="fewer attempts than this make the finding inconclusive")

    @model_validator(mode="after")
    def _check(self) -> ThresholdRule:
        if self.max is None and self.min is None:
            raise ValueError("give a bound: `max`, `min`, or both")
        if self.metric in ("flag_rate", "mean_score") and not self.kind:
            raise ValueError(f"metric {self.metric!r} needs `kind` (the score kind, e.g. refusal or toxicity)")
        if self.metric in ("violation_rate", "error_rate") and self.kind:
            raise ValueError(f"metric {self.metric!r} takes no `kind`")
        return self

    def bound_text(self) -> str:
        """The bound in words, e.g. '<= 0.05'."""
        parts = []
        if self.min is not None:
            parts.append(f">= {self.min:g}")
        if self.max is not None:
            parts.append(f"<= {self.max:g}")
        return " and ".join(parts)


Rule = ThresholdRule


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


class Finding(Record):
    """The outcome of one rule on one run."""

    rule_id: str
    description: str
    rationale: str | None = None
    severity: Severity
    status: Status
    bound: str
    metric: Metric | None = None
    message: str
    evidence: list[str] = Field(default_factory=list, description="ids of attempts that show the problem")
