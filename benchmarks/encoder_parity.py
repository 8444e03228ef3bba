"""Do the encoder runtimes agree? Labels of every embedding detector, ONNX Runtime against torch.

    python benchmarks/encoder_parity.py [--data ../shared/datasets] [--runtimes onnx,onnx-int8]

The refusal, harm and toxicity (minilm) detectors score every refusal, harm and toxicity evaluation set in
benchmarks/eval (both splits, v1-v4; pii_eval has no embedding detector) and XSTest's model completions
(counted in aggregate only), once on each runtime: ONNX Runtime (float32), ONNX Runtime int8 (the export's
dynamically quantized copy), torch float32, and torch with dtype auto (bfloat16 on CPUs that compute it
natively, the torch default there). It reports how many labels differ from ONNX Runtime float32, the largest
embedding and score differences, and each runtime's accuracy per set against the gold labels (refusal: refusal
or partial vs compliance; harm: complied_harmful or not; toxicity: toxic or not; XSTest: refusal vs full
compliance, scored with its prompts). Writes benchmarks/results/encoder_parity.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.detectors import embeddings  # noqa: E402

EVAL = ROOT / "benchmarks" / "eval"
RESULTS = ROOT / "benchmarks" / "results" / "encoder_parity.json"
RUNTIMES = {"onnx": ("onnx", "float32"), "onnx-int8": ("onnx-int8", "auto"), "torch-float32": ("torch", "float32"),
            "torch-auto": ("torch", "auto")}


def eval_files() -> list[Path]:
    """The evaluation sets to score: every benchmarks/eval/*.jsonl but pii_eval."""
    return [p for p in sorted(EVAL.glob("*.jsonl")) if not p.name.startswith("pii_")]


def rows_of(path: Path) -> list[dict]:
    """The JSON lines of one evaluation set."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def xstest(data: Path) -> list[tuple[str, str, bool]]:
    """(prompt, completion, refused or partly by the human final label) of every XSTest v2 model completion."""
    pairs = []
    for path in sorted((data / "xstest" / "model_completions").glob("xstest_v2_completions_*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            pairs += [(r.get("prompt") or "", r.get("completion") or "", r.get("final_label") != "1_full_compliance")
                      for r in csv.DictReader(f)]
    return pairs


def gold(sets: dict[str, list[dict]], pairs: list[tuple[str, str, bool]]) -> dict[str, list[bool]]:
    """The gold answer, flagged or not, of every item `labels` scores, by the same keys."""
    out: dict[str, list[bool]] = {}
    for name, rows in sets.items():
        if "response" in rows[0]:
            out[f"{name}/harm"] = [r["outcome"] == "complied_harmful" for r in rows]
        elif "prompt" in rows[0]:
            out[f"{name}/refusal"] = [r["label"] != "compliance" for r in rows]
        else:
            out[f"{name}/toxicity"] = [r["label"] == "toxic" for r in rows]
    if pairs:
        out["xstest/refusal"] = [g for _, _, g in pairs]
    return out


def _flagged(item: tuple) -> bool:
    # Refusal and harm: (label, value, flagged); toxicity: any label flagged.
    return bool(item[2]) if item and isinstance(item[0], str) else any(flagged for _, flagged, _ in item)


def detectors(dtype: str) -> dict:
    """The embedding detectors, on whichever runtime AUDITKIT_ENCODER_RUNTIME names."""
    from auditkit.detectors.harm import HarmDetector
    from auditkit.detectors.refusal import RefusalDetector
    from auditkit.detectors.toxicity import ToxicityDetector

    return {"refusal": RefusalDetector(backend="classifier", dtype=dtype), "harm": HarmDetector(dtype=dtype),
            "toxicity": ToxicityDetector(backend="minilm", dtype=dtype)}


def labels(found: dict, sets: dict[str, list[dict]], pairs: list[tuple[str, str]]) -> dict[str, list]:
    """(label, value) of every scored item, by set and detector."""
    out: dict[str, list] = {}
    for name, rows in sets.items():
        if "response" in rows[0]:  # harm sets: request and answer
            requests, texts = [r["prompt"] for r in rows], [r["response"] for r in rows]
            harm = found["harm"].score_pairs(list(zip(requests, texts, strict=True)))
            out[f"{name}/harm"] = [(s.label, s.value, s.flagged) for s in harm]
            out[f"{name}/refusal"] = [(s.label, s.value, s.flagged)
                                      for s in found["refusal"].score_texts(texts, requests)]
        elif "prompt" in rows[0]:  # refusal sets
            texts = [r["text"] for r in rows]
            scores = found["refusal"].score_texts(texts, [r["prompt"] for r in rows])
            out[f"{name}/refusal"] = [(s.label, s.value, s.flagged) for s in scores]
        else:  # toxicity
            scored = found["toxicity"].score_texts([r["text"] for r in rows])
            out[f"{name}/toxicity"] = [tuple((s.label, s.flagged, s.value) for s in row) for row in scored]
    if pairs:
        refusal = found["refusal"].score_texts([c for _, c, _ in pairs], [p for p, _, _ in pairs])
        out["xstest/refusal"] = [(s.label, s.value, s.flagged) for s in refusal]
    return out


def _label(item: tuple) -> object:
    # Refusal and harm: the label; toxicity: which labels are flagged.
    return item[0] if isinstance(item[0], str) else tuple((lab, flagged) for lab, flagged, _ in item)


def _values(item: tuple) -> list[float]:
    return [item[1]] if isinstance(item[0], str) else [v for _, _, v in item]


def main() -> None:
    """Score everything on each runtime and compare with ONNX Runtime."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--runtimes", default=",".join(RUNTIMES),
                        help=f"which to run, comma-separated, onnx first (default: {','.join(RUNTIMES)})")
    args = parser.parse_args()
    chosen = [r for r in args.runtimes.split(",") if r]
    if chosen[:1] != ["onnx"] or any(r not in RUNTIMES for r in chosen):
        parser.error(f"--runtimes: onnx first, then any of {', '.join(RUNTIMES)}")
    embeddings.REMEMBERED = 10**6  # keep every embedding, to compare them afterwards
    sets = {p.stem: rows_of(p) for p in eval_files()}
    pairs = xstest(args.data)
    if not pairs:
        print(f"XSTest not found under {args.data} (give --data): scored without it", flush=True)
    results: dict[str, dict] = {}
    encoders: dict[str, embeddings.Encoder] = {}
    for name in chosen:
        runtime, dtype = RUNTIMES[name]
        os.environ[embeddings.RUNTIME_ENV] = runtime
        started = time.perf_counter()
        found = detectors(dtype)
        encoders[name] = found["refusal"]._encoder
        results[name] = labels(found, sets, pairs)
        print(f"{name}: {encoders[name].runtime} {encoders[name].dtype}, "
              f"{time.perf_counter() - started:.1f} s", flush=True)
    import numpy as np

    base = results["onnx"]
    truth = gold(sets, pairs)
    accuracy = {name: {k: round(sum(_flagged(a) == g for a, g in zip(results[name][k], truth[k], strict=True))
                                / len(truth[k]), 4) for k in truth} for name in chosen}
    report: dict = {"sets": {k: len(v) for k, v in base.items()}, "skipped": "pii_eval (no embedding detector)",
                    "load": os.getloadavg()[0], "encoders": {n: encoders[n].describe() for n in chosen},
                    "accuracy": accuracy, "compared_with_onnx": {}}
    print(f"{'set/detector':<28} " + " ".join(f"{n:>14}" for n in chosen))
    for k in truth:
        print(f"{k:<28} " + " ".join(f"{accuracy[n][k]:>14.4f}" for n in chosen))
    for name in chosen:
        if name == "onnx":
            continue
        changed = {k: sum(_label(a) != _label(b) for a, b in zip(base[k], results[name][k], strict=True))
                   for k in base}
        worst_value = max(abs(x - y) for k in base for a, b in zip(base[k], results[name][k], strict=True)
                          for x, y in zip(_values(a), _values(b), strict=True))
        seen = encoders["onnx"]._seen
        other = encoders[name]._seen
        common = [k for k in seen if k in other]
        worst_embedding = max(float(np.abs(seen[k] - other[k]).max()) for k in common)
        cosine = [float(np.dot(seen[k], other[k])) for k in common]  # rows are L2-normalised
        report["compared_with_onnx"][name] = {
            "labels_changed": sum(changed.values()), "labels_changed_by_set": changed,
            "labels_compared": sum(len(v) for v in base.values()), "max_abs_score_difference": worst_value,
            "max_abs_embedding_difference": worst_embedding, "embeddings_compared": len(common),
            "cosine_min": round(min(cosine), 5), "cosine_median": round(float(np.median(cosine)), 5),
            "cosines_below_0.97": sum(c < 0.97 for c in cosine)}
        print(f"{name} vs onnx: {sum(changed.values())} labels changed of {sum(len(v) for v in base.values())}; "
              f"largest embedding difference {worst_embedding:.2e} over {len(common)} texts; largest score "
              f"difference {worst_value:.2e}; cosine min {min(cosine):.4f}, median {np.median(cosine):.4f}", flush=True)
    write_atomic(RESULTS, json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
