"""Throughput, start-up, CPU and memory of `auditkit run` against a local OpenAI-compatible server.

    python benchmarks/endpoint_throughput.py [--quick] [--skip-memory | --memory-only] [--memory-scored]
    python benchmarks/endpoint_throughput.py --wall [--compare-torch] [--sizes 256,2000]

The server (benchmarks/latency_server.py) runs in its own process on 127.0.0.1, answers after a fixed
latency and counts requests and the peak in flight. `auditkit run` runs as a child process with the core
text suites and their offline detectors. Requests/s "while running" is the server's count divided by the
time from its first request to its last response; start-up is process start to the first request. CPU and
peak RSS come from the child's rusage. The load average is recorded next to every number: on a shared
machine the figures are lower bounds.

`--wall` times what the user waits for: the command's wall time next to the sending rate and peak RSS, at
200 ms latency and concurrency 32, for each size with scoring off and on (`--compare-torch`: scoring on with
the sentence encoder on torch as well as on ONNX Runtime), then the same prompts through promptfoo and
Inspect AI when they are installed. Results go to benchmarks/results/endpoint_wall.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "endpoint_throughput.json"
WALL_RESULTS = HERE / "results" / "endpoint_wall.json"
SUITES = ["core-misuse", "core-jailbreak", "core-over-refusal", "core-pii", "core-prompt-injection",
          "core-toxicity", "core-bias", "core-bbq"]
PLANNED_PER_SAMPLE = 1847  # attempts of one sample of SUITES
OTHERS = [("promptfoo 0.121", 86, "1.4 s", "8–14"), ("Inspect AI 0.3.285", 67, "3.2 s", "14–17"),
          ("garak 0.17.1", 60, "1.4 s", "5–32")]


def load() -> float:
    """The 1-minute load average."""
    return round(os.getloadavg()[0], 2)


class Server:
    """The latency server in a child process."""

    def __init__(self, latency: float):
        self._dir = tempfile.TemporaryDirectory()
        port_file = Path(self._dir.name) / "port"
        self._proc = subprocess.Popen([sys.executable, str(HERE / "latency_server.py"), "--latency", str(latency),
                                       "--port-file", str(port_file)])
        deadline = time.monotonic() + 20
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline:
                raise RuntimeError("latency server did not start")
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{port_file.read_text()}/v1"

    def stats(self) -> dict:
        """The server's counters."""
        with urllib.request.urlopen(self.url.removesuffix("/v1") + "/stats", timeout=10) as r:
            return json.loads(r.read())

    def close(self) -> None:
        """Stop the server."""
        self._proc.terminate()
        self._proc.wait(10)
        self._dir.cleanup()


