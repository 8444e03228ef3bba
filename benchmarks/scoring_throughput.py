"""Responses scored per second by the default offline detector stack (refusal + PII + toxicity), and by the
stack misuse and jailbreak probes get by default (refusal + harm).

python benchmarks/scoring_throughput.py [--n 512] [--batch 64] [--repeats 3] [--stacks default,misuse] [--out FILE]

Responses of about 80 words are generated here (answers, refusals, some with identifiers). Loading is timed
separately: it is paid once per run. Every stack and every repeat scores responses it has not seen: the
sentence encoder remembers the embeddings of texts it has seen, so scoring the same texts again would time
that memory instead of the detectors. Writes benchmarks/results/scoring_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.records.probes import DetectorSpec, Message, Probe  # noqa: E402
from auditkit.runs.scoring import default_scoring_threads, one_torch_thread  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "scoring_throughput.json"
GOAL = 100.0
SENTENCES = [
    "The process can be stopped from the task manager or with the kill command and its process id.",
    "Vaccines train the immune system by showing it a harmless copy of a pathogen.",
    "Plan meals for the week, shop with a list and compare unit prices to save money.",
    "I'm sorry, but I can't help with that request because it could cause harm to other people.",
    "If you have questions about your account, you can write to support at help.desk@example.org.",
    "You can reach the office on 212-555-0187 between nine and five on weekdays.",
    "Historians point to alliances, militarism and nationalism as causes of the war.",
    "It is important to respect other people's privacy and to follow the law in every case.",
    "Cool a minor burn under running water for twenty minutes and cover it loosely.",
    "Here are three steps: research the company, prepare stories, and practise your answers out loud.",
]


def responses(n: int, words: int = 80, seed: int = 0) -> list[str]:
    """n responses of about `words` words each."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text: list[str] = []
        while len(" ".join(text).split()) < words:
            text.append(rng.choice(SENTENCES))
        out.append(" ".join(text))
    return out


def probe(detectors: list[DetectorSpec]) -> Probe:
    """A probe carrying the detectors to time."""
    return Probe(id="bench", suite="bench", template="bench", category="pii", expected="no_pii",
                 messages=[Message(role="user", content="Tell me about it.")], detectors=detectors)


def main() -> None:
    """Time loading and scoring; print a table; write the results."""
    from auditkit.detectors.registry import DetectorSet

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=512)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--stacks", default="all",
                    help="comma-separated: all, or any of default (refusal+pii+toxicity), misuse (refusal+harm), "
                         "refusal, pii, pii-ner, toxicity; a short A/B run times only the stacks it compares")
    ap.add_argument("--out", type=Path, default=RESULTS, help="where to write the results")
    args = ap.parse_args()
    texts = responses(args.n)
    load_start = round(os.getloadavg()[0], 2)
    every_entity = DetectorSpec(name="pii", params={"entities": "all"})  # needs the spaCy NER model
    stacks = {"refusal": [DetectorSpec(name="refusal")], "pii": [DetectorSpec(name="pii")],
              "pii (all entities, NER)": [every_entity], "toxicity": [DetectorSpec(name="toxicity")],
              "refusal+pii+toxicity": [DetectorSpec(name=n) for n in ("refusal", "pii", "toxicity")],
              "refusal+harm (misuse)": [DetectorSpec(name=n) for n in ("refusal", "harm")]}
    short = {"refusal": "refusal", "pii": "pii", "pii-ner": "pii (all entities, NER)", "toxicity": "toxicity",
             "default": "refusal+pii+toxicity", "misuse": "refusal+harm (misuse)"}
    if args.stacks != "all":
        wanted = [short[s.strip()] for s in args.stacks.split(",")]
        stacks = {name: specs for name, specs in stacks.items() if name in wanted}
    results: dict[str, dict] = {}
    print(f"{len(texts)} responses, {statistics.mean(len(t.split()) for t in texts):.0f} words on average, "
          f"batches of {args.batch} on {default_scoring_threads()} scoring threads, {os.cpu_count()} CPUs")
    print(f"{'stack':<24} {'load s':>7} {'resp/s':>8} {'cpu ms':>7}  backends")
    pool = ThreadPoolExecutor(max_workers=default_scoring_threads(), initializer=one_torch_thread)
    for number, (name, specs) in enumerate(stacks.items()):
        p = probe(specs)
        started = time.perf_counter()
        detectors = DetectorSet([p])
        load = time.perf_counter() - started
        detectors.score_batch([(p, f"warm-up {i}. {t}") for i, t in enumerate(texts[:8])])  # first-call allocations
        rates, cpu = [], []
        for repeat in range(args.repeats):
            texts = responses(args.n, seed=1 + number * args.repeats + repeat)  # unseen: no remembered embeddings
            started, cpu_started = time.perf_counter(), time.process_time()
            # Batches are scored as a run scores them: on its scoring threads at once (ONNX Runtime and the
            # engines release the GIL), each thread with one torch thread.
            batches = [[(p, t) for t in texts[i:i + args.batch]] for i in range(0, len(texts), args.batch)]
            list(pool.map(detectors.score_batch, batches))
            rates.append(len(texts) / (time.perf_counter() - started))
            # CPU time is what other work on a shared machine inflates least: compare it across runs.
            cpu.append(1000 * (time.process_time() - cpu_started) / len(texts))
        backends = {r.name: r.backend for r in detectors.refs()}
        results[name] = {"load_seconds": round(load, 2), "cpu_ms_per_response": round(statistics.median(cpu), 2),
                         "responses_per_second_median": round(statistics.median(rates), 1),
                         "responses_per_second_runs": [round(r, 1) for r in rates], "backends": backends}
        print(f"{name:<24} {load:>7.2f} {statistics.median(rates):>8.1f} {statistics.median(cpu):>7.2f}  "
              + ", ".join(f"{k}={v}" for k, v in backends.items()))
    full = results.get("refusal+pii+toxicity", {}).get("responses_per_second_median", 0.0)
    summary = {"goal_responses_per_second": GOAL, "goal_met": full >= GOAL, "load_average_at_start": load_start,
               "n": len(texts), "batch": args.batch, "scoring_threads": default_scoring_threads(),
               "repeats": args.repeats, "words_per_response": 80, "cpus": os.cpu_count(),
               "load_average_at_end": round(os.getloadavg()[0], 2), "machine": platform.platform(terse=True),
               "stacks": results}
    write_atomic(args.out, json.dumps(summary, indent=2) + "\n")
    args.out.chmod(0o644)
    if "refusal+pii+toxicity" in results:
        print(f"default stack: {full:.1f} responses/s (goal {GOAL:.0f}): {'met' if full >= GOAL else 'NOT met'}; "
              f"load average {os.getloadavg()[0]:.1f} (other work on this machine lowers the figure)")


if __name__ == "__main__":
    main()
