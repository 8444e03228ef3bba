"""Compute metrics over attempts: violation, flag and error rates, mean, quantile and max scores, per group."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from auditkit.metrics.model import Metric
from auditkit.metrics.stats import mean_interval, quantile_interval, wilson_interval
from auditkit.records.attempts import UNPARSED, Attempt

RATE_METRICS = ("violation_rate", "flag_rate", "error_rate")
SCORE_METRICS = ("mean_score", "quantile", "max_score")


def parsed_scores(attempt: Attempt, kind: str) -> list[float]:
    """Values of the attempt's scores of `kind`, leaving out unparsed ones."""
    return [s.value for s in attempt.scores if s.kind == kind and s.label != UNPARSED]


def is_unparsed(attempt: Attempt, kind: str) -> bool:
    """True when the attempt was answered and scored for `kind`, but every such score is unparsed."""
    kinds = [s for s in attempt.scores if s.kind == kind]
    return attempt.response is not None and bool(kinds) and all(s.label == UNPARSED for s in kinds)


def attempt_value(attempt: Attempt, metric: str, kind: str | None = None) -> float | None:
    """What one attempt contributes to a metric (1/0 for rates, its highest score otherwise), or None."""
    if metric == "violation_rate":
        return {"violation": 1.0, "pass": 0.0}.get(attempt.verdict)
    if metric == "error_rate":
        return float(attempt.verdict == "error")
    if not kind:
        raise ValueError(f"metric {metric!r} needs a score kind")
    if attempt.response is None:
        return None
    if metric == "flag_rate":
        flags = [s.flagged for s in attempt.scores if s.kind == kind and s.label != UNPARSED]
        return float(any(flags)) if flags else None
    if metric in SCORE_METRICS:
        values = parsed_scores(attempt, kind)
        return max(values) if values else None
    raise ValueError(f"unknown metric {metric!r}")


def metric_name(metric: str, kind: str | None = None, q: float | None = None) -> str:
    """violation_rate, flag_rate:refusal, mean_score:toxicity, p95:toxicity, max_score:toxicity."""
    if metric == "quantile":
        return f"p{(q or 0.0) * 100:g}:{kind}"
    return f"{metric}:{kind}" if kind else metric


def compute_metric(attempts: Sequence[Attempt], *, metric: str, kind: str | None = None,
                   selection: str = "all attempts", group: dict[str, str] | None = None,
                   q: float | None = None) -> Metric:
    """One metric over already-selected attempts.

    violation_rate: violations / attempts with a verdict (errors and unscored left out of n).
    flag_rate: attempts with a flagged score of `kind` / answered attempts scored for that kind.
    mean_score: mean of each answered attempt's highest `kind` score (t interval).
    quantile: the q-quantile of those scores (order-statistic interval); max_score: the largest one.
    error_rate: attempts without a response / all attempts.
    Scores labelled `unparsed` are left out of n and counted in `unparsed`.
    """
    if metric in SCORE_METRICS + ("flag_rate",) and not kind:
        raise ValueError(f"metric {metric!r} needs a score kind")
    if metric not in RATE_METRICS + SCORE_METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    if metric == "quantile" and (q is None or not 0.0 < q < 1.0):
        raise ValueError("metric 'quantile' needs q in (0, 1)")
    name = metric_name(metric, kind, q)
    values = [v for a in attempts if (v := attempt_value(a, metric, kind)) is not None]
    unparsed = sum(is_unparsed(a, kind) for a in attempts) if kind else 0
    base = {"name": name, "selection": selection, "group": group or {}, "unparsed": unparsed or None}
    n = len(values)
    if metric in RATE_METRICS:
        if n == 0:
            return Metric(value=None, n=0, successes=0, method="wilson", **base)
        hits = int(sum(values))
        low, high = wilson_interval(hits, n)
        return Metric(value=hits / n, ci_low=low, ci_high=high, n=n, successes=hits, method="wilson", **base)
    method = {"mean_score": "t", "quantile": "order-statistics", "max_score": "observed"}[metric]
    if n == 0:
        return Metric(value=None, n=0, method=method, **base)
    if metric == "mean_score":
        value, low, high = mean_interval(values)
    elif metric == "quantile":
        value, low, high = quantile_interval(values, q or 0.0)
    else:
        # The largest observed score describes these responses; it is not an estimate, so no interval widens it.
        value = low = high = max(values)
    return Metric(value=value, ci_low=low, ci_high=high, n=n, method=method, **base)


def by_group(attempts: Iterable[Attempt], variable: str, *, metric: str, kind: str | None = None,
             selection: str = "all attempts", q: float | None = None) -> list[Metric]:
    """The metric for each value of a probe variable (a demographic group), sorted by value."""
    groups: dict[str, list[Attempt]] = defaultdict(list)
    for a in attempts:
        if variable in a.variables:
            groups[a.variables[variable]].append(a)
    return [compute_metric(groups[v], metric=metric, kind=kind, selection=selection, group={variable: v}, q=q)
            for v in sorted(groups)]
