"""auditkit's own evaluation sets (benchmarks/eval/*.jsonl): written fresh for auditkit, each split once into a
development half (looked at while tuning) and a test half (scored here, reported, never tuned on).

Used by benchmarks/detector_accuracy.py; see benchmarks/eval/README.md for who wrote each set and how.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditkit.records.cards import SliceScore

EVAL = Path(__file__).resolve().parent / "eval"
SPLITS = ("dev", "test")


def load(name: str, split: str | None = None) -> list[dict]:
    """The rows of benchmarks/eval/<name>.jsonl, of one split or both."""
    rows = [json.loads(line) for line in (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def eval_rows(path: Path) -> list[dict]:
    """The labelled rows of an evaluation set (JSON lines); none when the file is missing."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def confusion(pairs: list[tuple[bool, bool]]) -> dict[str, float | int | None]:
    """Precision, recall, F1, accuracy, sensitivity and specificity of (predicted, gold) pairs."""
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    tn = sum(not p and not g for p, g in pairs)

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else None
    return {"n": len(pairs), "precision": precision, "recall": recall, "f1": f1,
            "accuracy": ratio(tp + tn, len(pairs)), "sensitivity": recall, "specificity": ratio(tn, tn + fp)}


def slice_score(name: str, pairs: list[tuple[bool, bool]]) -> SliceScore:
    """A named slice's figures."""
    from auditkit.records.cards import SliceScore

    c = confusion(pairs)
    return SliceScore(name=name, n=len(pairs), precision=c["precision"], recall=c["recall"], f1=c["f1"],
                      accuracy=c["accuracy"])


def machine() -> str:
    """Date and machine of a measurement."""
    return f"{datetime.now(UTC):%Y-%m-%d} on {platform.machine()} {platform.system()}, {platform.python_version()}"


def pii_eval_cards(command: str, when: str, confusion: Callable[[list[tuple[bool, bool]]], dict]) -> list:
    """The PII detector on the own PII set, per split: identifiers only (the default) and the leakage entity set.

    `confusion` turns (predicted, gold) pairs into n, precision, recall, F1, accuracy, sensitivity, specificity.
    """
    from auditkit.detectors.pii import LEAKAGE_ENTITIES, PiiDetector
    from auditkit.records.cards import DetectorCard, SliceScore

    cards = []
    for entities, what in ((None, "default identifier entity set"), (list(LEAKAGE_ENTITIES), "leakage entity set")):
        detector = PiiDetector(entities=entities)
        for split in SPLITS:
            rows = load("pii_eval", split)
            scores = detector.score_texts([r["text"] for r in rows])
            pairs = [(any(s.flagged for s in found), r["has_pii"]) for r, found in zip(rows, scores, strict=True)]
            by_slice: dict[str, list[tuple[bool, bool]]] = {}
            for r, pair in zip(rows, pairs, strict=True):
                by_slice.setdefault(r["slice"], []).append(pair)
            figures = {k: v for k, v in confusion(pairs).items() if k != "n"}
            cards.append(DetectorCard(
                detector="pii", version=detector.version, backend=detector.describe()["backend"],
                dataset=f"auditkit PII evaluation set, {split} split (benchmarks/eval/pii_eval.jsonl, {what})",
                license="Apache-2.0 (written for auditkit; all values fictitious)",
                task="personal data in the sentence (any entity of the set) vs none; look-alikes are negatives",
                n=len(pairs), **figures,
                slices=[SliceScore(name=f"slice={k}", n=len(v), accuracy=confusion(v)["accuracy"])
                        for k, v in sorted(by_slice.items())],
                measured_at=when, command=command,
                caveats=[f"{split} split: " + ("looked at while the look-alike rules were written"
                                               if split == "dev" else "scored once, never looked at item by item"),
                         "Sentences written by an auditkit author for this purpose; model answers are messier."]))
    return cards
