"""Stratified samples for human review: how many to draw per stratum, and which, reproducibly."""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Mapping, Sequence
from statistics import NormalDist


def size_for_width(width: float, population: int | None = None, confidence: float = 0.95) -> int:
    """Reviews needed for a proportion's interval to be at most `width` wide at worst (p = 0.5), with the
    finite-population correction when the stratum holds `population` attempts."""
    if not 0 < width < 1:
        raise ValueError("width must lie in (0, 1)")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    n0 = math.ceil(z * z * 0.25 / (width / 2) ** 2)
    if population is None:
        return n0
    if population <= 0:
        return 0
    return min(population, math.ceil(n0 / (1 + (n0 - 1) / population)))


def allocate(populations: Mapping[str, int], size: int) -> dict[str, int]:
    """Split `size` reviews over strata as evenly as their populations allow (small strata are taken whole and
    what they cannot use goes to the others), so rare strata such as violations get as many as common ones."""
    if size < 0:
        raise ValueError("size must not be negative")
    out = dict.fromkeys(populations, 0)
    remaining = min(size, sum(populations.values()))
    # Smallest first: each stratum takes its fair share of what is left, or all it has.
    order = sorted(populations, key=lambda s: (populations[s], s))
    for i, stratum in enumerate(order):
        share = math.ceil(remaining / (len(order) - i))
        out[stratum] = min(populations[stratum], share)
        remaining -= out[stratum]
    return out


def stratified_sample(strata: Mapping[str, Sequence[str]], *, size: int | None = None, width: float | None = None,
                      seed: int = 0) -> list[tuple[str, str]]:
    """(stratum, id) pairs to review: `size` in all, or per stratum as many as `width` needs.

    Each stratum's ids are shuffled with a seed of their own, so the same inputs always draw the same sample and
    a larger size extends a smaller one. Pairs come round-robin over the strata, so a reviewer who stops early
    still has a balanced sample.
    """
    if (size is None) == (width is None):
        raise ValueError("give either size or width")
    populations = {s: len(ids) for s, ids in strata.items()}
    if width is not None:
        counts = {s: size_for_width(width, n) for s, n in populations.items()}
    else:
        counts = allocate(populations, size or 0)
    drawn: dict[str, list[str]] = {}
    for stratum in sorted(strata):
        ids = sorted(strata[stratum])
        random.Random(f"{seed}:{stratum}").shuffle(ids)
        drawn[stratum] = ids[:counts[stratum]]
    out: list[tuple[str, str]] = []
    for i in range(max((len(v) for v in drawn.values()), default=0)):
        out += [(s, ids[i]) for s, ids in drawn.items() if i < len(ids)]
    return out


def pending(sample: Sequence[tuple[str, str]], done: Collection[str]) -> list[tuple[str, str]]:
    """The sample's pairs whose id is not reviewed yet, in order."""
    return [(s, i) for s, i in sample if i not in done]
