"""Report: the machine-readable source of truth of a run (report.json); every rendering reads it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from auditkit._base import Record
from auditkit.metrics.model import Metric
from auditkit.policy.model import Finding, Policy, Severity
from auditkit.runs.manifest import RunManifest

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
    evidence: list[EvidenceItem] = Field(default_factory=list)
    intended_use: str | None = None
    caveats: list[str] = Field(default_factory=list)
