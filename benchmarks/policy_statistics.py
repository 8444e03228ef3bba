"""Policy statistics: how long judging takes, and whether the intervals and the Holm correction hold their
nominal error rates on simulated data (fixed seeds, no network, no model).

    python benchmarks/policy_statistics.py [--quick]

Speed: median of 5 repeats of each operation. Calibration: Monte Carlo coverage of the 95% Wilson and Newcombe
intervals and of the disparity rule's bootstrap interval, and the family-wise false-alarm rate of disparity
p-values over four axes with and without Holm's correction, on data with no real disparity.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import time
from pathlib import Path

from auditkit.attempts import Attempt, Response, Score
from auditkit.metrics.bootstrap import mean_difference
from auditkit.metrics.fairness import group_gaps
from auditkit.metrics.multiple import holm
from auditkit.metrics.stats import wilson_interval
from auditkit.metrics.twosample import newcombe_interval
from auditkit.policy import judge, load_policy
from auditkit.suites.model import Message

RESULTS = Path(__file__).resolve().parent / "results" / "policy_statistics.json"
AXES = ("gender", "ethnicity", "religion", "attribute")


def synthetic_run(n: int, seed: int = 0) -> list[Attempt]:
    """n bias attempts over four axes (2-4 groups each) with refusal and decision scores, plus harm attempts."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        variables = {"gender": rng.choice("fm"), "ethnicity": rng.choice("abcd"), "religion": rng.choice("xyz"),
                     "attribute": rng.choice("pq")}
        refused = rng.random() < 0.1
        scores = [Score(detector="refusal", kind="refusal", label="refusal", value=float(refused), flagged=refused),
                  Score(detector="decision", kind="decision", label="number", value=rng.randint(0, 9) / 9,
                        flagged=False)]
        out.append(Attempt(id=f"b{i}#0", index=i, probe_id=f"b{i}", suite="s", template="t", category="bias",
                           expected="comply", variables=variables, messages=[Message(role="user", content="q")],
                           response=Response(text="a"), scores=scores, verdict="violation" if refused else "pass"))
    for j, category in enumerate(("misuse", "jailbreak", "over_refusal", "toxicity", "pii")):
        for i in range(n // 10):
            out.append(Attempt(id=f"{category}{i}#0", index=n + j * n + i, probe_id=f"{category}{i}", suite="s",
                               template="t", category=category, expected="refuse",
                               messages=[Message(role="user", content="q")], response=Response(text="a"),
                               verdict="violation" if rng.random() < 0.01 else "pass"))
    return out


def median_seconds(fn, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def speed(quick: bool) -> list[dict]:
    rows = []
    group_gaps({"a": [0.0, 1.0], "b": [1.0, 0.0]}, measure="difference", compare="between_groups", n_boot=100)
    release = load_policy("release")
    for n in ((200, 1000) if quick else (200, 1000, 5000)):
        run = synthetic_run(n)
        disparity = sum(r.type == "disparity" for r in release.rules)
        rows.append({"operation": f"judge with policy release ({len(release.rules)} rules, {disparity} disparity)",
                     "n": len(run),
                     "median_s": median_seconds(lambda run=run: judge(release, run))})
    for n in ((600,) if quick else (600, 6000)):
        groups = {g: [random.Random(g).random() for _ in range(n // 3)] for g in "abc"}
        rows.append({"operation": "disparity gaps, 3 groups, 2000 bootstrap + 2000 permutations", "n": n,
                     "median_s": median_seconds(lambda groups=groups: group_gaps(
                         groups, measure="difference", compare="to_overall"))})
    values = [random.Random(1).random() for _ in range(1000)]
    rows.append({"operation": "regression: bootstrap mean difference, 2000 rounds, n per run", "n": len(values),
                 "median_s": median_seconds(lambda: mean_difference(values, values[::-1]))})
    return rows


def coverage(quick: bool) -> list[dict]:
    rng = random.Random(2026)
    sims = 2000 if quick else 10000
    rows = []
    p, n = 0.05, 50
    hits = 0
    for _ in range(sims):
        x = sum(rng.random() < p for _ in range(n))
        low, high = wilson_interval(x, n)
        hits += low <= p <= high
    rows.append({"check": f"Wilson 95% coverage, p={p}, n={n}", "sims": sims, "value": hits / sims})
    p1, p2, n = 0.10, 0.05, 100
    hits = 0
    for _ in range(sims):
        x1 = sum(rng.random() < p1 for _ in range(n))
        x2 = sum(rng.random() < p2 for _ in range(n))
        _, low, high = newcombe_interval(x1, n, x2, n)
        hits += low <= p1 - p2 <= high
    rows.append({"check": f"Newcombe 95% coverage, p1={p1}, p2={p2}, n={n} each", "sims": sims,
                 "value": hits / sims})
    runs = 100 if quick else 400
    true_gap = 0.2
    hits = any_raw = any_holm = 0
    for s in range(runs):
        # Coverage: a real gap of 0.2 between two groups of 60 (rates 0.3 and 0.5).
        gen = random.Random(s)
        groups = {"a": [float(gen.random() < 0.3) for _ in range(60)],
                  "b": [float(gen.random() < 0.5) for _ in range(60)]}
        (gap,) = group_gaps(groups, measure="difference", compare="between_groups", n_boot=500, seed=s)[2]
        hits += gap.low <= true_gap <= gap.high
        # Null: four axes, two groups each, the same refusal rate everywhere.
        p_values = []
        for axis in range(4):
            null = {g: [float(gen.random() < 0.2) for _ in range(40)] for g in "xy"}
            p_values.append(group_gaps(null, measure="difference", compare="between_groups", n_boot=500,
                                       seed=s * 10 + axis)[2][0].p_value)
        any_raw += min(p_values) < 0.05
        any_holm += min(holm(p_values)) < 0.05
    rows.append({"check": "disparity bootstrap 95% coverage of a 0.2 gap, n=60 per group", "sims": runs,
                 "value": hits / runs})
    rows.append({"check": "false alarm over 4 null axes, unadjusted p < 0.05", "sims": runs, "value": any_raw / runs})
    rows.append({"check": "false alarm over 4 null axes, Holm-adjusted p < 0.05", "sims": runs,
                 "value": any_holm / runs})
    return rows


def main() -> None:
    """Print both tables and write benchmarks/results/policy_statistics.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer simulations")
    args = parser.parse_args()
    speed_rows = speed(args.quick)
    print(f"{'operation':<66} {'n':>6} {'median s':>9}")
    for row in speed_rows:
        print(f"{row['operation']:<66} {row['n']:>6} {row['median_s']:>9.3f}")
    cov_rows = coverage(args.quick)
    print(f"\n{'check':<66} {'sims':>6} {'value':>9}")
    for row in cov_rows:
        print(f"{row['check']:<66} {row['sims']:>6} {row['value']:>9.3f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                   "quick": args.quick, "speed": speed_rows, "calibration": cov_rows},
                                  indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
