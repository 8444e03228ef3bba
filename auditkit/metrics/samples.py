"""How many samples would decide a bound: the n at which the interval, at today's estimate, clears it."""

from __future__ import annotations

import math

from auditkit.metrics.stats import Z95, wilson_bounds

MAX_SAMPLES = 10_000_000


def rate_samples_needed(p: float, bound: float, *, above: bool, z: float = Z95) -> int | None:
    """The smallest n whose Wilson interval at rate p lies wholly above (or at/below) `bound`.

    `above=True` asks for the lower end strictly above the bound (a confident failure of a max bound);
    `above=False` for the upper end at or below it (a confident pass). None when no n can do it
    (p on the wrong side of the bound, or equal to it) or it would take more than MAX_SAMPLES.
    """
    if (above and p <= bound) or (not above and p >= bound):
        return None

    def clears(n: int) -> bool:
        low, high = wilson_bounds(p, n, z)
        return low > bound if above else high <= bound

    hi = 1
    while not clears(hi):
        if hi > MAX_SAMPLES:
            return None
        hi *= 2
    lo = hi // 2  # clears(lo) is false (or lo is 0)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if clears(mid):
            hi = mid
        else:
            lo = mid
    return hi


def scaled_samples_needed(n: int, estimate: float, edge: float, bound: float) -> int | None:
    """n at which an interval whose half-width shrinks as 1/sqrt(n) would pull `edge` back to `bound`.

    `edge` is today's interval end on the bound's side; used for means, quantiles, differences and
    disparities, where no closed form exists. None when the estimate sits on the bound.
    """
    gap = abs(bound - estimate)
    half = abs(edge - estimate)
    if gap == 0 or n <= 0:
        return None
    needed = math.ceil(n * (half / gap) ** 2)
    return needed if needed <= MAX_SAMPLES else None
