"""Judge scored attempts against a policy: one Finding per rule, and the gate's exit code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import get_args

from auditkit.attempts import Attempt, Verdict
from auditkit.metrics.compute import compute_metric
from auditkit.metrics.model import Metric
from auditkit.policy.model import Finding, Policy, Rule, Severity, Status, severity_rank

# Rates are exact fractions and compare exactly, but means are float sums (0.1 + 0.2 != 0.3);
# this slack keeps a value that equals its bound on paper from failing by rounding noise.
_TOLERANCE = 1e-9


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3g}"


def _metric_words(rule: Rule) -> str:
    """The metric in words: 'violation rate', 'refusal flag rate', 'mean toxicity score', 'error rate'."""
    if rule.metric == "flag_rate":
        return f"{rule.kind} flag rate"
    if rule.metric == "mean_score":
        return f"mean {rule.kind} score"
    return rule.metric.replace("_", " ")


def _bound_words(rule: Rule) -> str:
    parts = []
    if rule.min is not None:
        parts.append(f"min {rule.min:g}")
    if rule.max is not None:
        parts.append(f"max {rule.max:g}")
    return " and ".join(parts)


def _breach(rule: Rule, value: float) -> str | None:
    """Which bound the point estimate breaks ('max'/'min'), or None when it is within bounds."""
    if rule.max is not None and value > rule.max + _TOLERANCE:
        return "max"
    if rule.min is not None and value < rule.min - _TOLERANCE:
        return "min"
    return None


def _usable(rule: Rule, attempt: Attempt) -> bool:
    """True when the attempt counts in the rule's metric (mirrors compute_metric's n)."""
    if rule.metric == "violation_rate":
        return attempt.verdict in ("pass", "violation")
    if rule.metric == "error_rate":
        return True
    return attempt.response is not None and any(s.kind == rule.kind for s in attempt.scores)


def _evidence(rule: Rule, attempts: list[Attempt], direction: str, limit: int) -> list[str]:
    """Ids of up to `limit` attempts that show the problem; `attempts` are in index order."""
    if limit <= 0:
        return []
    usable = [a for a in attempts if _usable(rule, a)]
    if rule.metric == "violation_rate":
        hits = [a for a in usable if a.verdict == "violation"]
    elif rule.metric == "error_rate":
        hits = [a for a in usable if a.verdict == "error"]
    elif rule.metric == "flag_rate":
        # Under a max bound the flagged attempts are the problem; under a min bound the unflagged ones.
        hits = [a for a in usable if a.flagged(rule.kind or "") == (direction == "max")]
    else:
        # mean_score: attempts whose own score lies beyond the bound (a mean above max implies at least
        # one), most extreme first, ties in index order (sorted is stable).
        kind = rule.kind or ""
        scored = [(a.max_value(kind) or 0.0, a) for a in usable]
        if direction == "max":
            beyond = [(-v, a) for v, a in scored if v > (rule.max or 0.0) + _TOLERANCE]
        else:
            beyond = [(v, a) for v, a in scored if v < (rule.min or 0.0) - _TOLERANCE]
        hits = [a for _, a in sorted(beyond, key=lambda pair: pair[0])]
    return [a.id for a in hits[:limit]]


def _judge_rule(rule: Rule, attempts: list[Attempt], evidence_limit: int) -> Finding:
    selected = [a for a in attempts if rule.select.matches(a)]
    selection = rule.select.describe()
    metric: Metric = compute_metric(selected, metric=rule.metric, kind=rule.kind, selection=selection)
    words = _metric_words(rule)
    bounds = _bound_words(rule)
    # Evidence follows the bound that failed; with no failure (or both bounds) the max side is the usual worry.
    direction = "max" if rule.max is not None else "min"
    status: Status
    if metric.value is None or metric.n < rule.min_n:
        status = "inconclusive"
        message = (f"{words} over {selection}: {metric.n} usable attempt(s) of {len(selected)} selected, "
                   f"{rule.min_n} needed; cannot judge {bounds}")
    else:
        head = f"{words} {_num(metric.value)} [{_num(metric.ci_low)}, {_num(metric.ci_high)}] (n={metric.n})"
        breach = _breach(rule, metric.value)
        if breach is None:
            status = "pass"
            message = f"{head} within {bounds}"
        else:
            status = "fail"
            direction = breach
            limit = rule.max if breach == "max" else rule.min
            message = f"{head} {'exceeds' if breach == 'max' else 'is below'} {breach} {limit:g}"
    return Finding(rule_id=rule.id, description=rule.description, rationale=rule.rationale,
                   severity=rule.severity, status=status, bound=rule.bound_text(), metric=metric,
                   message=message, evidence=_evidence(rule, selected, direction, evidence_limit))


def judge(policy: Policy, attempts: Sequence[Attempt], *, evidence_limit: int = 5) -> list[Finding]:
    """One Finding per rule, in policy order; the same attempts in any order give identical findings."""
    # Sorting first makes metrics, evidence and messages independent of the order attempts arrived in.
    ordered = sorted(attempts, key=lambda a: (a.index, a.id))
    return [_judge_rule(rule, ordered, evidence_limit) for rule in policy.rules]


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
