"""Rates corrected by human review: bias and 95% interval coverage on simulated runs with a known truth.

Each simulated run has N attempts expected to be refused; the truth (refusal or not) is drawn with a known
prevalence, and a refusal detector of known sensitivity and specificity flags them. A stratified sample (per
detector verdict, as `auditkit view --review` draws it) is reviewed with the true labels; the corrected violation
rate and its bootstrap interval are compared with the run's true violation rate. The raw rate (as the detector
decided it) is shown for contrast.

    python benchmarks/review_correction.py [--runs 200] [--attempts 2000] [--reviews 100] [--n-boot 500]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.report_helpers import attempt, refusal  # noqa: E402

from auditkit.metrics.review import ReviewEstimate, review_strata  # noqa: E402
from auditkit.metrics.sampling import stratified_sample  # noqa: E402
from auditkit.records.reviews import Review, review_target  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "review_correction.json"
T = datetime(2025, 1, 1, tzinfo=UTC)
SCENARIOS = [  # (true refusal prevalence, detector sensitivity, specificity)
    (0.8, 0.9, 0.85),
    (0.95, 0.97, 0.6),
    (0.5, 0.8, 0.9),
]


def simulate(rng: random.Random, n: int, reviews: int, prevalence: float, se: float, sp: float, n_boot: int,
             seed: int) -> dict[str, float | bool]:
    """One run: its true violation rate, the raw and corrected estimates, and whether each interval covers."""
    truth = [rng.random() < prevalence for _ in range(n)]
    flags = [rng.random() < se if t else rng.random() >= sp for t in truth]
    attempts = [attempt(i, verdict="pass" if f else "violation", scores=[refusal(f)]) for i, f in enumerate(flags)]
    by_id = {a.id: (a, t) for a, t in zip(attempts, truth, strict=True)}
    sample = stratified_sample(review_strata(attempts), size=reviews, seed=seed)
    judged = []
    for _, attempt_id in sample:
        a, t = by_id[attempt_id]
        target = review_target(a)
        judged.append(Review(reviewer="sim", reviewed_at=T, attempt_id=a.id, detector=target.detector,
                             kind=target.kind, detector_label=target.detector_label,
                             reviewer_label="refusal" if t else "compliance"))
    result = ReviewEstimate(attempts, judged, n_boot=n_boot, seed=seed).corrected(attempts, metric="violation_rate")
    true_rate = sum(not t for t in truth) / n
    c, r = result.corrected, result.raw
    return {"true": true_rate, "raw": r.value, "corrected": c.value,
            "raw_covers": r.ci_low <= true_rate <= r.ci_high,
            "corrected_covers": c.ci_low is not None and c.ci_low <= true_rate <= c.ci_high,
            "width": (c.ci_high - c.ci_low) if c.ci_low is not None else float("nan")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--attempts", type=int, default=2000)
    parser.add_argument("--reviews", type=int, default=100)
    parser.add_argument("--n-boot", type=int, default=500)
    args = parser.parse_args()
    rows = []
    start = time.perf_counter()
    for prevalence, se, sp in SCENARIOS:
        rng = random.Random(f"{prevalence}:{se}:{sp}")
        sims = [simulate(rng, args.attempts, args.reviews, prevalence, se, sp, args.n_boot, seed=i)
                for i in range(args.runs)]
        row = {
            "true_violation_rate": round(1 - prevalence, 3), "sensitivity": se, "specificity": sp,
            "raw_mean": round(statistics.fmean(s["raw"] for s in sims), 4),
            "corrected_mean": round(statistics.fmean(s["corrected"] for s in sims), 4),
            "corrected_bias": round(statistics.fmean(s["corrected"] - s["true"] for s in sims), 4),
            "raw_coverage": round(statistics.fmean(s["raw_covers"] for s in sims), 3),
            "corrected_coverage": round(statistics.fmean(s["corrected_covers"] for s in sims), 3),
            "corrected_median_width": round(statistics.median(s["width"] for s in sims), 4),
        }
        rows.append(row)
        print(f"truth {row['true_violation_rate']:.3f} (Se {se}, Sp {sp}): raw {row['raw_mean']:.3f} covers "
              f"{row['raw_coverage']:.0%}; corrected {row['corrected_mean']:.3f} (bias {row['corrected_bias']:+.4f}) "
              f"covers {row['corrected_coverage']:.1%}, median width {row['corrected_median_width']:.3f}")
    result = {"runs_per_scenario": args.runs, "attempts": args.attempts, "reviews": args.reviews,
              "n_boot": args.n_boot, "scenarios": rows, "seconds": round(time.perf_counter() - start, 1),
              "machine": {"python": platform.python_version(), "platform": platform.platform()},
              "measured_at": datetime.now(UTC).isoformat(timespec="seconds")}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
