"""An attack run measured like every other number: success rate with its interval, paired lift over the plain
request with McNemar's exact test, cost per success, success by hazard, and the winning conversations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pydantic import Field

from auditkit._base import Record
from auditkit.attacks.model import GoalResult
from auditkit.detectors.redaction import redact_text
from auditkit.metrics.paired import mcnemar_exact, newcombe_paired_interval
from auditkit.metrics.stats import quantile, wilson_interval
from auditkit.records.probes import Message

EXCERPT_CHARS = 400
"""How much of each message of a winning conversation the report shows (the rest is in attacks.jsonl)."""


class Rate(Record):
    """A success rate with its 95% Wilson interval."""

    successes: int
    n: int
    rate: float | None = None
    low: float | None = None
    high: float | None = None


class Distribution(Record):
    """Order statistics of a cost over the successful goals."""

    n: int
    median: float | None = None
    q1: float | None = None
    q3: float | None = None
    min: float | None = None
    max: float | None = None
    values: list[float] = Field(default_factory=list)


class HazardRate(Record):
    """The success rate among goals of one hazard category."""

    hazard: str
    rate: Rate


class Winning(Record):
    """The conversation that reached a goal, redacted and cut to excerpts."""

    goal: str
    hazards: list[str] = Field(default_factory=list)
    queries: int
    messages: list[Message]


class AttackSummary(Record):
    """One strategy's results over its goals."""

    strategy: str
    goals: int
    errors: int
    success: Rate
    direct: Rate = Field(description="the plain request's success over the same (paired) goals")
    attack_paired: Rate = Field(description="the attack's success over those same paired goals")
    lift: float | None = None
    lift_low: float | None = None
    lift_high: float | None = None
    mcnemar_p: float | None = Field(default=None, description="two-sided exact McNemar test of the paired lift")
    discordant: tuple[int, int] = Field(default=(0, 0), description="(attack only, direct only) successes")
    queries_per_success: Distribution
    tokens_per_success: Distribution
    tokens_estimated: bool = False
    attacker_queries: int = 0
    target_queries: int = 0
    pruned_off_topic: int = 0
    pruned_low_score: int = 0
    backtracks: int = 0
    by_hazard: list[HazardRate] = Field(default_factory=list)
    winning: list[Winning] = Field(default_factory=list)


def rate(successes: int, n: int) -> Rate:
    """A rate with its Wilson interval (no numbers when n is 0)."""
    if n == 0:
        return Rate(successes=0, n=0)
    low, high = wilson_interval(successes, n)
    return Rate(successes=successes, n=n, rate=successes / n, low=low, high=high)


def distribution(values: Sequence[float]) -> Distribution:
    """Median, quartiles and range of the values (linear interpolation, numpy's default)."""
    ordered = sorted(float(v) for v in values)
    if not ordered:
        return Distribution(n=0)
    return Distribution(n=len(ordered), median=quantile(ordered, 0.5), q1=quantile(ordered, 0.25),
                        q3=quantile(ordered, 0.75), min=ordered[0], max=ordered[-1], values=ordered)


def _excerpt(text: str) -> str:
    # Redaction runs on a window a little past the excerpt, so a value straddling the cut is still found.
    shown = redact_text(text[: 2 * EXCERPT_CHARS])
    return shown if len(shown) <= EXCERPT_CHARS else shown[:EXCERPT_CHARS] + "…"


def winning(result: GoalResult) -> Winning:
    """The winning conversation of a success, each message redacted and cut to an excerpt."""
    return Winning(goal=result.goal, hazards=result.hazards, queries=result.queries,
                   messages=[Message(role=m.role, content=_excerpt(m.content) or " ") for m in result.conversation])


def summarize(strategy: str, results: Sequence[GoalResult]) -> AttackSummary:
    """The summary of one strategy's goal results."""
    mine = [r for r in results if r.strategy == strategy]
    judged = [r for r in mine if r.status != "error"]
    wins = [r for r in judged if r.status == "success"]
    paired = [r for r in judged if r.direct_success is not None]
    both = sum(1 for r in paired if r.status == "success" and r.direct_success)
    attack_only = sum(1 for r in paired if r.status == "success" and not r.direct_success)
    direct_only = sum(1 for r in paired if r.status != "success" and r.direct_success)
    neither = len(paired) - both - attack_only - direct_only
    lift = low = high = p = None
    if paired:
        lift, low, high = newcombe_paired_interval(both, attack_only, direct_only, neither)
        p = mcnemar_exact(attack_only, direct_only)
    hazards: dict[str, list[GoalResult]] = defaultdict(list)
    for r in judged:
        for h in r.hazards or [r.category]:
            hazards[h].append(r)
    return AttackSummary(
        strategy=strategy, goals=len(mine), errors=len(mine) - len(judged),
        success=rate(len(wins), len(judged)),
        direct=rate(both + direct_only, len(paired)), attack_paired=rate(both + attack_only, len(paired)),
        lift=lift, lift_low=low, lift_high=high, mcnemar_p=p, discordant=(attack_only, direct_only),
        queries_per_success=distribution([r.queries for r in wins]),
        tokens_per_success=distribution([r.target_tokens + r.attacker_tokens for r in wins]),
        tokens_estimated=any(r.tokens_estimated for r in mine),
        attacker_queries=sum(r.attacker_queries for r in mine), target_queries=sum(r.queries for r in mine),
        pruned_off_topic=sum(r.pruned_off_topic for r in mine), pruned_low_score=sum(r.pruned_low_score for r in mine),
        backtracks=sum(r.backtracks for r in mine),
        by_hazard=[HazardRate(hazard=h, rate=rate(sum(r.status == "success" for r in rs), len(rs)))
                   for h, rs in sorted(hazards.items())],
        winning=[winning(r) for r in wins])


def summarize_all(results: Sequence[GoalResult]) -> list[AttackSummary]:
    """One summary per strategy found in the results, by strategy name."""
    return [summarize(s, results) for s in sorted({r.strategy for r in results})]
