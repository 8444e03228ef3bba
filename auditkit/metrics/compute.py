"""Compute metrics over attempts: violation, flag and error rates, mean scores, per group."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from auditkit.attempts import Attempt
from auditkit.metrics.model import Metric
from auditkit.metrics.stats import mean_interval, wilson_interval


def _rate(name: str, selection: str, hits: int, n: int, group: dict[str, str] | None = None) -> Metric:
    if n == 0:
        return Metric(name=name, selection=selection, value=None, n=0, successes=0, method="wilson",
                      group=group or {})
    low, high = wilson_interval(hits, n)
    return Metric(name=name, selection=selection, value=hits / n, ci_low=low, ci_high=high, n=n, successes=hits,
                  method="wilson", group=group or {})


def compute_metric(attempts: Sequence[Attempt], *, metric: str, kind: str | None = None,
                   selection: str = "all attempts", group: dict[str, str] | None = None) -> Metric:
    """One metric over already-selected attempts.

    violation_rate: violations / attempts with a verdict (errors and unscored left out of n).
    flag_rate: attempts with a flagged score of `kind` / answered attempts scored for that kind.
    mean_score: mean of each answered attempt's highest `kind` score.
    error_rate: attempts without a response / all attempts.
    """
    if metric == "violation_rate":
        judged = [a for a in attempts if a.verdict in ("pass", "violation")]
        hits = sum(a.verdict == "violation" for a in judged)
        return _rate(metric, selection, hits, len(judged), group)
    if metric == "error_rate":
        return _rate(metric, selection, sum(a.verdict == "error" for a in attempts), len(attempts), group)
    if not kind:
        raise ValueError(f"metric {metric!r} needs a score kind")
    name = f"{metric}:{kind}"
    scored = [a for a in attempts if a.response is not None and any(s.kind == kind for s in a.scores)]
    if metric == "flag_rate":
        return _rate(name, selection, sum(a.flagged(kind) for a in scored), len(scored), group)
    if metric == "mean_score":
        values = [v for a in scored if (v := a.max_value(kind)) is not None]
        if not values:
            return Metric(name=name, selection=selection, value=None, n=0, method="t", group=group or {})
        m, low, high = mean_interval(values)
        return Metric(name=name, selection=selection, value=m, ci_low=low, ci_high=high, n=len(values),
                      method="t", group=group or {})
    raise ValueError(f"unknown metric {metric!r}")


def by_group(attempts: Iterable[Attempt], variable: str, *, metric: str, kind: str | None = None,
             selection: str = "all attempts") -> list[Metric]:
    """The metric for each value of a probe variable (a demographic group), sorted by value."""
    groups: dict[str, list[Attempt]] = defaultdict(list)
    for a in attempts:
        if variable in a.variables:
            groups[a.variables[variable]].append(a)
    return [compute_metric(groups[v], metric=metric, kind=kind, selection=selection, group={variable: v})
            for v in sorted(groups)]