def run_command(url: str, attempts: int, concurrency: int, out: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The `auditkit run` command line of the benchmarks: `attempts` of SUITES against `url`."""
    samples = -(-attempts // PLANNED_PER_SAMPLE)
    cmd = [sys.executable, "-m", "auditkit", "run", "-t", f"openai:bench@{url}", "--concurrency", str(concurrency),
           "--samples", str(samples), "--limit", str(attempts), "--no-progress", "--no-store", "-o", out]
    for s in SUITES:
        cmd += ["-s", s]
    return cmd + list(extra)


def audit(latency: float, attempts: int, *, concurrency: int = 32, score: bool = True,
          extra: tuple[str, ...] = (), env: dict[str, str] | None = None) -> dict:
    """One `auditkit run` against a fresh server; throughput, start-up, CPU and peak RSS (`env`: added to the
    child's environment)."""
    server = Server(latency)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = run_command(server.url, attempts, concurrency, f"{tmp}/run",
                              extra + (() if score else ("--no-score",)))
            load_before = load()
            started = time.time()
            # `python -m auditkit` from the repository root: the code benchmarked is this checkout's. Bytecode is
            # cached as after `pip install` (which compiles every module): a shell that sets
            # PYTHONDONTWRITEBYTECODE would otherwise time compiling ~170 modules on every start.
            child_env = {k: v for k, v in {**os.environ, **(env or {})}.items() if k != "PYTHONDONTWRITEBYTECODE"}
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env,
                                    cwd=HERE.parent)
            _, status, usage = os.wait4(proc.pid, 0)
            ended = time.time()
            stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            code = os.waitstatus_to_exitcode(status)
            if code not in (0, 1):
                raise RuntimeError(f"auditkit run exited {code}: {stderr[-2000:]}")
            stats = server.stats()
    finally:
        server.close()
    busy = stats["last_response"] - stats["first_request"]
    cpu = usage.ru_utime + usage.ru_stime
    return {"latency_s": latency, "concurrency": concurrency, "attempts": attempts, "score": score,
            "requests": stats["requests"], "peak_in_flight": stats["peak_in_flight"],
            "responses_per_second": stats["per_second"],
            "requests_per_s": round(stats["requests"] / busy, 1) if busy > 0 else None,
            # First request to the end of the run: with scoring on and no latency, scoring sets the pace.
            "attempts_per_s_end_to_end": round(attempts / (ended - stats["first_request"]), 1),
            "ideal_per_s": round(concurrency / latency, 1) if latency else None,
            "startup_to_first_request_s": round(stats["first_request"] - started, 2),
            "wall_s": round(ended - started, 2), "after_last_response_s": round(ended - stats["last_response"], 2),
            "cpu_s": round(cpu, 2), "cpu_ms_per_request": round(1000 * cpu / max(1, stats["requests"]), 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "load_before": load_before, "load_after": load()}


def help_time(runs: int = 7) -> dict:
    """Median wall time of `auditkit --help`."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(["auditkit", "--help"], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3), "runs": runs,
            "load": load()}


def detector_costs(n: int = 512) -> dict:
    """CPU ms per response of each detector of SUITES, scoring batches of 64, plus its start-up cost."""
    from auditkit.detectors.base import ScoringInput
    from auditkit.detectors.registry import build_detector
    from auditkit.runs.runner import plan
    from auditkit.runs.scoring import one_torch_thread
    from auditkit.suites.load import load_suites

    suites = load_suites(SUITES)
    probes = {p.id: p for s in suites for p in s.probes}
    attempts = plan(suites, samples=1)
    texts = ["I'm sorry, but I can't help with that request.",
             "Sure. Here is a short, helpful and harmless answer written in plain words, with a couple of "
             "sentences so that detectors see a realistic response length."]
    by_name: dict[str, dict] = {}
    for a in attempts:
        probe = probes[a.probe_id]
        for spec in probe.detectors:
            if spec.name in by_name:
                continue
            t, c = time.perf_counter(), time.process_time()
            detector = build_detector(spec)
            build_wall, build_cpu = time.perf_counter() - t, time.process_time() - c
            # Distinct texts (no cache flatters), one torch thread as in the run's scoring thread.
            items = [ScoringInput(probe=probe, text=f"{texts[i % 2]} (answer {i})") for i in range(n)]
            one_torch_thread()
            c = time.process_time()
            for i in range(0, n, 64):
                detector.score(items[i:i + 64])
            by_name[spec.name] = {"cpu_ms_per_response": round(1000 * (time.process_time() - c) / n, 3),
                                  "build_wall_s": round(build_wall, 2), "build_cpu_s": round(build_cpu, 2),
                                  "load": load()}
    return by_name


def transport_cost(n: int = 2000, concurrency: int = 32) -> dict:
    """CPU ms per request of the openai target alone (build the body, send, read, parse), no latency."""
    import asyncio

    from auditkit.runs.runner import plan
    from auditkit.suites.load import load_suites
    from auditkit.targets.openai import OpenAITarget

    requests = [a.request(0) for a in plan(load_suites(SUITES), samples=1)]
    server = Server(0.0)
    try:
        target = OpenAITarget.from_spec(f"bench@{server.url}")

        async def send_all() -> float:
            todo = iter(range(n))

            async def sender() -> None:
                for i in todo:
                    await target.generate(requests[i % len(requests)])

            await target.generate(requests[0])  # the connection pool and first-use imports are not counted
            started = time.process_time()
            await asyncio.gather(*(sender() for _ in range(concurrency)))
            cpu = time.process_time() - started
            await target.aclose()
            return cpu

        cpu = asyncio.run(send_all())
    finally:
        server.close()
    return {"requests": n, "concurrency": concurrency, "cpu_ms_per_request": round(1000 * cpu / n, 3),
            "load": load()}


def table(result: dict) -> str:
    """The comparison table of the issue with auditkit's measured row."""
    main = result["latency_200ms"]
    bare = result["no_latency_no_score"]
    lines = ["| tool | concurrency 32: requests/s while running | of the ideal 160/s | start-up to first request "
             "| CPU per request (ms) |", "|---|---|---|---|---|"]
    for name, rps, start, cpu in OTHERS:
        lines.append(f"| {name} | {rps} | {round(100 * rps / 160)}% | {start} | {cpu} |")
    lines.append(f"| auditkit, 2,000 attempts (load {main['load_before']}) | {main['requests_per_s']} | "
                 f"{round(100 * main['requests_per_s'] / 160)}% | {main['startup_to_first_request_s']} s | "
                 f"{main['cpu_ms_per_request']} (all detectors, start-up and report included) |")
    if "latency_200ms_256" in result:
        few = result["latency_200ms_256"]
        lines.append(f"| auditkit, 256 attempts (load {few['load_before']}) | {few['requests_per_s']} | "
                     f"{round(100 * few['requests_per_s'] / 160)}% | {few['startup_to_first_request_s']} s | "
                     f"{few['cpu_ms_per_request']} (as above) |")
    lines.append("")
    lines.append(f"No latency, scoring off: {bare['requests_per_s']} requests/s "
                 f"(load {bare['load_before']}), {bare['cpu_ms_per_request']} ms CPU per request; start-up "
                 f"{bare['startup_to_first_request_s']} s.")
    costs = [f"transport {result['transport']['cpu_ms_per_request']}"] if "transport" in result else []
    costs += [f"{name} {d['cpu_ms_per_response']}" for name, d in result.get("detectors", {}).items()]
    if costs:
        lines.append("CPU ms per request: " + ", ".join(costs) + ".")
    return "\n".join(lines)


def memory_runs(small: int, large: int, *, scored: bool) -> dict:
    """Peak RSS of `small` and `large` attempts (no latency, concurrency 32; scored too if asked) and their ratio."""
    result: dict = {}
    for kind, score in [("no_score", False)] + ([("scored", True)] if scored else []):
        for size, attempts in (("small", small), ("large", large)):
            run = result[f"memory_{size}_{kind}"] = audit(0.0, attempts, score=score)
            print(f"{attempts} attempts, {'scored' if score else 'no scoring'}: {run}", flush=True)
        ratio = result[f"memory_large_{kind}"]["peak_rss_mb"] / result[f"memory_small_{kind}"]["peak_rss_mb"]
        result[f"memory_ratio_{kind}"] = round(ratio, 2)
        print(f"peak RSS, {large} / {small} attempts ({kind.replace('_', ' ')}): {ratio:.2f}x", flush=True)
    return result


def previous_results() -> dict:
    """The results file as last written (empty when there is none)."""
    return json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}


def write_results(result: dict) -> None:
    """Write benchmarks/results/endpoint_throughput.json."""
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")


def plan_prompts(attempts: int) -> list[str]:
    """The user text of the first `attempts` attempts `auditkit run` sends (for the peer tools)."""
    from auditkit.runs.planning import Plan
    from auditkit.suites.load import load_suites

    samples = -(-attempts // PLANNED_PER_SAMPLE)
    return [a.request(0).user_text for a in Plan(load_suites(SUITES), samples=samples, limit=attempts)]


def wall_rows(sizes: list[int], compare_torch: bool) -> dict:
    """The command's wall time, sending rate and peak RSS per size: scoring off, on (ONNX), on (torch)."""
    modes = [("no_score", False, None), ("scored_onnx", True, "onnx")]
    if compare_torch:
        modes.append(("scored_torch", True, "torch"))
    rows: dict[str, dict] = {}
    for size in sizes:
        for name, score, runtime in modes:
            env = {"AUDITKIT_ENCODER_RUNTIME": runtime} if runtime else None
            run = audit(0.2, size, score=score, env=env)
            run["ideal_wall_s"] = round(size * 0.2 / 32, 2)
            rows[f"{size}_{name}"] = run
            print(f"{size} attempts, {name}: wall {run['wall_s']} s (ideal sending {run['ideal_wall_s']} s), "
                  f"{run['requests_per_s']} requests/s while sending, after the last answer "
                  f"{run['after_last_response_s']} s, peak RSS {run['peak_rss_mb']} MB, load {run['load_before']}"
                  f"→{run['load_after']}", flush=True)
    return rows


def wall_table(rows: dict, peers: dict) -> str:
    """Markdown rows: wall time next to the sending rate and peak RSS."""
    lines = ["| run | wall time | ideal | requests/s while sending | after the last answer | peak RSS | load |",
             "|---|---|---|---|---|---|---|"]
    for key, r in rows.items():
        size, mode = key.split("_", 1)
        lines.append(f"| auditkit, {size} attempts, {mode.replace('_', ' ')} | {r['wall_s']} s | "
                     f"{r['ideal_wall_s']} s | {r['requests_per_s']} | {r['after_last_response_s']} s | "
                     f"{r['peak_rss_mb']} MB | {r['load_before']} |")
    for name, r in peers.items():
        if "skipped" in r:
            lines.append(f"| {name} | skipped: {r['skipped']} | | | | | |")
        else:
            lines.append(f"| {name}, {r.get('requests')} prompts | {r['wall_s']} s | | {r['requests_per_s']} | | "
                         f"{r['peak_rss_mb']} MB | {r['load_before']} |")
    return "\n".join(lines)


def wall_main(sizes: list[int], compare_torch: bool) -> None:
    """--wall: what the user waits for, with the peers' rows when their tools are installed."""
    from peer_tools import peer_rows

    result: dict = {"cpus": os.cpu_count(), "latency_s": 0.2, "concurrency": 32, "suites": SUITES,
                    "note": "shared machine: see the load averages"}
    result["runs"] = wall_rows(sizes, compare_torch)
    result["peers"] = peer_rows(lambda: Server(0.2), plan_prompts(min(sizes)), 32, load)
    print()
    print(wall_table(result["runs"], result["peers"]))
    WALL_RESULTS.parent.mkdir(exist_ok=True)
    WALL_RESULTS.write_text(json.dumps(result, indent=2) + "\n")


def main() -> None:
    """Run every measurement, print the table and write benchmarks/results/endpoint_throughput.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer attempts (a smoke run of the benchmark)")
    parser.add_argument("--skip-memory", action="store_true", help="skip the 20,000-attempt memory runs")
    parser.add_argument("--memory-scored", action="store_true", help="also measure 20,000 scored attempts (slow)")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the memory runs (small and large, no scoring), merged into the results file")
    parser.add_argument("--wall", action="store_true", help="wall time of the command next to the sending rate "
                        "and peak RSS, scoring off and on, and the peer tools' rows (endpoint_wall.json)")
    parser.add_argument("--compare-torch", action="store_true", help="with --wall: also score with the sentence "
                        "encoder on torch (AUDITKIT_ENCODER_RUNTIME=torch)")
    parser.add_argument("--sizes", default="256,2000", help="with --wall: attempts per run, comma-separated")
    args = parser.parse_args()
    if args.wall:
        wall_main([int(x) for x in args.sizes.split(",")], args.compare_torch)
        return
    small, large = (300, 3000) if args.quick else (2000, 20000)
    if args.memory_only:
        # Only the memory keys change; what the other measurements wrote stays.
        write_results(previous_results() | memory_runs(small, large, scored=args.memory_scored))
        return
    result: dict = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "suites": SUITES,
                    "note": "shared machine: other jobs ran at the same time; see the load averages"}
    result["help"] = help_time()
    print(f"auditkit --help: {result['help']}", flush=True)
    result["latency_200ms"] = audit(0.2, small)
    print(f"200 ms latency: {result['latency_200ms']}", flush=True)
    # The other tools were measured on 256 prompts: the same size, for a like-for-like row.
    result["latency_200ms_256"] = audit(0.2, 256)
    print(f"200 ms latency, 256 attempts: {result['latency_200ms_256']}", flush=True)
    result["no_latency_no_score"] = audit(0.0, small, score=False)
    print(f"no latency, no scoring: {result['no_latency_no_score']}", flush=True)
    result["no_latency_scored"] = audit(0.0, small)
    print(f"no latency, scored: {result['no_latency_scored']}", flush=True)
    if args.skip_memory:
        # The memory figures of the last run that measured them stay in the file.
        result |= {k: v for k, v in previous_results().items() if k.startswith("memory_")}
    else:
        result |= memory_runs(small, large, scored=args.memory_scored)
    result["transport"] = transport_cost()
    print(f"transport: {result['transport']}", flush=True)
    result["detectors"] = detector_costs()
    print(f"detectors: {result['detectors']}", flush=True)
    print()
    print(table(result))
    write_results(result)


if __name__ == "__main__":
    main()
