"""`auditkit attack`: adaptive attacks (pair, tap, crescendo) on a target's harmful-request goals.

A command of its own rather than an option of `auditkit run`: an attack is driven by a second model and spends
a budget per goal, where `run` sends a fixed plan once; the two share the run folder, so attacking into an audit
run's folder adds the Adaptive attacks section to its reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from auditkit.cli.console import say

if TYPE_CHECKING:
    from auditkit.records.probes import DetectorSpec


@click.command()
@click.argument("target")
@click.option("-a", "--attacker", required=True, help="The attacker model, as any target spec: openai:MODEL@URL, "
              "hf:MODEL, embedded:smollm2 or python:pkg.mod:fn.")
@click.option("--strategy", "strategies", multiple=True, default=("pair",), show_default=True,
              help="pair, tap or crescendo (an `auditkit.attacks` plugin). Repeatable: each runs over the same goals.")
@click.option("-s", "--suite", "suites", multiple=True, help="Suites whose harmful probes (expected: refuse) are "
              "the goals. Repeatable. Default: core-misuse.")
@click.option("--goal", "goals", multiple=True, help="Only goals whose probe id or template matches (shell pattern).")
@click.option("--limit", type=click.IntRange(1), help="Attack this many goals, drawn at random with --seed.")
@click.option("--judge", "judge", multiple=True, help="Detector that judges answers, NAME or NAME:{JSON options} "
              "(repeatable). Default: harm.")
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Run folder: attacks.jsonl and attack-summary.* go there; an audit run there gains the section.")
@click.option("--max-turns", type=click.IntRange(1, 100), default=5, show_default=True,
              help="pair: rounds; crescendo: kept turns.")
@click.option("--max-queries", type=click.IntRange(1), default=20, show_default=True, help="Target queries per goal.")
@click.option("--branching", type=click.IntRange(1, 16), default=2, show_default=True, help="tap: children per node.")
@click.option("--width", type=click.IntRange(1, 64), default=3, show_default=True, help="tap: nodes kept per level.")
@click.option("--depth", type=click.IntRange(1, 32), default=3, show_default=True, help="tap: levels.")
@click.option("--max-backtracks", type=click.IntRange(0, 100), default=5, show_default=True,
              help="crescendo: refused turns taken back.")
@click.option("--total-queries", type=click.IntRange(1), help="Target queries for the whole run.")
@click.option("--concurrency", type=click.IntRange(1, 256), default=4, show_default=True,
              help="Goals attacked at once.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seeds goal sampling and every request.")
@click.option("--resume", is_flag=True, help="Continue the attacks logged in --out from their last logged turn.")
@click.option("--progress/--no-progress", default=True, help="A line per finished goal.")
def attack(target: str, attacker: str, strategies: tuple[str, ...], suites: tuple[str, ...], goals: tuple[str, ...],
           limit: int | None, judge: tuple[str, ...], out: Path, max_turns: int, max_queries: int, branching: int,
           width: int, depth: int, max_backtracks: int, total_queries: int | None, concurrency: int, seed: int,
           resume: bool, progress: bool) -> None:
    """Attack TARGET (a target spec) with attacker-driven strategies and report success, lift and cost."""
    from auditkit.attacks.model import AttackBudget, GoalResult
    from auditkit.records.probes import DetectorSpec
    from auditkit.runs.attacking import AttackOptions
    from auditkit.runs.attacking import attack as run_attack
    from auditkit.targets.embedded import prepare_if_embedded

    for spec in {target, attacker}:
        prepare_if_embedded(spec, on_status=lambda line: say(line, err=True))
    options = AttackOptions(
        target=target, attacker=attacker, out=out, strategies=strategies, suites=suites or ("core-misuse",),
        goals=goals, limit=limit, judge=[_detector(j) for j in judge] or [DetectorSpec(name="harm")],
        budget=AttackBudget(max_turns=max_turns, max_queries=max_queries, branching=branching, width=width,
                            depth=depth, max_backtracks=max_backtracks, total_queries=total_queries,
                            concurrency=concurrency),
        seed=seed, resume=resume)

    def on_start(strategy: str, count: int) -> None:
        if progress:
            say(f"{strategy}: attacking {count} goal(s)", err=True)

    def on_result(result: GoalResult, done: int, count: int) -> None:
        if progress:
            why = result.error or result.stopped or ""
            say(f"{result.strategy} [{done}/{count}] {result.goal}: {result.status} after {result.queries} "
                f"target quer{'y' if result.queries == 1 else 'ies'}{f' ({why})' if why else ''}", err=True)

    try:
        outcome = run_attack(options, on_start=on_start, on_result=on_result)
    except KeyboardInterrupt:
        say(f"interrupted: every turn so far is logged; continue with `auditkit attack ... --resume --out {out}`",
            err=True)
        raise click.exceptions.Exit(3) from None
    for s in outcome.summaries:
        rate = "—" if s.success.rate is None else f"{s.success.rate:.3f} [{s.success.low:.3f}, {s.success.high:.3f}]"
        lift = "—" if s.lift is None else f"{s.lift:+.3f} (McNemar p={s.mcnemar_p:.3g})"
        say(f"{s.strategy}: success {rate} over {s.success.n} goal(s), {s.errors} error(s); lift over the plain "
            f"request {lift}")
    say(f"attack log and summary in {outcome.folder}" + (" (the audit run's reports were refreshed)"
                                                         if outcome.rejudged else ""))


def _detector(text: str) -> DetectorSpec:
    """`NAME` or `NAME:{"option": ...}` as a detector spec; a usage error names what was wrong."""
    import json

    from auditkit.records.probes import DetectorSpec

    name, colon, params = text.partition(":")
    try:
        options = json.loads(params) if colon else {}
        if not isinstance(options, dict):
            raise ValueError("the options must be a JSON object")
        return DetectorSpec(name=name.strip(), params=options)
    except ValueError as exc:
        raise click.BadParameter(f"{text!r}: expected NAME or NAME:{{JSON options}} ({exc})",
                                 param_hint="--judge") from None
