"""Sentence-encoder speed: torch against ONNX Runtime, and what sharing one embedding between detectors saves.

    python benchmarks/encoder_runtimes.py [--n 512] [--repeats 5]

1. Load: a fresh process imports and loads the encoder on each runtime (the ONNX export is made first, once).
2. Throughput: responses embedded per second on one thread (as in a run's scoring threads), batches of 32,
   64 tokens, distinct answers from benchmarks/eval (nothing remembered between repeats); median of the
   repeats, the runtimes taking turns so load changes hit both alike.
3. Sharing: the refusal, harm and toxicity detectors score the same answers to harmful requests; the encoder
   counts the texts they ask for and the texts it embeds.

The 1-minute load average is printed and written next to every figure: on a shared machine they are lower
bounds. Writes benchmarks/results/encoder_runtimes.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "encoder_runtimes.json"
RUNTIMES = {"onnx": ("onnx", "float32"), "torch-float32": ("torch", "float32"), "torch-auto": ("torch", "auto")}
LOAD_SNIPPET = """
import os, sys, time, resource
t = time.perf_counter()
from auditkit.detectors.embeddings import load_encoder
e = load_encoder(dtype=sys.argv[1], runtime=sys.argv[2])
e.encode(["warm up"], max_tokens=64)
print(round(time.perf_counter() - t, 3), e.runtime, e.dtype, 'torch' in sys.modules,
      round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
"""


def load() -> float:
    """The 1-minute load average."""
    return round(os.getloadavg()[0], 2)


def answers(n: int) -> list[str]:
    """n distinct answers from the evaluation sets (both splits; the *_v3* files are not read)."""
    texts: list[str] = []
    for path in sorted((ROOT / "benchmarks" / "eval").glob("*.jsonl")):
        if "_v3" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            text = row.get("response") or row.get("text")
            if text and text not in texts:
                texts.append(text)
    return (texts * (n // max(len(texts), 1) + 1))[:n] if len(texts) < n else texts[:n]


def load_times() -> dict:
    """Seconds for a fresh process to import and load the encoder on each runtime, and its peak RSS."""
    out = {}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name, (runtime, dtype) in RUNTIMES.items():
        before = load()
        started = time.perf_counter()
        line = subprocess.run([sys.executable, "-c", LOAD_SNIPPET, dtype, runtime], env=env, check=True,
                              capture_output=True, text=True).stdout.split()
        out[name] = {"process_s": round(time.perf_counter() - started, 2), "load_s": float(line[0]),
                     "runtime": line[1], "dtype": line[2], "torch_imported": line[3] == "True",
                     "peak_rss_mb": float(line[4]), "load_before": before}
        print(f"load {name}: {out[name]}", flush=True)
    return out


def throughput(n: int, repeats: int) -> dict:
    """Median responses/s of each runtime on one thread."""
    import torch

    from auditkit.detectors.embeddings import load_encoder

    torch.set_num_threads(1)
    texts = answers(n)
    encoders = {name: load_encoder(dtype=dtype, runtime=runtime) for name, (runtime, dtype) in RUNTIMES.items()}
    times: dict[str, list[float]] = {name: [] for name in encoders}
    loads: list[float] = []
    for _ in range(repeats):
        for name, encoder in encoders.items():
            encoder._seen.clear()
            started = time.perf_counter()
            encoder.encode(texts, max_tokens=64)
            times[name].append(time.perf_counter() - started)
        loads.append(load())
    out = {name: {"responses_per_s": round(n / statistics.median(t), 1), "dtype": encoders[name].dtype,
                  "runs_s": [round(x, 2) for x in t]} for name, t in times.items()}
    out["texts"] = n
    out["load_during"] = loads
    for name, figures in out.items():
        print(f"throughput {name}: {figures}", flush=True)
    return out


def sharing(n: int) -> dict:
    """Texts the embedding detectors ask the encoder for, against texts it embeds, on answers to harmful requests."""
    from auditkit.detectors.embeddings import load_encoder
    from auditkit.detectors.harm import HarmDetector
    from auditkit.detectors.refusal import RefusalDetector
    from auditkit.detectors.toxicity import ToxicityDetector

    rows = []
    for name in ("harm_eval.jsonl", "harm_eval_v2.jsonl"):
        path = ROOT / "benchmarks" / "eval" / name
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:n]
    requests, texts = [r["prompt"] for r in rows], [r["response"] for r in rows]
    encoder = load_encoder()
    encoder._seen.clear()
    before = dict(encoder.stats)
    refusal, harm, toxicity = RefusalDetector(), HarmDetector(), ToxicityDetector(backend="minilm")
    started = time.perf_counter()
    for i in range(0, len(rows), 64):  # batches of 64, as a run's scoring threads take them
        refusal.score_texts(texts[i:i + 64], requests[i:i + 64])
        harm.score_pairs(list(zip(requests[i:i + 64], texts[i:i + 64], strict=True)))
        toxicity.score_texts(texts[i:i + 64])
    elapsed = time.perf_counter() - started
    asked = encoder.stats["texts"] - before["texts"]
    embedded = encoder.stats["embedded"] - before["embedded"]
    out = {"answers": len(rows), "texts_asked": asked, "texts_embedded": embedded,
           "saved": round(1 - embedded / asked, 3) if asked else None, "scoring_s": round(elapsed, 2),
           "load": load()}
    print(f"sharing: {out}", flush=True)
    return out


def main() -> None:
    """Run the three measurements and write the results file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=512, help="answers per throughput repeat")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    result = {"cpus": os.cpu_count(), "note": "shared machine: see the load averages"}
    result["load"] = load_times()
    result["throughput"] = throughput(args.n, args.repeats)
    result["sharing"] = sharing(args.n)
    write_atomic(RESULTS, json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
