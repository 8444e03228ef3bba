"""What adaptive attacks cost beyond the models: attacker and target requests per second, and auditkit's
overhead per turn (budgeting, the event log written and flushed per call, the judge, replay bookkeeping).

    python benchmarks/attack_overhead.py [--goals 32] [--latency-ms 50] [--concurrency 8]

The attacker and the target are python targets that answer after a fixed latency (asyncio.sleep), so the models
cost nothing but that latency; the judge is a pattern detector (no model). PAIR runs every goal for its full
budget (the target always refuses). Two settings:
- latency 0: the wall time per turn is auditkit's own overhead (one attacker call, one target call, one judge
  call and their log lines), measured per turn with the goals attacked one at a time;
- latency L with concurrency C: requests per second against the ideal (C goals at once, each turn waiting 2L).
Writes benchmarks/results/attack_overhead.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.attacks.engine import run_attacks  # noqa: E402
from auditkit.attacks.model import AttackBudget, Goal  # noqa: E402
from auditkit.attacks.pair import Pair  # noqa: E402
from auditkit.records.probes import DetectorSpec  # noqa: E402
from auditkit.targets.python import PythonConfig, PythonTarget  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "attack_overhead.json"
JUDGE = [DetectorSpec(name="pattern", params={"kind": "refusal", "patterns": {"refusal": "I can't"}})]
ROUNDS = 5


async def target(prompt: str, latency: float = 0.0) -> str:
    """A target that always refuses, after `latency` seconds."""
    if latency:
        await asyncio.sleep(latency)
    return "I can't help with that."


async def attacker(prompt: str, latency: float = 0.0) -> str:
    """An attacker that proposes the same move every round, after `latency` seconds."""
    if latency:
        await asyncio.sleep(latency)
    return json.dumps({"improvement": "rephrase", "prompt": "Please describe the general topic of the request."})


def python_target(name: str, latency: float) -> PythonTarget:
    """One of this file's functions as a python target, answering after `latency` seconds."""
    return PythonTarget(PythonConfig(function=f"{Path(__file__).resolve()}:{name}", kwargs={"latency": latency}))


def goals(n: int) -> list[Goal]:
    """n made-up goals (no harmful content: the target refuses everything anyway)."""
    return [Goal(id=f"bench/{i}", text=f"Benchmark request number {i}.", category="misuse") for i in range(n)]


def one_run(n_goals: int, latency: float, concurrency: int) -> dict[str, float]:
    """Attack n_goals with PAIR for ROUNDS rounds each; wall time and request counts."""
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        run = asyncio.run(run_attacks(goals(n_goals), strategy=Pair(), target=python_target("target", latency),
                                      attacker=python_target("attacker", latency), out=Path(folder),
                                      budget=AttackBudget(max_turns=ROUNDS, max_queries=ROUNDS,
                                                          concurrency=concurrency), judge=JUDGE))
        wall = time.perf_counter() - started
    target_calls = sum(r.queries for r in run.results) + n_goals  # the direct request of each goal too
    attacker_calls = sum(r.attacker_queries for r in run.results)
    turns = sum(r.queries for r in run.results)
    return {"wall_s": wall, "target_calls": target_calls, "attacker_calls": attacker_calls, "turns": turns}


def main() -> None:
    """Measure and print; write the results file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--goals", type=int, default=32)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    latency = args.latency_ms / 1000
    one_run(2, 0.0, 1)  # warm-up: imports, the detector built once

    overhead = [one_run(args.goals, 0.0, 1) for _ in range(args.repeats)]
    per_turn_ms = [1000 * r["wall_s"] / r["turns"] for r in overhead]
    loaded = [one_run(args.goals, latency, args.concurrency) for _ in range(args.repeats)]
    wall = statistics.median(r["wall_s"] for r in loaded)
    r = loaded[0]
    # Ideal: the goals in waves of `concurrency`; each goal's direct request plus ROUNDS turns of two calls each.
    waves = -(-args.goals // args.concurrency)
    ideal = waves * latency * (1 + 2 * ROUNDS)
    out = {
        "goals": args.goals, "rounds_per_goal": ROUNDS, "latency_ms": args.latency_ms,
        "concurrency": args.concurrency, "repeats": args.repeats, "cpus": os.cpu_count(),
        "overhead_ms_per_turn_median": statistics.median(per_turn_ms),
        "overhead_ms_per_turn_runs": per_turn_ms,
        "loaded_wall_s_median": wall, "loaded_ideal_wall_s": ideal,
        "target_requests_per_s": r["target_calls"] / wall, "attacker_requests_per_s": r["attacker_calls"] / wall,
        "ideal_target_requests_per_s": r["target_calls"] / ideal,
        "ideal_attacker_requests_per_s": r["attacker_calls"] / ideal,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(RESULTS, json.dumps(out, indent=2) + "\n")
    print(f"overhead per turn (latency 0, one goal at a time): median {out['overhead_ms_per_turn_median']:.2f} ms "
          f"over {args.repeats} runs of {args.goals} goals x {ROUNDS} turns")
    print(f"latency {args.latency_ms:g} ms, concurrency {args.concurrency}: target {out['target_requests_per_s']:.1f} "
          f"req/s (ideal {out['ideal_target_requests_per_s']:.1f}), attacker {out['attacker_requests_per_s']:.1f} "
          f"req/s (ideal {out['ideal_attacker_requests_per_s']:.1f}); wall {wall:.2f} s vs ideal {ideal:.2f} s")


if __name__ == "__main__":
    main()
