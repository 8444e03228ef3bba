"""The policy engine: judge scored attempts against a policy (one Finding per rule), and the gate's exit code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, get_args

from auditkit.policy.base import Baseline, JudgeContext
from auditkit.policy.finding import Finding
from auditkit.policy.model import Policy, RuleBase
from auditkit.policy.terms import REASON_WORDS, InconclusiveAction, Severity, severity_rank
from auditkit.records.attempts import Attempt, Verdict

if TYPE_CHECKING:
    from auditkit.attacks.summary import AttackSummary
    from auditkit.metrics.review import ReviewEstimate
    from auditkit.records.cards import DetectorCard


def _in_plan_order(attempts: Iterable[Attempt]) -> list[Attempt]:
    # Sorting first makes metrics, evidence and messages independent of the order attempts arrived in.
    return sorted(attempts, key=lambda a: (a.index, a.id))


def judge(policy: Policy, attempts: Sequence[Attempt], *, evidence_limit: int = 5,
          baseline: Baseline | None = None, cards: list[DetectorCard] | None = None,
          detector_versions: dict[str, str] | None = None,
          on_inconclusive: InconclusiveAction | None = None,
          review: ReviewEstimate | None = None, attacks: Sequence[AttackSummary] = ()) -> list[Finding]:
    """One Finding per rule, in policy order; the same attempts in any order give identical findings.

    `baseline` is the run regression rules compare with (without one they are inconclusive); `cards` are the
    detector cards for Rogan-Gladen corrections (default: the shipped ones); `detector_versions` maps
    detector names to the versions the run used, to pick the matching card. Each inconclusive finding carries
    what it does to the gate (the rule's `on_inconclusive`, else the policy's for its severity);
    `on_inconclusive` overrides both for every rule (`--fail-on-inconclusive`). `review` is the run's human
    review, for rules that judge the rate corrected by it (`correction: review`). `attacks`: the adaptive attacks
    run against the same target (attack_success rules).
    """
    if baseline is not None:
        baseline = Baseline(label=baseline.label, attempts=_in_plan_order(baseline.attempts))
    ctx = JudgeContext(attempts=_in_plan_order(attempts), evidence_limit=evidence_limit, baseline=baseline,
                       cards=cards, detector_versions=dict(detector_versions or {}), review=review,
                       attacks=list(attacks))
    if on_inconclusive is not None:
        policy = policy.with_inconclusive(on_inconclusive)
    return [_with_action(rule.judge(ctx), rule, policy) for rule in policy.rules]


def _with_action(finding: Finding, rule: RuleBase, policy: Policy) -> Finding:
    if finding.status != "inconclusive":
        return finding
    action = policy.inconclusive_action(rule, finding.reason)
    note = "; inconclusive fails the gate at this severity (on_inconclusive: fail)" if action == "fail" else ""
    return finding.model_copy(update={"on_inconclusive": action, "message": finding.message + note})


def blocks_gate(finding: Finding, fail_on: Severity) -> bool:
    """True when this finding fails a gate at `fail_on`: a failure, or an inconclusive finding whose policy
    says inconclusive fails, at or above that severity."""
    if severity_rank(finding.severity) < severity_rank(fail_on):
        return False
    return finding.status == "fail" or (finding.status == "inconclusive" and finding.on_inconclusive == "fail")


def gate(findings: Iterable[Finding], fail_on: Severity) -> int:
    """Exit code of the gate: 1 when a finding at or above `fail_on` failed, or was inconclusive under a policy
    that fails on inconclusive; else 0."""
    return int(any(blocks_gate(f, fail_on) for f in findings))


def lacking_evidence(findings: Iterable[Finding]) -> dict[str, int]:
    """How many inconclusive findings lacked evidence for each reason, most common first."""
    counts: dict[str, int] = {}
    for f in findings:
        if f.status == "inconclusive":
            reason = f.reason or "undecided"
            counts[reason] = counts.get(reason, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def lacking_evidence_text(findings: Sequence[Finding], fail_on: Severity) -> str | None:
    """'3 rules lacked evidence (2 no matching attempts, 1 no baseline given); 1 of them fails the gate', or
    None when every rule was decided."""
    counts = lacking_evidence(findings)
    if not counts:
        return None
    total = sum(counts.values())
    parts = ", ".join(f"{n} {REASON_WORDS.get(reason, reason)}" for reason, n in counts.items())
    blocking = sum(f.status == "inconclusive" and blocks_gate(f, fail_on) for f in findings)
    tail = f"; {blocking} of them fail{'s' if blocking == 1 else ''} the gate" if blocking else \
        "; none of them fails the gate"
    return f"{total} rule{'s' if total != 1 else ''} lacked evidence ({parts}){tail}"


def verdict_counts(attempts: Iterable[Attempt]) -> dict[str, int]:
    """How many attempts have each verdict; every verdict is a key, even at zero."""
    counts = dict.fromkeys(get_args(Verdict), 0)
    for attempt in attempts:
        counts[attempt.verdict] += 1
    return counts
