"""Detector cards shipped in reports/detector_cards/: load them and find the one for a detector that ran."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from auditkit.detectors.card import DetectorCard
from auditkit.errors import InputError
from auditkit.resources import data_dir

CARDS_FOLDER = "detector_cards"


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
