"""Detector cards: a detector's measured accuracy on labelled data, shipped in reports/detector_cards/ and shown
in reports; load them and find the one for a detector that ran."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError

from auditkit._base import Record
from auditkit.errors import InputError
from auditkit.resources import data_dir

CARDS_FOLDER = "detector_cards"


class SliceScore(Record):
    """Accuracy figures on one slice of the data (a model configuration, an entity type, a test function)."""

    name: str
    n: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None


class DetectorCard(Record):
    """How well one detector (name, version, backend) did on one labelled data set.

    `sensitivity` is the recall of the flagged class and `specificity` the recall of the unflagged class;
    the policy engine uses both to correct observed rates for detector error (Rogan-Gladen).
    """

    detector: str
    version: str
    backend: str | None = None
    dataset: str = Field(description="data set name and where it came from")
    license: str | None = None
    task: str = Field(description="what a positive is, e.g. 'refusal (full or partial) vs compliance'")
    n: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None
    sensitivity: float | None = None
    specificity: float | None = None
    slices: list[SliceScore] = Field(default_factory=list)
    measured_at: str = Field(description="date and machine of the measurement")
    command: str = Field(description="how to reproduce it, e.g. python benchmarks/detector_accuracy.py")
    caveats: list[str] = Field(default_factory=list)


def cards_dir() -> Path:
    """The folder of shipped detector cards (it may be empty)."""
    return data_dir("reports") / CARDS_FOLDER


@lru_cache(maxsize=4)
def _load(folder: str) -> tuple[DetectorCard, ...]:
    path = Path(folder)
    if not path.is_dir():
        return ()
    cards = []
    for file in sorted(path.glob("*.json")):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            items = data if isinstance(data, list) else [data]
            cards += [DetectorCard.model_validate(item) for item in items]
        except (ValueError, ValidationError) as exc:
            raise InputError(f"{file}: not a valid detector card ({exc})") from None
    return tuple(cards)


def load_cards(folder: Path | None = None) -> list[DetectorCard]:
    """Every detector card in `folder` (default: the shipped ones)."""
    return list(_load(str(folder or cards_dir())))


def cards_for(name: str, version: str, backend: str | None = None, *,
              folder: Path | None = None) -> list[DetectorCard]:
    """Every card measured for this detector name, version and backend (one per data set or pipeline)."""
    return [c for c in load_cards(folder)
            if c.detector == name and c.version == version and (backend is None or c.backend == backend)]


def card_for(name: str, version: str, backend: str | None = None, *,
             folder: Path | None = None) -> DetectorCard | None:
    """The card for this detector name, version and backend, or None when it was never measured."""
    found = cards_for(name, version, backend, folder=folder)
    return found[0] if found else None
