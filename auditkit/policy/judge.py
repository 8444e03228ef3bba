"""Judge scored attempts against a policy: one Finding per rule, and the gate's exit code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, get_args

from auditkit.attempts import Attempt, Verdict
from auditkit.policy.base import Baseline, JudgeContext, Severity, severity_rank
from auditkit.policy.finding import Finding
from auditkit.policy.model import Policy

if TYPE_CHECKING:
    from auditkit.detectors.card import DetectorCard


def _in_plan_order(attempts: Iterable[Attempt]) -> list[Attempt]:
    # Sorting first makes metrics, evidence and messages independent of the order attempts arrived in.
    return sorted(attempts, key=lambda a: (a.index, a.id))


def judge(policy: Policy, attempts: Sequence[Attempt], *, evidence_limit: int = 5,
          baseline: Baseline | None = None, cards: list[DetectorCard] | None = None,
          detector_versions: dict[str, str] | None = None) -> list[Finding]:
    """One Finding per rule, in policy order; the same attempts in any order give identical findings.

    `baseline` is the run regression rules compare with (without one they are inconclusive); `cards` are the
    detector cards for Rogan-Gladen corrections (default: the shipped ones); `detector_versions` maps
    detector names to the versions the run used, to pick the matching card.
    """
    if baseline is not None:
        baseline = Baseline(label=baseline.label, attempts=_in_plan_order(baseline.attempts))
    ctx = JudgeContext(attempts=_in_plan_order(attempts), evidence_limit=evidence_limit, baseline=baseline,
                       cards=cards, detector_versions=dict(detector_versions or {}))
    return [rule.judge(ctx) for rule in policy.rules]


def gate(findings: Iterable[Finding], fail_on: Severity) -> int:
    """Exit code of the gate: 1 when a failed finding has severity at or above `fail_on`, else 0."""
    threshold = severity_rank(fail_on)
    return int(any(f.status == "fail" and severity_rank(f.severity) >= threshold for f in findings))


def verdict_counts(attempts: Iterable[Attempt]) -> dict[str, int]:
    """How many attempts have each verdict; every verdict is a key, even at zero."""
    counts = dict.fromkeys(get_args(Verdict), 0)
    for attempt in attempts:
        counts[attempt.verdict] += 1
    return counts
