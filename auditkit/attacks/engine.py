"""Drive one strategy over a set of goals: bounded concurrency across goals, budgets, an event log written as it
happens, resume from that log, and a failure of the attacker, judge or target recorded as an error on its goal."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditkit.atomic import write_atomic
from auditkit.attacks.attacker import AttackerError, JudgeError
from auditkit.attacks.context import GoalContext, RunBudget
from auditkit.attacks.judge import HARM_SPEC, Judge
from auditkit.attacks.log import EventLog, history, read_events, results
from auditkit.attacks.model import AttackBudget, Goal, GoalResult
from auditkit.attacks.registry import load_strategy
from auditkit.attacks.strategy import Strategy
from auditkit.errors import InputError, TargetError
from auditkit.records.probes import DetectorSpec, Message
from auditkit.targets.base import Target

ATTACK_CONFIG = "attack-{strategy}.json"
OnResult = Callable[[GoalResult, int, int], None]
"""Called after each goal with (its result, goals done, goals in all)."""


@dataclass
class AttackRun:
    """What one strategy's run over its goals left: every goal's result and the folder it was logged in."""

    strategy: str
    folder: Path
    results: list[GoalResult]


def _direct_messages(goal: Goal) -> list[Message]:
    return [Message(role="user", content=goal.text)]


async def attack_goal(strategy: Strategy, ctx: GoalContext) -> GoalResult:
    """Attack one goal: the plain request first (the paired baseline), then the strategy; never raises for a
    failure of the target, attacker or judge, which becomes the goal's error."""
    goal = ctx.goal
    direct: bool | None = None
    error: str | None = None
    outcome = None
    try:
        answer = await ctx.ask_target(_direct_messages(goal), "direct", direct=True)
        direct = (await ctx.judge(answer, "direct")).success
        outcome = await strategy.attack(ctx)
    except (AttackerError, JudgeError) as exc:
        error = str(exc)
    except TargetError as exc:
        error = f"the target failed: {exc}"
    result = GoalResult(
        strategy=ctx.strategy, goal=goal.id, category=goal.category, hazards=goal.hazards,
        status="error" if error else ("success" if outcome and outcome.success else "failure"),
        direct_success=direct, queries=ctx.queries, attacker_queries=ctx.attacker_queries,
        target_tokens=ctx.target_tokens, attacker_tokens=ctx.attacker_tokens, tokens_estimated=ctx.tokens_estimated,
        turns=outcome.turns if outcome else 0, pruned_off_topic=ctx.counters.get("pruned_off_topic", 0),
        pruned_low_score=ctx.counters.get("pruned_low_score", 0), backtracks=ctx.counters.get("backtracks", 0),
        stopped=outcome.stopped if outcome else None, error=error,
        conversation=outcome.conversation if outcome and outcome.success else [])
    ctx.note("result", **result.model_dump(mode="json"))
    return result


async def run_attacks(goals: Sequence[Goal], *, strategy: str | Strategy, target: Target, attacker: Target, out: Path,
                      budget: AttackBudget = AttackBudget(), judge: Sequence[DetectorSpec] = (HARM_SPEC,),
                      seed: int = 0, resume: bool = False, options: dict[str, Any] | None = None,
                      on_result: OnResult | None = None, describe: dict[str, Any] | None = None) -> AttackRun:
    """Attack every goal with `strategy`, logging each event to `out`/attacks.jsonl as it happens.

    With `resume`, goals with a logged result are kept, and the others replay their logged events (no call is
    made again) and continue live from the last one. Without it, a folder that already holds this strategy's
    events is refused. `strategy` is a registered name (built with `options`) or a Strategy object.
    """
    if isinstance(strategy, str):
        chosen = load_strategy(strategy, **(options or {}))
    else:
        chosen, strategy = strategy, strategy.name
    events = read_events(out)
    logged = history(events, strategy)
    if logged and not resume:
        raise InputError(f"{out}: already holds a {strategy} attack; pass --resume to continue it, "
                         "or choose another --out")
    done = {r.goal: r for r in results(events) if r.strategy == strategy}
    todo = [g for g in goals if g.id not in done]
    # Queries already spent count against the run's total, so a resumed run keeps the budget it was given.
    spent = sum(1 for e in events if e.strategy == strategy and e.kind == "target")
    run_budget = RunBudget(None if budget.total_queries is None else max(0, budget.total_queries - spent))
    judge_ = Judge(goals, judge)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / ATTACK_CONFIG.format(strategy=strategy), json.dumps(
        {"strategy": strategy, "options": options or {}, "budget": budget.model_dump(mode="json"), "seed": seed,
         "judge": [s.model_dump(mode="json") for s in judge], "goals": [g.id for g in goals],
         **(describe or {})}, indent=2, default=str) + "\n")
    log = EventLog(out)
    finished = [done[g.id] for g in goals if g.id in done]
    gate = asyncio.Semaphore(budget.concurrency)

    async def one(goal: Goal) -> None:
        async with gate:
            ctx = GoalContext(strategy=strategy, goal=goal, attacker=attacker, target=target, judge=judge_,
                              budget=budget, run_budget=run_budget, seed=seed, log=log.append,
                              replay=logged.get(goal.id))
            result = await attack_goal(chosen, ctx)
        finished.append(result)
        if on_result:
            on_result(result, len(finished), len(goals))

    try:
        async with asyncio.TaskGroup() as group:
            for goal in todo:
                group.create_task(one(goal))
    finally:
        log.close()
    order = {g.id: i for i, g in enumerate(goals)}
    return AttackRun(strategy=strategy, folder=out, results=sorted(finished, key=lambda r: order.get(r.goal, 0)))

