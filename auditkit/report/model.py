"""Report: the machine-readable source of truth of a run (report.json); every rendering reads it."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from auditkit._base import Record
from auditkit.attacks.summary import AttackSummary
from auditkit.metrics.modality import ModalityGap
from auditkit.metrics.model import Metric
from auditkit.metrics.review import HumanReview
from auditkit.policy.model import Finding, Policy, Severity
from auditkit.records.cards import DetectorCard
from auditkit.records.manifest import RunManifest
from auditkit.records.provenance import ProvenanceSection

REPORT_SCHEMA_VERSION = "1"


class EvidenceItem(Record):
    """An attempt shown as evidence: prompt and response excerpt (untrusted text, escape when rendering)."""

    attempt_id: str
    probe_id: str
    category: str
    expected: str
    prompt: str
    response: str | None
    error: str | None = None
    scores: dict[str, float] = Field(default_factory=dict)


class Factor(Record):
    """A demographic axis the run probed (a probe variable) and its groups, with attempts per group."""

    axis: str
    groups: dict[str, int] = Field(description="group value -> attempts")
    categories: list[str] = Field(default_factory=list)


class SuiteData(Record):
    """One suite as evaluated: attempts, and attempts per transform (`none`: the plain probes)."""

    suite: str
    attempts: int
    transforms: dict[str, int] = Field(default_factory=dict)


class TransformLift(Record):
    """Jailbreak lift: a transform's violation rate minus that of the same probes sent plainly."""

    transform: str
    transformed: Metric
    plain: Metric
    lift: float | None = None
    lift_low: float | None = None
    lift_high: float | None = None
    method: str = "newcombe"


class RequirementCoverage(Record):
    """How far this run evidences one requirement of a framework, and what it leaves uncovered."""

    id: str
    title: str
    status: Literal["evidenced", "partly evidenced", "not evidenced"]
    rules: dict[str, str] = Field(default_factory=dict, description="rule id -> pass, fail or inconclusive")
    attempts: int = Field(default=0, description="attempts whose category or tags fall under the requirement")
    gaps: list[str] = Field(default_factory=list, description="what this run does not evidence")


class FrameworkCoverage(Record):
    """One framework's requirements and how this run covers them."""

    id: str
    name: str
    version: str
    source: str
    requirements: list[RequirementCoverage] = Field(default_factory=list)


class SignOff(Record):
    """Who issued the report for which run: run id, manifest hash, signer and time."""

    run_id: str
    manifest_sha256: str | None = Field(default=None, description="SHA-256 of the run's manifest.json")
    signer: str | None = None
    signed_at: datetime | None = None


class Report(Record):
    """Everything a rendering needs: manifest, policy, findings, metrics, gate verdict."""

    schema_version: Literal["1"] = REPORT_SCHEMA_VERSION
    title: str
    manifest: RunManifest
    policy: Policy | None = None
    fail_on: Severity
    verdict: Literal["pass", "fail"]
    exit_code: int = Field(description="0 all rules at or above fail_on pass, 1 one of them failed")
    findings: list[Finding] = Field(default_factory=list)
    overview: list[Metric] = Field(default_factory=list, description="per-category metrics")
    groups: list[Metric] = Field(default_factory=list, description="per-group metrics for probes with variables")
    counts: dict[str, int] = Field(default_factory=dict, description="attempts per verdict")
    unscorable: dict[str, int] = Field(default_factory=dict,
                                       description="per detector, the answered attempts it could not score")
    evidence: list[EvidenceItem] = Field(default_factory=list)
    intended_use: str | None = None
    caveats: list[str] = Field(default_factory=list)
    out_of_scope_uses: list[str] = Field(default_factory=list)
    factors: list[Factor] = Field(default_factory=list)
    modalities: list[str] = Field(default_factory=list)
    data: list[SuiteData] = Field(default_factory=list)
    lift: list[TransformLift] = Field(default_factory=list, description="jailbreak lift per transform")
    attacks: list[AttackSummary] = Field(default_factory=list, description="adaptive attacks per strategy: "
                                         "success, paired lift over the plain request, cost per success")
    modality_gaps: list[ModalityGap] = Field(default_factory=list, description="per category and modality: the "
                                             "violation rate and the paired gap against the same requests as text")
    recommendations: list[str] = Field(default_factory=list)
    compliance: list[FrameworkCoverage] = Field(default_factory=list)
    signoff: SignOff | None = None
    pii_redacted: bool = Field(default=True, description="False for a secured copy made with --show-pii")
    detector_cards: list[DetectorCard] = Field(default_factory=list,
                                               description="measured accuracy of the detectors this run used")
    provenance: ProvenanceSection | None = Field(default=None, description="licence and provenance of the model, "
                                                 "the data sets and the detector models")
    review: HumanReview | None = Field(default=None, description="human review of a sample of attempts: who, how "
                                       "many, each detector's agreement, and headline rates raw and corrected")
