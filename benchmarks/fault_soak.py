"""Fault soak: a 2,000-attempt run against a local server that faults 20% of requests.

Loopback only, bounded in count and time. Checks that every attempt ends with a response or an error with its
reason, that nothing is lost or duplicated in attempts.jsonl, and reports errors per kind and the throughput.

    python benchmarks/fault_soak.py [--attempts 2000] [--fault-rate 0.2] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.openai_server import Fault, OpenAIStubServer  # noqa: E402
from support.suites import numbered_suite  # noqa: E402

FAULTS = [Fault.http(500), Fault.http(503), Fault.http(429, retry_after=0), Fault.reset(), Fault.truncated_body(),
          Fault.malformed_json(), Fault.empty_choices(), Fault.slow(2.0), Fault.huge(3)]


def main() -> None:
    """Run the soak and print a summary table; write benchmarks/results/fault_soak.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=2000)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.02)
    args = parser.parse_args()
    rng = random.Random(2026)
    plan = {n: rng.choice(FAULTS) for n in range(1, args.attempts * 3) if rng.random() < args.fault_rate}
    with tempfile.TemporaryDirectory() as tmp, OpenAIStubServer(latency=args.latency, faults=plan) as server:
        work = Path(tmp)
        suite = numbered_suite(work, args.attempts)
        (work / "auditkit.yaml").write_text(
            f"target: {{type: openai, model: stub, base_url: '{server.base_url}', timeout: 1.0, max_retries: 2,"
            f" backoff_base: 0.05}}\nsuites: ['{suite}']\npolicy: baseline\nout: run\n"
            f"concurrency: {args.concurrency}\n")
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "auditkit", "run", "-c", str(work / "auditkit.yaml"),
                               "--no-progress"], capture_output=True, text=True, timeout=600, check=False)
        elapsed = time.perf_counter() - started
        records = [json.loads(line) for line in (work / "run" / "attempts.jsonl").read_text().splitlines()]
        sent = len(server.chat_requests)
    ids = Counter(r["id"] for r in records)
    errors = Counter(r["error"]["kind"] for r in records if r["error"])
    result = {
        "attempts": args.attempts, "fault_rate": args.fault_rate, "concurrency": args.concurrency,
        "latency_s": args.latency, "requests_sent": sent, "faults_planned": sum(1 for n in plan if n <= sent),
        "exit_code": proc.returncode, "wall_s": round(elapsed, 2), "attempts_per_s": round(len(records) / elapsed, 1),
        "logged": len(records), "unique": len(ids), "duplicated": sum(c - 1 for c in ids.values()),
        "lost": args.attempts - len(ids), "without_response_or_error": sum(
            (r["response"] is None) == (r["error"] is None) for r in records),
        "errors_by_kind": dict(sorted(errors.items())),
    }
    width = max(len(k) for k in result)
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
    out = ROOT / "benchmarks" / "results" / "fault_soak.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    ok = result["lost"] == result["duplicated"] == result["without_response_or_error"] == 0
    sys.exit(0 if ok and proc.returncode in (0, 1) else 1)


if __name__ == "__main__":
    main()
