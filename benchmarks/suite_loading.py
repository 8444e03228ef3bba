"""How long the built-in suites take to load, list, plan (with transforms) and render (generated images).

python benchmarks/suite_loading.py [--repeat 5]

Measured: `auditkit probes list` as a subprocess (what a user waits for), loading every built-in suite in
process, planning the core and vision folders (ten transforms on the jailbreak suite, images drawn into an
empty cache, then again with the cache warm), and drawing one image of each kind. Medians over --repeat runs.
Writes benchmarks/results/suite_loading.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.runs.runner import plan  # noqa: E402
from auditkit.suites.counts import count_suites  # noqa: E402
from auditkit.suites.images import CACHE_ENV, render_png  # noqa: E402
from auditkit.suites.load import builtin_suite_files, load_suites  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "suite_loading.json"


def median_seconds(fn, repeat: int) -> float:
    """Median wall time of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Run the measurements, print a table and write the results file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "auditkit", "probes", "list", "--no-tags"]
    rows: dict[str, float] = {}
    rows["auditkit probes list (subprocess)"] = median_seconds(
        lambda: subprocess.run(cli, check=True, capture_output=True), args.repeat)
    rows["auditkit --help (subprocess)"] = median_seconds(
        lambda: subprocess.run([sys.executable, "-m", "auditkit", "--help"], check=True, capture_output=True),
        args.repeat)
    every = sorted(builtin_suite_files())
    rows["load every built-in suite"] = median_seconds(lambda: load_suites(every), args.repeat)
    per_suite, total = count_suites(load_suites(every))
    with tempfile.TemporaryDirectory() as cache:
        os.environ[CACHE_ENV] = cache
        suites = load_suites(["core", "vision"])
        start = time.perf_counter()
        attempts = plan(suites, samples=1)
        rows["plan core + vision, cold image cache"] = time.perf_counter() - start
        images = len(list(Path(cache, "images").glob("*.png")))
        rows["plan core + vision, warm image cache"] = median_seconds(lambda: plan(suites, samples=1), args.repeat)
        by_kind = {p.render.kind: p.render for s in suites for p in s.probes if p.render}
        for kind, spec in sorted(by_kind.items()):
            rows[f"draw one {kind} image"] = median_seconds(lambda spec=spec: render_png(spec), args.repeat)
    print(f"{'measurement':<42} {'median':>10}")
    for name, seconds in rows.items():
        print(f"{name:<42} {seconds * 1000:>8.1f} ms")
    print(f"\n{total.probes} built-in probes, {len(attempts)} attempts planned for core + vision, {images} images")
    result = {
        "command": "python benchmarks/suite_loading.py",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "repeat": args.repeat,
        "median_seconds": {k: round(v, 4) for k, v in rows.items()},
        "builtin_probes": total.probes,
        "builtin_planned": total.variants,
        "core_vision_attempts": len(attempts),
        "distinct_images": images,
        "per_suite": {c.suite: {"probes": c.probes, "planned": c.variants} for c in per_suite},
    }
    write_atomic(RESULTS, json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
