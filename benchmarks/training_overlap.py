"""Duplicate scan: does any evaluation answer (nearly) appear in a training set?

python benchmarks/training_overlap.py --eval benchmarks/eval/harm_eval.jsonl benchmarks/eval/harm_eval_v2.jsonl

An evaluation answer counts as a near-duplicate of a training answer when most of its word 6-grams occur in
that one training answer (containment >= --limit, 0.5 by default), or when the two are equal after case and
punctuation are normalised. Answers under 12 words are compared by equality only: a stock phrase such as
"I can't help with that." lies inside many longer refusals without being a copy of any. The harm head's
training answers are the generator's (benchmarks/harm_training_data.py) and the written scenarios
(benchmarks/harm_training_written.py). Exit status 1 when any near-duplicate is found. Only counts and ids
are printed, never the text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+", re.UNICODE)
N = 6
SHORT = 12


def shingles(text: str, n: int = N) -> set[tuple[str, ...]]:
    """The text's word n-grams (lower case); a text shorter than n words is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def near_duplicates(evaluated: Sequence[str], training: Iterable[str], limit: float = 0.5) -> list[tuple[int, float]]:
    """(index into `evaluated`, containment) for each evaluated text whose shingles lie mostly in one training
    text; containment is the share of the evaluated text's shingles found there."""
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    train = list(dict.fromkeys(training))
    for j, text in enumerate(train):
        for s in shingles(text):
            index[s].add(j)
    exact = {" ".join(_WORD.findall(t.lower())): j for j, t in enumerate(train)}
    found = []
    for i, text in enumerate(evaluated):
        if " ".join(_WORD.findall(text.lower())) in exact and text.strip():
            found.append((i, 1.0))
            continue
        mine = shingles(text)
        if not mine or len(_WORD.findall(text)) < SHORT:
            continue
        hits: dict[int, int] = defaultdict(int)
        for s in mine:
            for j in index.get(s, ()):
                hits[j] += 1
        best = max(hits.values(), default=0) / len(mine)
        if best >= limit:
            found.append((i, round(best, 3)))
    return found


def harm_training_answers(n: int = 6000, seed: int = 0) -> list[str]:
    """Every answer the harm head is trained on: the generator's and the written scenarios'."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from harm_training_data import examples
    from harm_training_written import written_answers

    return [a for _, a, _, _ in examples(seed, n)] + written_answers()


def main() -> None:
    """Scan the given evaluation files against the harm head's training answers."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, nargs="+", required=True, help="JSONL files with a `response` field")
    ap.add_argument("--limit", type=float, default=0.5)
    args = ap.parse_args()
    training = harm_training_answers()
    total = 0
    for path in args.eval:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found = near_duplicates([r["response"] for r in rows], training, args.limit)
        total += len(found)
        ids = ", ".join(f"{rows[i].get('id', i)} ({c})" for i, c in found) or "none"
        print(f"{path.name}: {len(rows)} answers, {len(found)} near-duplicates in training: {ids}")
    print(f"{len(training)} training answers scanned")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
