"""Policy statistics: how long judging takes, and whether the intervals and the Holm correction hold their
nominal error rates on simulated data (fixed seeds, no network, no model).

    python benchmarks/policy_statistics.py [--quick]

Speed: median of 5 repeats of each operation. Calibration: Monte Carlo coverage of the 95% Wilson and Newcombe
intervals, and the family-wise false-alarm rate of disparity p-values over four axes with and without Holm's
correction, on data with no real disparity. Disparity intervals (auditkit.metrics.gaps): coverage of the
largest gap between groups (difference and ratio), of every gap to the overall value and of the per-group
intervals, on fair and biased synthetic data - 0/1 rates and 1-10 scores, 2 to 14 groups of 5 to 60 - and on
groups that see a different mix of two tasks, where the task-adjusted gap must cover the within-task gap; with
the share of runs in which the interval wrongly (fair) or rightly (biased) lies beyond a 0.1 bound.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import time
from pathlib import Path

from auditkit.metrics.bootstrap import mean_difference
from auditkit.metrics.fairness import group_gaps
from auditkit.metrics.gaps import adjust_for_tasks, gaps_to_overall, group_stat, largest_gap, ratio
from auditkit.metrics.multiple import holm
from auditkit.metrics.stats import wilson_interval
from auditkit.metrics.twosample import newcombe_interval
from auditkit.policy import judge, load_policy
from auditkit.records.attempts import Attempt, Response, Score
from auditkit.records.probes import Message

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
        rows.append({"operation": "disparity gaps, 3 groups, simultaneous intervals + 2000 permutations", "n": n,
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
    rows.append({"check": "disparity 95% interval coverage of a 0.2 gap, n=60 per group", "sims": runs,
                 "value": hits / runs})
    rows.append({"check": "false alarm over 4 null axes, unadjusted p < 0.05", "sims": runs, "value": any_raw / runs})
    rows.append({"check": "false alarm over 4 null axes, Holm-adjusted p < 0.05", "sims": runs,
                 "value": any_holm / runs})
    return rows


def _draw(kind: str, p: float, rng: random.Random) -> float:
    """One value: a 0/1 outcome at rate p, or a 1-10 score around 1 + 9p (sd 1.2 points) on the 0-1 scale."""
    if kind == "rate":
        return float(rng.random() < p)
    x = min(10, max(1, round(1 + 9 * p + rng.gauss(0, 1.2))))
    return (x - 1) / 9


def _true_mean(kind: str, p: float, cache: dict[tuple[str, float], float] = {}) -> float:  # noqa: B006
    if kind == "rate":
        return p
    if (kind, p) not in cache:
        rng = random.Random(1)
        cache[(kind, p)] = statistics.fmean(_draw(kind, p, rng) for _ in range(100_000))
    return cache[(kind, p)]


def _scenario(kind: str, groups: int, n: int, base: float, shift: float, sims: int, seed: int) -> dict:
    """Coverage of the gap intervals when group 0's rate (or score) is moved by `shift` from `base`."""
    rng = random.Random(seed)
    rates = [base + shift] + [base] * (groups - 1)
    means = [_true_mean(kind, p) for p in rates]
    overall = statistics.fmean(means)
    gap, ratio_gap = max(means) - min(means), ratio(min(means), max(means))
    hit = {"largest gap": 0, "smallest ratio": 0, "every gap to overall": 0, "per-group": 0}
    beyond = 0
    for _ in range(sims):
        values = {str(g): [_draw(kind, rates[g], rng) for _ in range(n)] for g in range(groups)}
        stats = [group_stat(g, v) for g, v in values.items()]
        diff = largest_gap(stats, measure="difference", higher_is_favourable=True)
        rat = largest_gap(stats, measure="ratio", higher_is_favourable=True)
        hit["largest gap"] += diff.low - 1e-12 <= gap <= diff.high + 1e-12
        hit["smallest ratio"] += rat.low - 1e-12 <= ratio_gap <= rat.high + 1e-12
        to_overall = gaps_to_overall(stats, values, measure="difference")
        hit["every gap to overall"] += all(g.low - 1e-12 <= abs(m - overall) <= g.high + 1e-12
                                           for g, m in zip(to_overall, means, strict=True))
        hit["per-group"] += sum(lo <= m <= hi for s, m in zip(stats, means, strict=True)
                                for lo, hi in [s.interval(0.95)]) / groups
        beyond += diff.low > 0.1
    label = f"{kind}, {groups} groups of {n}, " + (f"fair at {base:g}" if not shift else
                                                   f"one group {shift:+g} from {base:g}")
    return {"scenario": label, "sims": sims, "true_gap": round(gap, 4)} | \
        {k: v / sims for k, v in hit.items()} | {"interval beyond 0.1": beyond / sims}


