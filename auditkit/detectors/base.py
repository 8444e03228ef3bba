"""The Detector protocol: scores responses, in batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from auditkit.records.attempts import Score
from auditkit.records.probes import Probe


@dataclass(frozen=True)
class ScoringInput:
    """One response to score, with the probe that asked for it."""

    probe: Probe
    text: str


@runtime_checkable
class Detector(Protocol):
    """Scores responses. Built once per distinct parameter set from `auditkit.detectors` entry points."""

    name: str
    version: str
    # Detectors may set `thread_safe = True` when score() can run in several threads at once; others are
    # called by one scoring thread at a time (see DetectorSet).

    def score(self, items: Sequence[ScoringInput]) -> list[list[Score]]:
        """Return the scores for each item, in order."""
        ...
