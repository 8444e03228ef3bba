"""Train the minilm toxicity head on generated sentences and write auditkit/detectors/data/toxicity_head.json.

python benchmarks/train_toxicity_head.py [--n 10000] [--c 1.0] [--buckets 8192] [--bow-value 0.1]

The data come from benchmarks/toxicity_training_data.py (written for auditkit; no benchmark data), so
benchmarks/detector_accuracy.py can measure the head on HateCheck and on the toxicity evaluation set
without leakage. Cross-validation holds out whole templates (unseen wording) and whole target groups
(unseen group names). Needs scikit-learn. Featurising ~10,000 sentences takes a few minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from toxicity_training_data import Example, examples  # noqa: E402

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.detectors.embeddings import load_encoder  # noqa: E402
from auditkit.detectors.toxicity_minilm import (  # noqa: E402
    FEATURES,
    HEAD_FILE,
    cue_matrix,
    hashed_ngrams,
    head_digest,
    span_of,
)


def design(dense: Any, spans: list[str], buckets: int, value: float) -> Any:
    """Sparse design matrix: the dense inputs, then `value` in each hashed n-gram bucket of the span."""
    import numpy as np
    from scipy import sparse

    rows, cols = [], []
    for i, span in enumerate(spans):
        ids = hashed_ngrams(span, buckets)
        rows += [i] * len(ids)
        cols += ids
    bow = sparse.csr_matrix((np.full(len(rows), value, dtype="float32"), (rows, cols)), shape=(len(spans), buckets))
    return sparse.hstack([sparse.csr_matrix(dense), bow]).tocsr()


def embeddings(texts: list[str], max_tokens: int, dtype: str, cache: Path | None) -> tuple[Any, str]:
    """Embeddings of the texts (and the encoder's dtype), reusing a local pickle cache {text: row} when given."""
    import numpy as np

    known: dict[str, Any] = {}
    if cache is not None and cache.is_file():
        with cache.open("rb") as f:
            known = pickle.load(f)  # a cache this script wrote on this machine
    encoder = load_encoder("auto", dtype=dtype)
    todo = [t for t in dict.fromkeys(texts) if t not in known]
    if todo:
        known.update(zip(todo, encoder.encode(todo, max_tokens=max_tokens), strict=True))
        if cache is not None:
            with cache.open("wb") as f:
                pickle.dump(known, f)
    return np.stack([known[t] for t in texts]), encoder.dtype


def grouped_cv(x: Any, y: Any, groups: list[str], c: float, folds: int = 5) -> Any:
    """Out-of-fold predictions with whole groups held out."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    pred = np.zeros(len(y), dtype=bool)
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        model = LogisticRegression(C=c, max_iter=4000).fit(x[train], y[train])
        pred[test] = model.predict_proba(x[test])[:, 1] >= 0.5
    return pred


def main() -> None:
    """Generate, featurise, cross-validate (held-out templates and groups), fit on everything, write the head."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--buckets", type=int, default=8192)
    ap.add_argument("--bow-value", type=float, default=0.1, help="feature value of a present n-gram (its scale "
                    "sets how strongly the n-gram weights are regularised against the embedding's)")
    ap.add_argument("--dtype", default="float32", help="encoder dtype for training (inference picks its own)")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--cache", type=Path, help="pickle of embeddings by text, reused between runs (local only; "
                    "key it to --max-tokens and --dtype yourself)")
    ap.add_argument("--out", type=Path, default=HEAD_FILE)
    args = ap.parse_args()

    seen: dict[str, Example] = {}
    for ex in examples(args.seed, args.n):
        seen.setdefault(ex.text, ex)  # drop exact duplicates, keep the first
    data = list(seen.values())
    texts = [e.text for e in data]
    y = np.asarray([e.label == "toxic" for e in data])
    started = time.perf_counter()
    emb, dtype = embeddings(texts, args.max_tokens, args.dtype, args.cache)
    dense = np.concatenate([emb, cue_matrix(texts, args.max_tokens)], axis=1)
    x = design(dense, [span_of(t, args.max_tokens) for t in texts], args.buckets, args.bow_value)
    print(f"{len(texts)} examples ({int(y.sum())} toxic), featurised in {time.perf_counter() - started:.0f}s")

    cv: dict[str, float] = {}
    if not args.no_cv:
        for name in ("template", "group"):
            pred = grouped_cv(x, y, [getattr(e, name) for e in data], args.c)
            cv[f"held_out_{name}s"] = round(float((pred == y).mean()), 4)
            by_cat: dict[str, list[bool]] = defaultdict(list)
            for e, p, g in zip(data, pred, y, strict=True):
                by_cat[e.category].append(bool(p == g))
            print(f"5-fold CV, held-out {name}s: {cv[f'held_out_{name}s']:.3f}  " +
                  " ".join(f"{k}={sum(v) / len(v):.2f}" for k, v in sorted(by_cat.items())))

    model = LogisticRegression(C=args.c, max_iter=4000).fit(x, y)
    assert list(model.classes_) == [False, True]
    coef = model.coef_[0]
    n_dense = dense.shape[1]
    per_category: dict[str, dict[str, int]] = defaultdict(lambda: {"toxic": 0, "non_toxic": 0})
    for e in data:
        per_category[e.category][e.label] += 1
    head: dict[str, Any] = {
        "kind": "logistic",
        "classes": ["non_toxic", "toxic"],
        "features": list(FEATURES),
        "embedding": {"model": "sentence-transformers/all-MiniLM-L6-v2", "max_tokens": args.max_tokens,
                      "dim": int(n_dense - len(FEATURES)), "dtype": dtype, "pooling": "mean, L2-normalised"},
        "bow": {"buckets": args.buckets, "value": args.bow_value, "ngrams": "word unigrams and bigrams, lower-cased",
                "hash": "crc32 mod buckets"},
        "weight_dense": [round(float(v), 6) for v in coef[:n_dense]],
        "weight_bow": [round(float(v), 5) for v in coef[n_dense:]],
        "bias": round(float(model.intercept_[0]), 6),
        "trained_on": {"generator": "benchmarks/toxicity_training_data.py", "seed": args.seed, "n": args.n,
                       "examples": len(texts), "toxic": int(y.sum()), "non_toxic": int((~y).sum()),
                       "per_category": {k: dict(v) for k, v in sorted(per_category.items())},
                       "regularisation_C": args.c, "cv5_accuracy_on_generated": cv,
                       "note": "generated sentences only; HateCheck and benchmarks/eval are measurement only"},
    }
    head["sha256"] = head_digest(head)
    write_atomic(args.out, json.dumps(head, separators=(",", ":")) + "\n")
    args.out.chmod(0o644)  # package data: readable by everyone once installed
    print(f"trained in {time.perf_counter() - started:.0f}s -> {args.out} (sha256 {head['sha256'][:12]})")


if __name__ == "__main__":
    main()
