"""The attack workflow: goals from suites, attacker and target opened, each strategy run into one folder, its
summary written, and an audit run in the same folder re-judged so its reports gain the Adaptive attacks section."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit.aio import run_sync
from auditkit.atomic import write_atomic
from auditkit.attacks.engine import OnResult, run_attacks
from auditkit.attacks.goals import select_goals
from auditkit.attacks.judge import HARM_SPEC
from auditkit.attacks.log import read_events, results
from auditkit.attacks.model import AttackBudget
from auditkit.attacks.summary import AttackSummary, summarize_all
from auditkit.records.probes import DetectorSpec
from auditkit.report.escape import redact_secrets
from auditkit.report.markdown import render_attacks_markdown
from auditkit.runs.folder import RunFolder
from auditkit.suites.load import load_suites
from auditkit.targets.base import Target
from auditkit.targets.startup import open_target, start_target

SUMMARY_JSON = "attack-summary.json"
SUMMARY_MD = "attack-summary.md"


@dataclass
class AttackOptions:
    """Everything one `auditkit attack` needs."""

    target: str
    attacker: str
    out: Path
    strategies: Sequence[str] = ("pair",)
    suites: Sequence[str] = ("core-misuse",)
    goals: Sequence[str] = ()
    limit: int | None = None
    judge: Sequence[DetectorSpec] = (HARM_SPEC,)
    budget: AttackBudget = field(default_factory=AttackBudget)
    seed: int = 0
    resume: bool = False
    strategy_options: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class AttackOutcome:
    """What an attack run left: its folder, the summaries of every strategy logged there, and whether the folder
    holds an audit run whose reports were refreshed."""

    folder: Path
    summaries: list[AttackSummary]
    rejudged: bool


async def attack_async(options: AttackOptions, *, on_start: Callable[[str, int], None] | None = None,
                       on_result: OnResult | None = None) -> AttackOutcome:
    """Run every strategy of `options` in turn (see attack)."""
    goals = select_goals(load_suites(list(options.suites)), only=options.goals, limit=options.limit,
                         seed=options.seed)
    concurrency = options.budget.concurrency
    target = open_target(options.target, concurrency=concurrency)
    attacker: Target = target if options.attacker == options.target else \
        open_target(options.attacker, concurrency=concurrency)
    try:
        await start_target(target)
        if attacker is not target:
            await start_target(attacker)
        describe = {"target": redact_secrets(target.describe()), "attacker": redact_secrets(attacker.describe())}
        for strategy in options.strategies:
            if on_start:
                on_start(strategy, len(goals))
            await run_attacks(goals, strategy=strategy, target=target, attacker=attacker, out=options.out,
                              budget=options.budget, judge=options.judge, seed=options.seed,
                              resume=options.resume, options=options.strategy_options.get(strategy),
                              on_result=on_result, describe=describe)
    finally:
        await target.aclose()
        if attacker is not target:
            await attacker.aclose()
    return finish(options.out)


def finish(out: Path) -> AttackOutcome:
    """Summarise every strategy logged in `out`; re-judge the audit run there (if any) so its reports show them."""
    summaries = summarize_all(results(read_events(out)))
    write_atomic(out / SUMMARY_JSON, json.dumps([s.model_dump(mode="json") for s in summaries], indent=2) + "\n")
    write_atomic(out / SUMMARY_MD, render_attacks_markdown(summaries))
    rejudged = RunFolder(out).exists()
    if rejudged:
        from auditkit.runs.judging import judge_run

        judge_run(out, write=True)
    return AttackOutcome(folder=out, summaries=summaries, rejudged=rejudged)


def attack(options: AttackOptions, *, on_start: Callable[[str, int], None] | None = None,
           on_result: OnResult | None = None) -> AttackOutcome:
    """Attack the target's harmful-request goals with each strategy, logging to `options.out` as it goes."""
    return run_sync(attack_async(options, on_start=on_start, on_result=on_result), thread_name="auditkit-attack")