def _task_mix(kind: str, groups: int, n: int, shift: float, sims: int, seed: int) -> dict:
    """Two tasks (rates 0.8 and 0.3); group 0 sees only the second, the others both; group 0 moved by `shift`
    within each task. The task-adjusted largest gap must cover |shift| (0 for a fair model)."""
    rng = random.Random(seed)
    hit = beyond = 0
    raw_gap = adjusted_gap = 0.0
    for _ in range(sims):
        pairs: dict[str, list[tuple[float, str]]] = {}
        for g in range(groups):
            move = shift if g == 0 else 0.0
            pairs[str(g)] = [(_draw(kind, 0.3 + move, rng), "B") for _ in range(n)]
            if g != 0:
                pairs[str(g)] += [(_draw(kind, 0.8 + move, rng), "A") for _ in range(n)]
        adjusted = adjust_for_tasks(pairs)
        diff = largest_gap([group_stat(g, v) for g, v in adjusted.items()], measure="difference",
                           higher_is_favourable=True)
        raw = largest_gap([group_stat(g, [v for v, _ in p]) for g, p in pairs.items()], measure="difference",
                          higher_is_favourable=True)
        hit += diff.low - 1e-12 <= abs(shift) <= diff.high + 1e-12
        beyond += diff.low > 0.1
        raw_gap += raw.value
        adjusted_gap += diff.value
    label = f"task mix, {kind}, {groups} groups of {n}+, " + ("fair" if not shift else f"one group {shift:+g}")
    return {"scenario": label, "sims": sims, "true_gap": abs(shift), "largest gap": hit / sims,
            "interval beyond 0.1": beyond / sims, "mean pooled gap": raw_gap / sims,
            "mean task-adjusted gap": adjusted_gap / sims}


def disparity_coverage(quick: bool) -> list[dict]:
    """Coverage of the disparity intervals on fair and biased synthetic data (nominal 95%)."""
    sims = 150 if quick else 500
    rows = []
    seed = 0
    for kind in ("rate", "score"):
        for groups, n in ((2, 30), (7, 5), (7, 30), (14, 5), (8, 60)):
            for base, shift in ((0.05, 0.0), (0.5, 0.0), (0.3, 0.3), (0.7, -0.4)):
                seed += 1
                rows.append(_scenario(kind, groups, n, base, shift, sims, seed))
        for groups, n, shift in ((7, 5, 0.0), (7, 5, -0.3), (7, 20, 0.0), (7, 20, -0.3)):
            seed += 1
            rows.append(_task_mix(kind, groups, n, shift, sims, seed))
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
    gap_rows = disparity_coverage(args.quick)
    columns = ("largest gap", "smallest ratio", "every gap to overall", "per-group", "interval beyond 0.1")
    print(f"\n{'disparity scenario':<52} {'gap':>6} " + " ".join(f"{c[:12]:>12}" for c in columns))
    for row in gap_rows:
        cells = " ".join(f"{row[c]:>12.3f}" if c in row else f"{'':>12}" for c in columns)
        print(f"{row['scenario']:<52} {row['true_gap']:>6.3f} {cells}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                   "quick": args.quick, "speed": speed_rows, "calibration": cov_rows,
                                   "disparity_coverage": gap_rows},
                                  indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
