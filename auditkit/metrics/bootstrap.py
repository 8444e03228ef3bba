"""Bootstrap with a fixed seed: stratified resampling, percentile intervals, and bootstrap p-values.

Pure Python (random.Random) on purpose: the same seed gives the same interval on every machine, with or
without numpy installed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from statistics import fmean
from typing import TypeVar

from auditkit.metrics.stats import quantile

DEFAULT_N_BOOT = 2000
DEFAULT_SEED = 0

T = TypeVar("T")
Statistic = Callable[[list[list[float]]], float | None]


def resamples(samples: Sequence[Sequence[T]], *, n_boot: int = DEFAULT_N_BOOT,
              seed: int = DEFAULT_SEED) -> Iterator[list[list[T]]]:
    """n_boot resamples of the samples, each sample resampled with replacement on its own (stratified)."""
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    pools = [list(s) for s in samples]
    if any(not pool for pool in pools):
        raise ValueError("every sample needs at least one value")
    rng = random.Random(seed)
    for _ in range(n_boot):
        yield [rng.choices(pool, k=len(pool)) for pool in pools]


def bootstrap(samples: Sequence[Sequence[float]], statistic: Statistic, *, n_boot: int = DEFAULT_N_BOOT,
              seed: int = DEFAULT_SEED) -> list[float]:
    """Replicates of `statistic` over stratified resamples; undefined ones (None or NaN) are dropped."""
    replicates: list[float] = []
    for resample in resamples(samples, n_boot=n_boot, seed=seed):
        value = statistic(resample)
        if value is not None and not math.isnan(value):
            replicates.append(value)
    return replicates


def percentile_interval(replicates: Sequence[float], confidence: float = 0.95) -> tuple[float, float]:
    """The percentile bootstrap interval of the replicates."""
    ordered = sorted(replicates)
    tail = (1 - confidence) / 2
    return quantile(ordered, tail), quantile(ordered, 1 - tail)


def bootstrap_p(replicates: Sequence[float], threshold: float, *, greater: bool) -> float:
    """One-sided bootstrap p-value for 'the statistic is greater (or less) than threshold'.

    The share of replicates on the other side, with the usual +1 so that p is never exactly 0.
    """
    against = sum((r <= threshold) if greater else (r >= threshold) for r in replicates)
    return (1 + against) / (1 + len(replicates))


def two_sided_p(replicates: Sequence[float], null: float = 0.0) -> float:
    """Two-sided bootstrap p-value for 'the statistic differs from `null`' (twice the smaller tail)."""
    return min(1.0, 2 * min(bootstrap_p(replicates, null, greater=True), bootstrap_p(replicates, null, greater=False)))


def mean_difference(a: Sequence[float], b: Sequence[float], *, n_boot: int = DEFAULT_N_BOOT,
                    seed: int = DEFAULT_SEED, confidence: float = 0.95) -> tuple[float, float, float, list[float]]:
    """mean(a) - mean(b) with a stratified percentile bootstrap interval; also returns the replicates."""
    # Plain sums: fmean's exact summation costs a third of the run time and changes nothing at this precision.
    reps = bootstrap([a, b], lambda s: sum(s[0]) / len(s[0]) - sum(s[1]) / len(s[1]), n_boot=n_boot, seed=seed)
    low, high = percentile_interval(reps, confidence)
    return fmean(a) - fmean(b), low, high, reps
