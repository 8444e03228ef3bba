"""The same `auditkit run` with the local executor and with `--executor ray` (a local Ray instance) on one machine.

    python benchmarks/ray_executor.py [--attempts 2000] [--latency 0.2] [--repeats 2]

The latency server and suites are those of benchmarks/endpoint_throughput.py (scoring on, concurrency 32).
Runs alternate between the executors. Requests/s "while running" is the server's count divided by the time
from its first request to its last response; wall time is from process start to exit (Ray's start and its
workers' detector loading included). CPU is the whole machine's busy time during the run (/proc/stat, so
the server and any other job count too): Ray's workers are not children of the run, so rusage misses them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from endpoint_throughput import SUITES, Server, load, run_command

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "ray_executor.json"


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def audit(executor: str, latency: float, attempts: int, concurrency: int) -> dict:
    """One `auditkit run` against a fresh latency server."""
    server = Server(latency)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = run_command(server.url, attempts, concurrency, f"{tmp}/run", ("--executor", executor))
            load_before, cpu_before = load(), busy_seconds()
            started = time.time()
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            ended = time.time()
            cpu = busy_seconds() - cpu_before
            if proc.returncode not in (0, 1):
                raise RuntimeError(f"auditkit run exited {proc.returncode}: {proc.stderr[-2000:]}")
            done = json.loads(Path(f"{tmp}/run/manifest.json").read_text())["attempts_done"]
            stats = server.stats()
    finally:
        server.close()
    busy = stats["last_response"] - stats["first_request"]
    return {"executor": executor, "attempts": done, "requests": stats["requests"],
            "peak_in_flight": stats["peak_in_flight"],
            "requests_per_s": round(stats["requests"] / busy, 1) if busy > 0 else None,
            "startup_to_first_request_s": round(stats["first_request"] - started, 2),
            "wall_s": round(ended - started, 2), "machine_cpu_s": round(cpu, 1),
            "machine_cpu_ms_per_request": round(1000 * cpu / max(1, stats["requests"]), 1),
            "load_before": load_before, "load_after": load()}


def main() -> None:
    """Alternate local and Ray runs, print medians and write benchmarks/results/ray_executor.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    runs: dict[str, list[dict]] = {"local": [], "ray": []}
    for _ in range(args.repeats):
        for executor in runs:
            result = audit(executor, args.latency, args.attempts, args.concurrency)
            runs[executor].append(result)
            print(json.dumps(result), flush=True)
    summary = {}
    keys = ("requests_per_s", "startup_to_first_request_s", "wall_s", "machine_cpu_ms_per_request")
    print(f"\n| executor | {' | '.join(keys)} (medians of {args.repeats}) | load before |\n|---|---|---|---|---|---|")
    for executor, results in runs.items():
        summary[executor] = {k: round(statistics.median(r[k] for r in results), 2) for k in keys}
        loads = ", ".join(str(r["load_before"]) for r in results)
        print(f"| {executor} | {' | '.join(str(summary[executor][k]) for k in keys)} | {loads} |")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"cpus": os.cpu_count(), "latency_s": args.latency,
                                   "concurrency": args.concurrency, "suites": SUITES, "medians": summary,
                                   "runs": runs, "note": "shared machine; see the load averages"}, indent=2) + "\n")


if __name__ == "__main__":
    main()
