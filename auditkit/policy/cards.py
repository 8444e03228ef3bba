"""Which published detector card corrects a rate: the detector's card with sensitivity and specificity."""

from __future__ import annotations

from collections.abc import Iterable

from auditkit.records.cards import DetectorCard


def find_card(cards: Iterable[DetectorCard], detector: str, version: str | None) -> DetectorCard | None:
    """The card of this detector that publishes sensitivity and specificity, the same version preferred.

    A card of another version is used when no card matches the version the run used; the finding says so.
    """
    usable = [c for c in cards if c.detector == detector and c.sensitivity is not None
              and c.specificity is not None]
    same = [c for c in usable if c.version == version]
    # Several cards for one version (different data sets): the largest measurement wins.
    pool = same or usable
    return max(pool, key=lambda c: c.n) if pool else None
