"""Check that no evaluation answer is in the refusal training text: exact and near duplicates.

python benchmarks/refusal_training_overlap.py [EVAL.jsonl ...] [--n 8000] [--threshold 0.6]

Compares every generated training text (benchmarks/refusal_training_data.examples, as the heads are trained, and the
late head's hand-written sentences) and every
sentence of it with every evaluation answer and sentence: exact matches after normalising case, spaces and
punctuation, and near matches by the Jaccard similarity of character 5-grams. Exits 1 when any pair reaches the
threshold. Defaults to the refusal evaluation sets v1, v2 and v3 in benchmarks/eval/ (v3 has been scored, so it is
development data now; a held-out set is given by path once its scoring is done).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from refusal_training_data import examples  # noqa: E402
from refusal_training_v4_text import LATE_DECLINES, LATE_REMARKS  # noqa: E402
from refusal_training_v5 import sample as v5_sample  # noqa: E402
from refusal_training_v5_text import TEXT as V5_TEXT  # noqa: E402

DEFAULT_EVAL = [ROOT / "benchmarks" / "eval" / name for name in ("refusal_eval.jsonl", "refusal_eval_v2.jsonl",
                                                                       "refusal_eval_v3.jsonl")]
_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？।])|\n+")
MIN_CHARS = 25  # shorter sentences ("No.", "Lo siento.") are common words, not copied text


def normalise(text: str) -> str:
    """Lower case, letters and digits only, single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def grams(text: str, k: int = 5) -> set[str]:
    """Character k-grams of the normalised text."""
    t = normalise(text)
    return {t[i:i + k] for i in range(max(1, len(t) - k + 1))}


def units(text: str) -> list[str]:
    """The text and each of its sentences long enough to be copied rather than common."""
    parts = [p.strip() for p in _SPLIT.split(text) if len(p.strip()) >= MIN_CHARS]
    return ([text] if len(text.strip()) >= MIN_CHARS else []) + [p for p in parts if p != text]


def main() -> None:
    """Scan and print the closest pairs."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("eval", nargs="*", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--n", type=int, default=8000)
    ap.add_argument("--threshold", type=float, default=0.6)
    args = ap.parse_args()
    # Every text a head is trained on: the generated examples, the late head's sentences, and v5's sentences alone
    # and composed.
    rng = random.Random(5)
    texts = ([t for t, _ in examples(0, args.n)] + LATE_DECLINES + LATE_REMARKS
             + [s for kinds in V5_TEXT.values() for sents in kinds.values() for s in sents]
             + [t for t, _ in (v5_sample(rng) for _ in range(args.n // 5))])
    train = sorted({u for t in texts for u in units(t)})
    index: dict[str, set[int]] = defaultdict(set)
    train_grams = [grams(t) for t in train]
    for i, g in enumerate(train_grams):
        for gram in g:
            index[gram].add(i)
    exact = {normalise(t) for t in train}
    worst: list[tuple[float, str, str]] = []
    checked = 0
    for path in args.eval:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            for unit in units(row["text"]):
                checked += 1
                if normalise(unit) in exact:
                    worst.append((1.0, row["id"], unit))
                    continue
                g = grams(unit)
                counts: dict[int, int] = defaultdict(int)
                for gram in g:
                    for i in index.get(gram, ()):
                        counts[i] += 1
                for i, shared in counts.items():
                    sim = shared / len(g | train_grams[i])
                    if sim >= args.threshold:
                        worst.append((sim, row["id"], f"{unit!r} ~ {train[i]!r}"))
    worst.sort(reverse=True)
    for sim, rid, what in worst[:40]:
        print(f"{sim:.2f} {rid} {what[:300]}")
    print(f"{len(train)} training texts and sentences, {checked} evaluation texts and sentences, "
          f"{len(worst)} pairs at Jaccard >= {args.threshold}")
    sys.exit(1 if worst else 0)


if __name__ == "__main__":
    main()
