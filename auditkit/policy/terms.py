"""The words of the policy language: severities, finding statuses, judging modes, and why a finding is
inconclusive and what that does to the gate."""

from __future__ import annotations

from typing import Literal

Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("info", "low", "medium", "high", "critical")
Status = Literal["pass", "fail", "inconclusive"]
InconclusiveAction = Literal["fail", "warn", "pass"]
INCONCLUSIVE_ACTIONS: tuple[InconclusiveAction, ...] = ("fail", "warn", "pass")
INCONCLUSIVE_HELP = ("what an inconclusive finding does to the gate: fail (it fails the gate like a failed "
                     "rule of its severity), warn (it passes the gate and is announced) or pass (it passes quietly)")
Reason = Literal["no_attempts", "too_few", "too_few_per_group", "no_baseline", "no_review", "undecided"]
REASON_WORDS: dict[str, str] = {
    "no_attempts": "no matching attempts",
    "too_few": "too few attempts",
    "too_few_per_group": "too few per group",
    "no_baseline": "no baseline given",
    "no_review": "no human review of the deciding detector",
    "undecided": "interval across the bound",
}
Mode = Literal["point", "confident_pass", "confident_fail"]
MODE_HELP = ("point: judge the estimate; confident_pass: pass only when the whole 95% interval is within the "
             "bound; confident_fail: fail only when the whole interval is beyond it. Where estimate and "
             "interval disagree the finding is inconclusive and says how many more samples would decide it.")


def severity_rank(severity: Severity) -> int:
    """Order of severities, info lowest."""
    return SEVERITIES.index(severity)
