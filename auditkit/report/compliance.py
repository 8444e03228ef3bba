"""Compliance mapping: which results of a run evidence which framework requirement, and the gaps left."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from auditkit._base import UserModel
from auditkit.policy.model import Finding, Policy
from auditkit.records.attempts import Attempt
from auditkit.report.model import FrameworkCoverage, Report, RequirementCoverage
from auditkit.resources import data_dir
from auditkit.userfiles import load_model

MAPPINGS_FOLDER = "mappings"
ANY = "*"
JUDGED = ("pass", "fail")


class EvidencedBy(UserModel):
    """What counts as evidence for a requirement: attempts by category or tag, findings by type or metric."""

    categories: list[str] = Field(default_factory=list, description="attempt categories; `*`: every attempt")
    tags: list[str] = Field(default_factory=list, description="probe taxonomy tags (any of them)")
    transforms: bool = Field(default=False, description="transformed attempts (jailbreak wrappers) count")
    rule_types: list[str] = Field(default_factory=list)
    metrics: list[str] = Field(default_factory=list, description="metric names without the kind")
    sections: list[str] = Field(default_factory=list, description="text a rule's `section` contains")
    any_finding: bool = False
    signoff: bool = Field(default=False, description="evidenced when the report names its signer")
    detector_cards: bool = Field(default=False, description="evidenced when the report carries detector cards")
    provenance: bool = Field(default=False, description="evidenced when the report records the licence and "
                             "provenance of the model, the data sets and the detector models")


class Requirement(UserModel):
    """One requirement of a framework, paraphrased, with what evidences it and what never can."""

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    evidenced_by: EvidencedBy = Field(default_factory=EvidencedBy)
    not_covered: list[str] = Field(default_factory=list)


class Mapping(UserModel):
    """A framework mapping file (reports/mappings/*.yaml)."""

    framework: str = Field(min_length=1)
    name: str
    version: str
    source: str
    requirements: list[Requirement] = Field(min_length=1)


def load_mapping(path: Path) -> Mapping:
    """Read one mapping file, with located errors."""
    return load_model(Mapping, path, what="compliance mapping")


@lru_cache(maxsize=1)
def shipped_mappings() -> tuple[Mapping, ...]:
    """The mappings shipped in reports/mappings/, in file-name order."""
    folder = data_dir("reports") / MAPPINGS_FOLDER
    return tuple(load_mapping(p) for p in sorted(folder.glob("*.yaml")))


Kinds = Counter[tuple[str, tuple[str, ...], bool]]
"""Attempts counted by what requirements look at: (category, tags, transformed). A run has few kinds, so
every requirement is matched against kinds, not against each of tens of thousands of attempts."""


def _kinds(attempts: Iterable[Attempt]) -> Kinds:
    return Counter((a.category, tuple(a.tags), a.transform is not None) for a in attempts)


def _kind_matches(kind: tuple[str, tuple[str, ...], bool], rule: EvidencedBy) -> bool:
    category, tags, transformed = kind
    return (ANY in rule.categories or category in rule.categories
            or any(t in rule.tags for t in tags) or (rule.transforms and transformed))


def _matched(kinds: Kinds, rule: EvidencedBy) -> int:
    return sum(n for kind, n in kinds.items() if _kind_matches(kind, rule))


def _rule_scopes(policy: Policy | None, attempts: Sequence[Attempt]) -> dict[str, Kinds]:
    """Attempts each rule with an explicit selection looks at; rules over all attempts are left out."""
    if policy is None:
        return {}
    scopes = {}
    for rule in policy.rules:
        # A rule over every attempt (an error rate, say) says nothing about one category in particular.
        if rule.select.model_dump(exclude_none=True):
            scopes[rule.id] = _kinds(a for a in attempts if rule.select.matches(a))
    return scopes


def _finding_matches(finding: Finding, by: EvidencedBy, scope: Kinds | None) -> bool:
    metric = finding.metric.name.split(":")[0] if finding.metric is not None else None
    section = (finding.section or "").lower()
    return (by.any_finding or (finding.rule_type or "threshold") in by.rule_types or metric in by.metrics
            or any(s.lower() in section for s in by.sections)
            or (scope is not None and _matched(scope, by) > 0))


def _flag(by: EvidencedBy, report: Report) -> tuple[bool, bool, list[str]]:
    """Evidence that is a property of the report itself (its sign-off, detector cards, licence and provenance):
    (evidenced, partly evidenced, gaps)."""
    gaps = []
    ok = partly = False
    if by.signoff:
        if report.signoff is not None and report.signoff.signer:
            ok = True
        else:
            gaps.append("No signer is named: set signer in the run config or pass --signer to auditkit report.")
    if by.detector_cards:
        if getattr(report, "detector_cards", None):
            ok = True
        else:
            gaps.append("No detector card with measured accuracy is attached to this report.")
    if by.provenance:
        section = getattr(report, "provenance", None)
        if section is not None and section.recorded:
            # Recorded, with every licence known: evidenced; recorded with unknowns: partly, the unknowns are gaps.
            ok, partly = ok or not section.unknown, bool(section.unknown)
        gaps += section.unknown if section is not None else ["The report has no licence and provenance section."]
    return ok, partly, gaps


def _requirement(req: Requirement, report: Report, kinds: Kinds, scopes: dict[str, Kinds]) -> RequirementCoverage:
    by = req.evidenced_by
    matched = _matched(kinds, by)
    rules = {f.rule_id: f.status for f in report.findings if _finding_matches(f, by, scopes.get(f.rule_id))}
    flagged, partly, gaps = _flag(by, report)
    judged = [r for r, status in rules.items() if status in JUDGED]
    inconclusive = [r for r, status in rules.items() if status == "inconclusive"]
    wants_attempts = bool(by.categories or by.tags or by.transforms)
    if flagged or (judged and (matched or not wants_attempts)):
        status = "evidenced"
    elif matched or rules or partly:
        status = "partly evidenced"
    else:
        status = "not evidenced"
    if inconclusive:
        gaps.append(f"Inconclusive rule(s), too few attempts to decide: {', '.join(inconclusive)}.")
    if matched and not rules:
        gaps.append(f"{matched} attempt(s) were measured but no rule of the policy judged them.")
    if wants_attempts and not matched:
        what = ", ".join([c for c in by.categories if c != ANY] + by.tags) or "any probe"
        gaps.append(f"No probe of this run addresses it (would count: {what}).")
    if not any((wants_attempts, by.rule_types, by.metrics, by.sections, by.any_finding, by.signoff,
                by.detector_cards, by.provenance)):
        gaps.append("auditkit has no test for this requirement.")
    return RequirementCoverage(id=req.id, title=req.title, status=status, rules=rules, attempts=matched,
                               gaps=gaps + list(req.not_covered))


def coverage(report: Report, attempts: Sequence[Attempt],
             mappings: Sequence[Mapping] | None = None) -> list[FrameworkCoverage]:
    """How the run covers each requirement of each framework mapping, gaps listed explicitly."""
    scopes = _rule_scopes(report.policy, attempts)
    kinds = _kinds(attempts)
    return [FrameworkCoverage(id=m.framework, name=m.name, version=m.version, source=m.source,
                              requirements=[_requirement(r, report, kinds, scopes) for r in m.requirements])
            for m in (shipped_mappings() if mappings is None else mappings)]
