"""Train the harm classifier heads on generated data and write auditkit/detectors/data/harm_head.json.

python benchmarks/train_harm_head.py [--n 6000] [--c 1.0] [--dev benchmarks/eval/harm_eval.jsonl]

The data come from benchmarks/harm_training_data.py (written for auditkit; no benchmark data), so
benchmarks/detector_accuracy.py can measure the heads on JailbreakBench's human labels without leakage.
Cross-validation holds out whole topics. `--dev` prints accuracy on the dev split of an evaluation file
(never the test split). Two heads are written: `minilm` (with the answer embedding) and `features` (the
fallback without transformers). Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from harm_training_data import examples, topic_of  # noqa: E402

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.detectors.harm import HEAD_FILE, INPUTS, OUTCOMES, pair_features  # noqa: E402
from auditkit.detectors.refusal import RefusalDetector, load_head  # noqa: E402


def dev_rows(path: Path) -> list[dict]:
    """The dev split of an evaluation JSONL file (id, prompt, response, outcome, ...)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("split") == "dev"]


def cache_embeddings(encoder, path: Path | None) -> None:
    """Keep the encoder's embeddings in a pickle between training runs (retraining re-embeds nothing)."""
    import pickle

    import numpy as np

    if path is None:
        return
    store: dict = pickle.loads(path.read_bytes()) if path.is_file() else {}
    encode = encoder.encode

    def cached(texts, *, max_tokens, batch_size=32):
        missing = [t for t in dict.fromkeys(texts) if (t, max_tokens) not in store]
        if missing:
            for t, row in zip(missing, encode(missing, max_tokens=max_tokens, batch_size=batch_size), strict=True):
                store[(t, max_tokens)] = row
            path.write_bytes(pickle.dumps(store))
        return np.stack([store[(t, max_tokens)] for t in texts]) if texts else np.zeros((0, 384), "float32")

    encoder.encode = cached


def fit(x, y, c: float):
    """A multinomial logistic regression."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=4000).fit(x, y)


def head_json(clf, inputs: list[str]) -> dict:
    """Coefficients in OUTCOMES order with the input names."""
    order = [list(clf.classes_).index(c) for c in OUTCOMES]
    return {"inputs": inputs, "coef": [[round(float(v), 6) for v in clf.coef_[i]] for i in order],
            "intercept": [round(float(clf.intercept_[i]), 6) for i in order]}


def report(name: str, pred, gold) -> str:
    """Binary (harmful or not) agreement and 3-class accuracy."""
    n = len(gold)
    three = sum(p == g for p, g in zip(pred, gold, strict=True)) / n
    binary = sum((p == "complied_harmful") == (g == "complied_harmful") for p, g in zip(pred, gold, strict=True)) / n
    return f"{name}: n={n} binary={binary:.3f} 3-class={three:.3f}"


def main() -> None:
    """Generate, featurise, cross-validate by topic, fit both heads, write the head file."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--max-tokens", type=int, default=0, help="default: the refusal detector's (shared cache)")
    ap.add_argument("--dtype", default="float32", help="encoder dtype for training (inference picks its own)")
    ap.add_argument("--dev", type=Path, help="evaluation JSONL; its dev split is scored after training")
    ap.add_argument("--out", type=Path, default=HEAD_FILE)
    ap.add_argument("--cache", type=Path, help="pickle file that keeps embeddings between runs")
    args = ap.parse_args()

    started = time.perf_counter()
    data = list(dict.fromkeys(examples(args.seed, args.n)))
    requests = [r for r, _, _, _ in data]
    texts = [a for _, a, _, _ in data]
    labels = np.asarray([o for _, _, o, _ in data])
    groups = np.asarray([topic_of(r) for r in requests])
    refusal = RefusalDetector(backend="classifier", dtype=args.dtype)
    max_tokens = args.max_tokens or refusal.max_tokens
    cache_embeddings(refusal._encoder, args.cache)
    x, which = pair_features(refusal, requests, texts, max_tokens=max_tokens)
    assert which == "minilm"
    n_small = len(INPUTS["features"])
    heads, cv = {}, {}
    for name, cols in (("minilm", slice(None)), ("features", slice(0, n_small))):
        fold_acc, fold_bin = [], []
        for train, test in GroupKFold(n_splits=5).split(x, labels, groups):
            clf = fit(x[train][:, cols], labels[train], args.c)
            pred = clf.predict(x[test][:, cols])
            fold_acc.append(float((pred == labels[test]).mean()))
            fold_bin.append(float(((pred == "complied_harmful") == (labels[test] == "complied_harmful")).mean()))
        cv[name] = {"3class": round(float(np.mean(fold_acc)), 4), "binary": round(float(np.mean(fold_bin)), 4)}
        heads[name] = head_json(fit(x[:, cols], labels, args.c), INPUTS[name])
        print(f"head {name}: topic-held-out 5-fold 3-class {cv[name]['3class']:.3f}, binary {cv[name]['binary']:.3f}")
    head = {
        "classes": list(OUTCOMES),
        "heads": heads,
        "embedding": {"model": "sentence-transformers/all-MiniLM-L6-v2", "max_tokens": max_tokens,
                      "dtype": refusal._encoder.dtype, "pooling": "mean, L2-normalised", "of": "answer and request"},
        "trained_on": {"generator": "benchmarks/harm_training_data.py", "seed": args.seed, "examples": len(texts),
                       "per_class": {c: int((labels == c).sum()) for c in OUTCOMES}, "regularisation_C": args.c,
                       "cv5_topic_held_out_on_generated": cv,
                       "refusal_head_sha256": load_head().get("sha256")},
    }
    body = json.dumps(head, sort_keys=True)
    head["sha256"] = hashlib.sha256(body.encode()).hexdigest()
    write_atomic(args.out, json.dumps(head, separators=(",", ":")) + "\n")
    args.out.chmod(0o644)
    print(f"{len(texts)} examples, {time.perf_counter() - started:.1f}s -> {args.out}")
    if args.dev:
        from auditkit.detectors.harm import HarmDetector
        from auditkit.detectors.harm import load_head as load_harm_head

        load_harm_head.cache_clear()
        rows = dev_rows(args.dev)
        detector = HarmDetector()
        scores = detector.score_pairs([(r["prompt"], r["response"]) for r in rows])
        print(report(f"dev split of {args.dev.name}", [s.label for s in scores], [r["outcome"] for r in rows]))


if __name__ == "__main__":
    main()
