"""Train the harm classifier heads and write auditkit/detectors/data/harm_head.json.

PYTHONPATH=. python benchmarks/train_harm_head.py [--cache /tmp/harm_emb.pkl] [--n 6000] [--c 0.3]
    [--dev PATH PATH:even ...]

Training text, all written for auditkit (no benchmark data, no evaluation answer; see
benchmarks/training_overlap.py): the phrase-bank generator (benchmarks/harm_training_data.py), the
hand-written contrastive scenarios (benchmarks/harm_training_written.py, weighted up: fewer, more varied),
and a copy of every answer that elides its specifics as [placeholders] with the brackets taken away; the copy
weighs as its original and the bracketed original a quarter of that, so the head reads the form of the help
and does not lean on the bracket. Cross-validation holds out whole topics and scenarios. `--dev` scores
evaluation files that are development data (looked at and tuned on; PATH:even takes half of one by id parity)
and picks the decision threshold on them, which is stored in the head file. Two heads are
written: `minilm` (with the answer embedding) and `features` (the fallback without transformers). Needs
scikit-learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from harm_training_data import examples, topic_of  # noqa: E402
from harm_training_written import all_scenarios, written_examples  # noqa: E402

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.detectors.harm import HEAD_FILE, INPUTS, OUTCOMES, pair_features  # noqa: E402
from auditkit.detectors.refusal import RefusalDetector, load_head  # noqa: E402

EVAL = ROOT / "benchmarks" / "eval"
# The development data of harm v5; the shipped head is retrained with exactly these (the one command:
# PYTHONPATH=. python benchmarks/train_harm_head.py --cache /tmp/harm_emb.pkl). They choose the decision
# threshold only: no row of them is ever a training row (see main()).
DEV_FILES = [str(EVAL / "harm_eval.jsonl"), str(EVAL / "harm_eval_v2.jsonl"), f"{EVAL / 'harm_eval_v3.jsonl'}:even",
             f"{EVAL / 'harm_eval_v4.jsonl'}:even", f"{EVAL / 'harm_eval_v5.jsonl'}:even"]
SLOT = re.compile(r"\[([^\[\]\n]{2,40})\](?!\()")


def dev_rows(spec: str) -> list[dict]:
    """The rows of an evaluation JSONL file used as development data (id, prompt, response, outcome, ...):
    every row, or with a ":even" / ":odd" suffix only the rows whose id ends in an even / odd number (a file
    whose other half is kept back to check the head against)."""
    path, _, half = spec.partition(":") if spec.endswith((":even", ":odd")) else (spec, "", "")
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if half:
        rows = [r for r in rows if int(re.findall(r"\d+", r["id"])[-1]) % 2 == (half == "odd")]
    return rows


def unbracket(text: str) -> str:
    """The answer with its [placeholders] written as plain words ("[precursor]" -> "the precursor")."""
    return SLOT.sub(lambda m: m.group(1) if m.group(1)[:1].isupper() else "the " + m.group(1), text)


def training_set(seed: int, n: int, written_weight: float, generated_weight: float, unbracketed_weight: float,
                 bracketed_weight: float = 1.0) -> tuple[list[tuple[str, str, str]], list[float], list[int]]:
    """(request, answer, outcome) rows with their sample weights and CV groups (topic or scenario)."""
    generated = list(dict.fromkeys((r, a, o) for r, a, o, _ in examples(seed, n)))
    rows = [(row, generated_weight, topic_of(row[0])) for row in generated]
    by_answer = {a: i for i, sc in enumerate(all_scenarios()) for _, _, a in sc.answers}
    rows += [((r, a, o), written_weight, 10_000 + by_answer[a]) for r, a, o, _ in written_examples(seed)]
    # The copy weighs as much as its original (times unbracketed_weight): with brackets as frequent in the
    # copies' absence as in their presence, a bracket tells the head nothing about the outcome.
    rows += [((r, unbracket(a), o), w * unbracketed_weight, g) for (r, a, o), w, g in list(rows) if SLOT.search(a)]
    # Real harmful answers carry specifics, not brackets: the bracketed originals count for less than their copies.
    rows = [(row, w * bracketed_weight if SLOT.search(row[1]) else w, g) for row, w, g in rows]
    return [r for r, _, _ in rows], [w for _, w, _ in rows], [g for _, _, g in rows]


def choose_threshold(p_harmful, harmful, tolerance: float = 0.0) -> tuple[float, float]:
    """The threshold on P(complied_harmful) with the best binary agreement, or the one nearest 0.5 among those
    within `tolerance` of the best (a few pairs' difference on the development files is noise). Each of
    `p_harmful` and `harmful` is a list of arrays (one per view of the data); agreement is their mean."""
    import numpy as np

    grid = np.round(np.arange(0.30, 0.86, 0.05), 2)
    scores = [float(np.mean([((p >= t) == h).mean() for p, h in zip(p_harmful, harmful, strict=True)]))
              for t in grid]
    best = max(scores)
    t, s = min(((t, s) for t, s in zip(grid, scores, strict=True) if s >= best - tolerance - 1e-12),
               key=lambda ts: abs(ts[0] - 0.5))
    return float(t), s


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


def fit(x, y, c: float, sample_weight=None):
    """A multinomial logistic regression."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=sample_weight)


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
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation (0.3 chosen on the development "
                    "files over 0.1 and 1.0: the answer embedding overfits the written style at 1.0)")
    ap.add_argument("--max-tokens", type=int, default=0, help="default: the refusal detector's (shared cache)")
    ap.add_argument("--dtype", default="float32", help="encoder dtype for training (inference picks its own)")
    ap.add_argument("--dev", nargs="*", default=DEV_FILES, help="development evaluation files (JSONL; PATH:even or "
                    "PATH:odd for half of a file by id parity): the decision threshold is chosen on them, nothing is "
                    "trained on them (default: v1, v2 and the even halves of v3, v4 and v5; their odd halves are "
                    "kept back as checks)")
    ap.add_argument("--written-weight", type=float, default=4.0, help="weight of a hand-written answer (4.0 chosen "
                    "for harm v5 on the development files over 3.0: binary 0.921 vs 0.917 on the 864 dev pairs)")
    ap.add_argument("--generated-weight", type=float, default=0.5)
    ap.add_argument("--unbracketed-weight", type=float, default=1.0, help="weight of the copy of a bracketed "
                    "answer with its [placeholders] as words, relative to the original's")
    ap.add_argument("--bracketed-weight", type=float, default=0.25, help="factor on the weight of every answer "
                    "with [placeholders] (the copies without them keep theirs); 0.25 chosen on the development files "
                    "over 1.0 and 0.1, also read with their brackets removed")
    ap.add_argument("--threshold-tolerance", type=float, default=0.005, help="take the threshold nearest 0.5 "
                    "among those within this agreement of the best on the development files (0.005: about 4 of 744 "
                    "pairs; harm v4, where 0.45 won by less than that and lowered v2 and v3)")
    ap.add_argument("--out", type=Path, default=HEAD_FILE)
    ap.add_argument("--cache", type=Path, help="pickle file that keeps embeddings between runs")
    args = ap.parse_args()

    started = time.perf_counter()
    data, weights, group_ids = training_set(args.seed, args.n, args.written_weight, args.generated_weight,
                                            args.unbracketed_weight, args.bracketed_weight)
    requests = [r for r, _, _ in data]
    texts = [a for _, a, _ in data]
    labels = np.asarray([o for _, _, o in data])
    sample_weight = np.asarray(weights)
    groups = np.asarray(group_ids)
    refusal = RefusalDetector(backend="classifier", dtype=args.dtype)
    max_tokens = args.max_tokens or refusal.max_tokens
    cache_embeddings(refusal._encoder, args.cache)
    x, which = pair_features(refusal, requests, texts, max_tokens=max_tokens)
    assert which == "minilm"
    dev = [row for path in args.dev or [] for row in dev_rows(path)]
    if dev:
        # Two views of the development pairs: as written, and with the [placeholders] of their answers written
        # as plain words (real answers carry specifics, not brackets; the threshold must suit both).
        x_dev, _ = pair_features(refusal, [r["prompt"] for r in dev], [r["response"] for r in dev],
                                 max_tokens=max_tokens)
        x_plain, _ = pair_features(refusal, [r["prompt"] for r in dev], [unbracket(r["response"]) for r in dev],
                                   max_tokens=max_tokens)
        harmful_dev = np.asarray([r["outcome"] == "complied_harmful" for r in dev])
    n_small = len(INPUTS["features"])
    heads, cv, tuned = {}, {}, {}
    for name, cols in (("minilm", slice(None)), ("features", slice(0, n_small))):
        fold_acc, fold_bin = [], []
        for train, test in GroupKFold(n_splits=5).split(x, labels, groups):
            clf = fit(x[train][:, cols], labels[train], args.c, sample_weight[train])
            pred = clf.predict(x[test][:, cols])
            fold_acc.append(float((pred == labels[test]).mean()))
            fold_bin.append(float(((pred == "complied_harmful") == (labels[test] == "complied_harmful")).mean()))
        cv[name] = {"3class": round(float(np.mean(fold_acc)), 4), "binary": round(float(np.mean(fold_bin)), 4)}
        clf = fit(x[:, cols], labels, args.c, sample_weight)
        heads[name] = head_json(clf, INPUTS[name])
        print(f"head {name}: topic-held-out 5-fold 3-class {cv[name]['3class']:.3f}, binary {cv[name]['binary']:.3f}")
        heads[name]["threshold"] = 0.5
        if dev:
            harmful = list(clf.classes_).index("complied_harmful")
            p, p_plain = (clf.predict_proba(v[:, cols])[:, harmful] for v in (x_dev, x_plain))
            threshold, agreement = choose_threshold([p, p_plain], [harmful_dev, harmful_dev],
                                                    args.threshold_tolerance)
            heads[name]["threshold"] = threshold
            figures = {"as_written": float(((p >= threshold) == harmful_dev).mean()),
                       "placeholders_as_words": float(((p_plain >= threshold) == harmful_dev).mean()),
                       "as_written_at_0.5": float(((p >= 0.5) == harmful_dev).mean())}
            tuned[name] = {"threshold": threshold} | {k: round(v, 4) for k, v in figures.items()}
            print(f"  dev ({len(dev)} pairs): threshold {threshold:.2f} -> binary as written "
                  f"{figures['as_written']:.3f}, placeholders as words {figures['placeholders_as_words']:.3f} "
                  f"(as written at 0.5: {figures['as_written_at_0.5']:.3f})")
    head = {
        "classes": list(OUTCOMES),
        "heads": heads,
        "embedding": {"model": "sentence-transformers/all-MiniLM-L6-v2", "max_tokens": max_tokens,
                      "dtype": refusal._encoder.dtype, "pooling": "mean, L2-normalised", "of": "answer and request"},
        "trained_on": {"generator": "benchmarks/harm_training_data.py",
                       "written": "benchmarks/harm_training_written.py", "seed": args.seed,
                       "generated_n": args.n,
                       "examples": len(texts), "per_class": {c: int((labels == c).sum()) for c in OUTCOMES},
                       "weights": {"generated": args.generated_weight, "written": args.written_weight,
                                   "unbracketed_copies": args.unbracketed_weight,
                                   "bracketed_factor": args.bracketed_weight},
                       "regularisation_C": args.c, "cv5_topic_held_out": cv,
                       "threshold_chosen_on": {"files": [Path(p).name for p in args.dev or []], "pairs": len(dev),
                                               "tolerance": args.threshold_tolerance,
                                               "heads": tuned},
                       "refusal_head_sha256": load_head().get("sha256")},
    }
    body = json.dumps(head, sort_keys=True)
    head["sha256"] = hashlib.sha256(body.encode()).hexdigest()
    write_atomic(args.out, json.dumps(head, separators=(",", ":")) + "\n")
    args.out.chmod(0o644)
    print(f"{len(texts)} examples, {time.perf_counter() - started:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
