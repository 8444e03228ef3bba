"""Run store: time to record a run, to list history, to build a trend, and concurrent writers' throughput.

SQLite (a temp file) and PostgreSQL (a throwaway cluster on 127.0.0.1, when the server binaries are
installed). Every run is a copy of one judged run folder (21 attempts, 1 finding, 5 metrics) with its own id.

    python benchmarks/store_record.py [--runs 200] [--writers 4] [--per-writer 25]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.postgres import find_bindir, postgres_cluster  # noqa: E402
from support.store_runs import T0, make_run  # noqa: E402

from auditkit.store.engine import open_store  # noqa: E402
from auditkit.store.queries import get_run, list_runs, trend_series  # noqa: E402
from auditkit.store.record import record_run  # noqa: E402

TEMPLATE_ID = "7e3a1a7e00000000"
WRITER = """
import sys, time
from auditkit.store.engine import open_store
from auditkit.store.record import record_run
start = time.time()
with open_store(sys.argv[1]) as store:
    for folder in sys.argv[2:]:
        record_run(store, folder, source="run")
print(start, time.time())
"""


def clone(template: Path, dest: Path, run_id: str) -> Path:
    """A copy of the template run folder under another run id."""
    dest.mkdir(parents=True)
    for name in ("manifest.json", "report.json"):
        text = (template / name).read_text(encoding="utf-8").replace(TEMPLATE_ID, run_id)
        (dest / name).write_text(text, encoding="utf-8")
    return dest


def ms(seconds: list[float]) -> dict[str, float]:
    """Median and 95th percentile in milliseconds."""
    ordered = sorted(seconds)
    return {"median_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2), "n": len(ordered)}


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def bench(url: str, template: Path, work: Path, runs: int, writers: int, per_writer: int, fresh_url: str) -> dict:
    """All measurements on one backend."""
    start = time.perf_counter()
    store = open_store(url)
    first_open = time.perf_counter() - start
    folders = [clone(template, work / f"r{i}", f"{i:08d}deadbeef") for i in range(runs)]
    record = timed(lambda it=iter(folders): record_run(store, next(it)), runs)
    again = timed(lambda: record_run(store, folders[0]), 20)
    history = timed(lambda: list_runs(store, limit=50), 20)
    trend = timed(lambda: trend_series(store, "violation_rate", target="bot-*"), 20)
    show = timed(lambda: get_run(store, "00000001deadbeef"), 20)
    reopen = timed(lambda: open_store(url).close(), 10)
    assert len(list_runs(store, limit=runs + 10)) == runs
    store.close()

    jobs = [[str(clone(template, work / f"w{w}-{i}", f"{w:04d}{i:04d}cafecafe")) for i in range(per_writer)]
            for w in range(writers)]
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, fresh_url, *job], stdout=subprocess.PIPE, text=True)
             for job in jobs]
    outputs = [p.communicate(timeout=600)[0] for p in procs]
    codes = [p.returncode for p in procs]
    # From the first writer opening the (fresh) store to the last one done: imports are not counted.
    spans = [tuple(map(float, out.split())) for out in outputs if out.strip()]
    wall = max(end for _, end in spans) - min(start for start, _ in spans)
    with open_store(fresh_url) as check:
        recorded = len(list_runs(check, limit=writers * per_writer + 10))
    return {
        "open_fresh_store_with_migrations_ms": round(first_open * 1000, 1),
        "open_current_store": ms(reopen), "record_new_run": ms(record), "record_unchanged_run": ms(again),
        f"history_50_of_{runs}": ms(history), f"trend_over_{runs}_runs": ms(trend), "show_one_run": ms(show),
        "concurrent": {"writers": writers, "runs_each": per_writer, "exit_codes": codes,
                       "recorded": recorded, "expected": writers * per_writer, "wall_s": round(wall, 2),
                       "runs_per_s": round(recorded / wall, 1)},
    }


def main() -> None:
    """Measure each backend, print a table, write benchmarks/results/store_record.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--per-writer", type=int, default=25)
    args = parser.parse_args()
    results: dict = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                 "platform": platform.platform(),
                                 "load_average_1m_at_start": round(os.getloadavg()[0], 2)}, "backends": {}}
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="auditkit-bench-")))
        template = make_run(tmp / "template", run_id=TEMPLATE_ID, model="bot-1", started_at=T0)
        backends = {"sqlite": (f"sqlite:///{tmp / 'a.db'}", f"sqlite:///{tmp / 'b.db'}")}
        if find_bindir() is not None:
            cluster = stack.enter_context(postgres_cluster())
            backends["postgresql"] = (cluster.create_database("bench"), cluster.create_database("bench"))
        else:
            print("PostgreSQL server binaries not found: measuring SQLite only", file=sys.stderr)
        for name, (url, fresh) in backends.items():
            work = tmp / name
            results["backends"][name] = bench(url, template, work, args.runs, args.writers, args.per_writer, fresh)
            shutil.rmtree(work)
    print(f"{'measure':<36} " + " ".join(f"{b:>22}" for b in results["backends"]))
    keys = [k for k in next(iter(results["backends"].values())) if k != "concurrent"]
    for key in keys:
        cells = []
        for r in results["backends"].values():
            v = r[key]
            cells.append(f"{v:>19} ms" if not isinstance(v, dict) else f"{v['median_ms']:>8} ms (p95 {v['p95_ms']:>6})")
        print(f"{key:<36} " + " ".join(f"{c:>22}" for c in cells))
    for name, r in results["backends"].items():
        c = r["concurrent"]
        print(f"{name}: {c['writers']} processes x {c['runs_each']} runs -> {c['recorded']}/{c['expected']} recorded "
              f"in {c['wall_s']} s ({c['runs_per_s']} runs/s, migration of the fresh store included)")
    out = ROOT / "benchmarks" / "results" / "store_record.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
