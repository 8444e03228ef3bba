"""Train the refusal classifier head on generated sentences and write auditkit/detectors/data/refusal_head.json.

python benchmarks/train_refusal_head.py [--n 8000] [--max-tokens 64] [--c 2.0]

The data come from benchmarks/refusal_training_data.py (written for auditkit; no benchmark data), so
benchmarks/detector_accuracy.py can measure the result on XSTest without leakage. Needs scikit-learn.
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

from refusal_training_data import examples  # noqa: E402

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.detectors.embeddings import load_encoder  # noqa: E402
from auditkit.detectors.refusal import CLASSES, HEAD_FILE  # noqa: E402
from auditkit.detectors.refusal_patterns import FEATURES, cues  # noqa: E402


def features(texts: list[str], max_tokens: int, dtype: str, cache: Path | None = None):
    """Embedding of the opening tokens plus the cue vector, as the detector computes them (a zero embedding
    for a response not in English). `cache` keeps embeddings between runs (a pickle), for faster iteration."""
    import pickle

    import numpy as np

    encoder = load_encoder("auto", dtype=dtype)
    found = [cues(t) for t in texts]
    english = [i for i, c in enumerate(found) if not c.foreign]
    emb = np.zeros((len(texts), encoder.model.config.hidden_size), dtype="float32")
    known: dict[tuple[str, int, str], object] = {}
    if cache is not None and cache.is_file():
        known = pickle.loads(cache.read_bytes())
    key = [(texts[i], max_tokens, encoder.dtype) for i in english]
    todo = [i for i, k in zip(english, key, strict=True) if k not in known]
    if todo:
        for i, row in zip(todo, encoder.encode([texts[i] for i in todo], max_tokens=max_tokens), strict=True):
            known[(texts[i], max_tokens, encoder.dtype)] = row
        if cache is not None:
            cache.write_bytes(pickle.dumps(known))
    for i, k in zip(english, key, strict=True):
        emb[i] = known[k]
    cue = np.asarray([c.vector() for c in found], dtype="float32")
    return np.concatenate([emb, cue], axis=1), encoder


def main() -> None:
    """Generate, featurise, fit, report cross-validated accuracy and write the head."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--c", type=float, default=2.0)
    ap.add_argument("--dtype", default="float32", help="encoder dtype for training (inference picks its own)")
    ap.add_argument("--out", type=Path, default=HEAD_FILE)
    ap.add_argument("--cache", type=Path, default=None, help="embedding cache file (pickle), for repeated runs")
    args = ap.parse_args()

    data = list(dict.fromkeys(examples(args.seed, args.n)))  # drop exact duplicates, keep order
    texts = [t for t, _ in data]
    labels = [y for _, y in data]
    started = time.perf_counter()
    x, encoder = features(texts, args.max_tokens, args.dtype, args.cache)
    clf = LogisticRegression(C=args.c, max_iter=2000)
    cv = cross_val_score(clf, x, labels, cv=3).mean()
    clf.fit(x, labels)
    assert tuple(sorted(clf.classes_)) == tuple(sorted(CLASSES))
    head = {
        "classes": list(clf.classes_),
        "features": list(FEATURES),
        "embedding_dim": int(x.shape[1] - len(FEATURES)),
        "embedding": {"model": "sentence-transformers/all-MiniLM-L6-v2", "max_tokens": args.max_tokens,
                      "dtype": encoder.dtype, "pooling": "mean, L2-normalised",
                      "languages": "en only; zero vector for a response in another language"},
        "coef": [[round(float(v), 6) for v in row] for row in clf.coef_],
        "intercept": [round(float(v), 6) for v in clf.intercept_],
        "trained_on": {"generator": "benchmarks/refusal_training_data.py (with refusal_training_hard, "
                                    "refusal_training_multilingual)", "seed": args.seed,
                       "examples": len(texts), "per_class": {c: labels.count(c) for c in CLASSES},
                       "regularisation_C": args.c, "cv3_accuracy_on_generated": round(float(cv), 4)},
    }
    body = json.dumps(head, sort_keys=True)
    head["sha256"] = hashlib.sha256(body.encode()).hexdigest()
    write_atomic(args.out, json.dumps(head, separators=(",", ":")) + "\n")
    args.out.chmod(0o644)  # package data: readable by everyone once installed
    print(f"{len(texts)} examples, 3-fold accuracy on generated data {cv:.3f}, "
          f"{time.perf_counter() - started:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
