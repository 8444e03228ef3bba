"""Finding: the outcome of one rule on one run, with the numbers that decided it."""

from __future__ import annotations

from pydantic import Field

from auditkit._base import Record
from auditkit.metrics.model import Metric
from auditkit.policy.terms import InconclusiveAction, Mode, Reason, Severity, Status


class Comparison(Record):
    """One tested gap of a disparity rule: a group against another group or against everyone."""

    axis: str = Field(description="the probe variable, e.g. gender")
    label: str = Field(description="what is compared, e.g. 'female vs male' or 'female vs overall'")
    value: float
    ci_low: float | None = None
    ci_high: float | None = None
    n: int = Field(description="attempts behind the comparison")
    p_value: float | None = Field(default=None, description="permutation test of no disparity")
    p_holm: float | None = Field(default=None, description="p_value adjusted by Holm over the rule's comparisons")
    status: Status
    group: str | None = Field(default=None, description="the group the gap is about: the disadvantaged one "
                                                        "between groups, or the group compared with everyone")
    reference: str | None = Field(default=None, description="what the group is compared with: the advantaged "
                                                            "group, or 'overall'")
    signed: float | None = Field(default=None, description="the group's mean minus the reference's (within "
                                                           "tasks where the rule adjusts): its sign says which "
                                                           "way the gap goes")


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
    rule_type: str | None = Field(default=None, description="threshold, disparity, bbq_bias, tradeoff, ...")
    section: str | None = Field(default=None, description="the framework heading the rule evidences")
    mode: Mode | None = Field(default=None, description="how the interval was used to decide")
    reason: Reason | None = Field(default=None, description="for an inconclusive finding: why evidence was "
                                  "lacking (no_attempts, too_few, too_few_per_group, no_baseline, undecided)")
    on_inconclusive: InconclusiveAction | None = Field(default=None, description="for an inconclusive finding: "
                                                       "whether it fails the gate (fail), warns or passes")
    samples_needed: int | None = Field(default=None, description="for an inconclusive finding: about how many "
                                                                 "more attempts would decide it")
    corrected: Metric | None = Field(default=None, description="the rate corrected for detector error "
                                                               "(Rogan-Gladen), beside the raw one")
    p_value: float | None = Field(default=None, description="the p-value of the rule's test, where it has one")
    baseline: str | None = Field(default=None, description="the run a regression rule compared against")
    metrics: list[Metric] = Field(default_factory=list, description="supporting numbers: per group, per part, "
                                                                    "baseline and candidate")
    comparisons: list[Comparison] = Field(default_factory=list, description="the gaps a disparity rule tested")
