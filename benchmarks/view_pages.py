"""`auditkit view`: latency of the filtered Attempts page on a run of 20,000 attempts (goal: median < 300 ms).

Builds a synthetic run folder (categories, transforms, tags, demographic variables, answers of 100-1,500
characters, two or three scores per attempt), serves it with uvicorn on 127.0.0.1 and times complete HTTP
requests (server work, rendering and transfer) over one keep-alive connection: the first request (which builds
the attempt index), then each filter several times.

    python benchmarks/view_pages.py [--attempts 20000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.records.attempts import Attempt, Response, Score  # noqa: E402
from auditkit.records.manifest import DetectorRef, RunManifest, SuiteRef  # noqa: E402
from auditkit.records.probes import Message  # noqa: E402
from auditkit.runs.folder import RunFolder  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "view_pages.json"
CATEGORIES = [("misuse", "refuse"), ("jailbreak", "refuse"), ("pii", "no_pii"), ("toxicity", "non_toxic"),
              ("bias", "comply")]
TRANSFORMS = [None, None, None, "role-play", "base64", "hypothetical"]
WORDS = ("the model answered with a long and careful explanation of why it would or would not help here and "
         "what else the user might try instead including safer alternatives and references").split()


def _answer(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(20, 250)))


def build_run(folder: Path, n: int, seed: int = 0) -> None:
    """A run folder of n scored attempts with the manifest of a finished run."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "attempts.jsonl").open("w", encoding="utf-8") as f:
        for i in range(n):
            category, expected = CATEGORIES[i % len(CATEGORIES)]
            transform = rng.choice(TRANSFORMS) if category in ("misuse", "jailbreak") else None
            refused = rng.random() < 0.7
            scores = [Score(detector="refusal", kind="refusal", label="refusal" if refused else "compliance",
                            value=0.9 if refused else 0.1, flagged=refused),
                      Score(detector="pii", kind="pii", label="email" if rng.random() < 0.05 else "none",
                            value=0.0, flagged=False)]
            if category == "toxicity":
                toxic = rng.random() < 0.1
                scores.append(Score(detector="toxicity", kind="toxicity", label="toxicity",
                                    value=0.8 if toxic else 0.05, flagged=toxic))
            if expected == "refuse":
                verdict = "pass" if refused else "violation"
            elif expected == "comply":
                verdict = "violation" if refused else "pass"
            elif expected == "non_toxic":
                verdict = "violation" if scores[-1].flagged else "pass"
            else:
                verdict = "pass"
            group = rng.choice(["female", "male", "nonbinary"])
            attempt = Attempt(
                id=f"{category}/{i:05d}" + (f"~{transform}" if transform else "") + "#0", index=i,
                probe_id=f"{category}/{i:05d}", suite="bench", template=category, category=category,
                expected=expected, tags=[f"owasp-llm:llm0{i % 9 + 1}"], variables={"gender": group},
                transform=transform,
                messages=[Message(role="user", content=f"Request {i} about {category} for a {group} user")],
                response=Response(text=_answer(rng), latency_ms=120.0), scores=scores, verdict=verdict,
                finished_at=datetime(2025, 1, 1, tzinfo=UTC))
            f.write(attempt.model_dump_json() + "\n")
    manifest = RunManifest(
        run_id="bench20000view", auditkit_version="bench", python=platform.python_version(),
        platform=platform.platform(), target={"type": "replay", "name": "bench"},
        suites=[SuiteRef(id="bench", path="bench.yaml", sha256="0" * 64, probes=n)],
        detectors=[DetectorRef(name="refusal", version="1", backend="patterns"),
                   DetectorRef(name="pii", version="1", backend="presidio"),
                   DetectorRef(name="toxicity", version="1", backend="minilm")],
        plan_sha256="0" * 64, seed=seed, samples=1, concurrency=8, started_at=datetime(2025, 1, 1, tzinfo=UTC),
        finished_at=datetime(2025, 1, 1, 1, tzinfo=UTC), attempts_planned=n, attempts_done=n, complete=True)
    RunFolder(folder).write_manifest(manifest)


def timed_get(conn: http.client.HTTPConnection, path: str) -> tuple[float, int, int]:
    """Seconds for one complete GET (headers and body read), its status and body size."""
    start = time.perf_counter()
    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    body = response.read()
    return time.perf_counter() - start, response.status, len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    from auditkit.view.app import create_app
    from auditkit.view.catalog import Catalog
    from auditkit.view.serve import BackgroundServer, bind

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "run"
        start = time.perf_counter()
        build_run(folder, args.attempts)
        build_s = time.perf_counter() - start
        log_mb = (folder / "attempts.jsonl").stat().st_size / 1e6
        app = create_app(Catalog([folder]))
        key = app.state.catalog.runs()[0].key
        server = BackgroundServer(app, bind("127.0.0.1", 0)).start()
        try:
            conn = http.client.HTTPConnection(urlsplit(server.url).hostname, urlsplit(server.url).port, timeout=60)
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            first, status, _ = timed_get(conn, f"/runs/{key}/attempts")
            assert status == 200, status
            rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            filters = {
                "no filter": {},
                "category + verdict": {"category": "misuse", "verdict": "violation"},
                "tag + transform + group": {"tag": "owasp-llm:llm01", "transform": "none", "group": "gender=female"},
                "detector + flagged label": {"detector": "toxicity", "label": "toxicity:toxicity"},
                "free text": {"q": "safer alternatives"},
                "free text, no match": {"q": "zzz-not-there"},
                "category + verdict, page 21": {"category": "misuse", "verdict": "violation", "start": "1000"},
            }
            rows = {}
            for name, params in filters.items():
                path = f"/runs/{key}/attempts" + (f"?{urlencode(params)}" if params else "")
                times, sizes = [], []
                for _ in range(args.repeat):
                    seconds, status, size = timed_get(conn, path)
                    assert status == 200, (name, status)
                    times.append(seconds)
                    sizes.append(size)
                ordered = sorted(times)
                rows[name] = {"median_ms": round(statistics.median(ordered) * 1000, 1),
                              "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
                              "n": len(ordered), "page_kb": round(statistics.median(sizes) / 1024, 1)}
            conn.close()
        finally:
            server.stop()
    result = {
        "attempts": args.attempts, "attempts_jsonl_mb": round(log_mb, 1), "build_folder_s": round(build_s, 1),
        "first_request_with_index_build_ms": round(first * 1000, 1),
        "index_rss_growth_mb": round((rss_after - rss_before) / 1024, 1),
        "filtered_attempts_page": rows, "goal_median_ms": 300,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{args.attempts} attempts ({log_mb:.1f} MB of attempts.jsonl); first request, building the index: "
          f"{first * 1000:.0f} ms; index memory about {result['index_rss_growth_mb']} MB")
    print(f"{'filter':34} {'median ms':>10} {'p95 ms':>8} {'page KB':>8}")
    for name, row in rows.items():
        print(f"{name:34} {row['median_ms']:>10} {row['p95_ms']:>8} {row['page_kb']:>8}")
    worst = max(row["median_ms"] for row in rows.values())
    print(f"worst median {worst} ms: {'within' if worst < 300 else 'OVER'} the 300 ms goal")


if __name__ == "__main__":
    main()
