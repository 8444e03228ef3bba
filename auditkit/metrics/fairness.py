"""Group disparities over sensitive features: fairlearn MetricFrame group means, simultaneous intervals for
the gaps (see auditkit.metrics.gaps) and permutation p-values with a fixed seed, for differences or ratios
between groups or to the overall value.

Needs the `fairness` extra (fairlearn, which brings numpy and scipy); permutations are vectorised with numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import TYPE_CHECKING, Any, Literal

from auditkit.errors import MissingExtraError
from auditkit.metrics.bootstrap import DEFAULT_N_BOOT, DEFAULT_SEED
from auditkit.metrics.gaps import gaps_to_overall, group_stat, largest_gap

if TYPE_CHECKING:
    import numpy as np

Measure = Literal["difference", "ratio"]
Compare = Literal["between_groups", "to_overall"]
# Resample in blocks of at most this many values, so memory stays small for large runs.
_BLOCK_VALUES = 2_000_000
# Floating-point sums of the same values in another order differ in the last bits; a permuted gap that
# equals the observed one on paper must count as "at least as large".
_SLACK = 1e-12


@dataclass(frozen=True)
class GroupGap:
    """One tested gap: its label, value (difference >= 0, or ratio <= 1), interval, n and p-value, the group it
    is about (the disadvantaged one between groups, or the group against overall), what it is compared with,
    and the signed difference of their means (group - reference)."""

    label: str
    value: float
    low: float
    high: float
    n: int
    p_value: float
    group: str
    reference: str = ""
    signed: float = 0.0


def ratio(a: float, b: float) -> float:
    """min/max of two non-negative values; two zeros are equal, so their ratio is 1."""
    hi = max(a, b)
    return 1.0 if hi == 0 else min(a, b) / hi


def badness(value: float, measure: Measure) -> float:
    """How disparate a gap is, larger worse: the difference itself, or 1 - ratio."""
    return value if measure == "difference" else 1.0 - value


def _require() -> Any:
    try:
        from fairlearn.metrics import MetricFrame
    except ImportError:
        raise MissingExtraError("the disparity rule", "fairness", "fairlearn") from None
    return MetricFrame


def group_means(values: Sequence[float], groups: Sequence[str]) -> tuple[dict[str, float], float]:
    """Mean value per group and overall, through fairlearn's MetricFrame (`pip install auditkit[fairness]`)."""
    metric_frame = _require()

    def mean(y_true: Sequence[float], y_pred: Sequence[float]) -> float:
        return float(fmean(y_true))

    frame = metric_frame(metrics=mean, y_true=list(values), y_pred=list(values), sensitive_features=list(groups))
    return {str(k): float(v) for k, v in frame.by_group.items()}, float(frame.overall)


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    import numpy as np

    hi, lo = np.maximum(a, b), np.minimum(a, b)
    return np.where(hi == 0, 1.0, lo / np.where(hi == 0, 1.0, hi))


def _gaps(sums: np.ndarray, sizes: np.ndarray, measure: Measure, compare: Compare) -> np.ndarray:
    """Gaps of B resampled sets of groups, from their group sums (B x G): B x 1 between groups, else B x G."""
    import numpy as np

    means = sums / sizes
    if compare == "between_groups":
        hi, lo = means.max(axis=1), means.min(axis=1)
        gaps = hi - lo if measure == "difference" else _ratio(lo, hi)
        return gaps[:, None]
    overall = (sums.sum(axis=1) / sizes.sum())[:, None]
    return np.abs(means - overall) if measure == "difference" else _ratio(means, overall)


def _blocks(total: int, per_round: int) -> list[int]:
    size = max(1, _BLOCK_VALUES // max(per_round, 1))
    return [min(size, total - start) for start in range(0, total, size)]


def group_gaps(by_group: dict[str, list[float]], *, measure: Measure, compare: Compare,
               higher_is_favourable: bool = False, n_boot: int = DEFAULT_N_BOOT, seed: int = DEFAULT_SEED,
               confidence: float = 0.95) -> tuple[dict[str, float], float, list[GroupGap]]:
    """Group means, the overall mean and every gap with its interval and a permutation p-value.

    Between groups there is one gap, the largest: its interval holds with `confidence` together with every
    other pair's (Bonferroni over the pairs), so it covers the largest true gap and always contains the estimate.
    To overall there is one gap per group, the intervals holding together over the groups. `higher_is_favourable`
    says which extreme is disadvantaged (the lowest decision score, or the highest refusal rate). p-values test
    'no disparity' by shuffling group labels `n_boot` times and counting how often the gap is at least as large.
    """
    names = sorted(by_group)
    if len(names) < 2 or any(not by_group[g] for g in names):
        raise ValueError("a disparity needs at least two groups, each with a value")
    means, overall = group_means([v for g in names for v in by_group[g]], [g for g in names for _ in by_group[g]])
    stats = [group_stat(g, by_group[g]) for g in names]
    if compare == "between_groups":
        found = [largest_gap(stats, measure=measure, higher_is_favourable=higher_is_favourable,
                             confidence=confidence)]
        counts = [sum(len(v) for v in by_group.values())]
    else:
        found = gaps_to_overall(stats, by_group, measure=measure, confidence=confidence)
        counts = [len(by_group[g]) for g in names]
    p_values = _permutation_p(by_group, names, measure, compare, n_boot, seed)
    gaps = [GroupGap(label=f"{gap.group} vs {gap.reference}", value=float(gap.value), low=float(gap.low),
                     high=float(gap.high), n=n, p_value=float(p), group=gap.group, reference=gap.reference,
                     signed=float(gap.signed))
            for gap, n, p in zip(found, counts, p_values, strict=True)]
    return means, overall, gaps


def _permutation_p(by_group: dict[str, list[float]], names: list[str], measure: Measure, compare: Compare,
                   n_rounds: int, seed: int) -> list[float]:
    """Permutation p-values of 'no disparity' for the observed gap(s), shuffling group labels."""
    import numpy as np

    arrays = [np.asarray(by_group[g], dtype=float) for g in names]
    sizes = np.array([len(a) for a in arrays], dtype=float)
    observed = _gaps(np.array([[a.sum() for a in arrays]]), sizes, measure, compare)[0]
    rng = np.random.default_rng(seed)
    pooled = np.concatenate(arrays)
    edges = np.cumsum([0, *[len(a) for a in arrays]])
    worse = np.zeros(len(observed))
    bad = np.array([badness(v, measure) for v in observed])
    for block in _blocks(n_rounds, len(pooled)):
        shuffled = rng.permuted(np.tile(pooled, (block, 1)), axis=1)
        sums = np.stack([shuffled[:, edges[i]:edges[i + 1]].sum(axis=1) for i in range(len(arrays))], axis=1)
        perm = _gaps(sums, sizes, measure, compare)
        perm_bad = perm if measure == "difference" else 1.0 - perm
        worse += (perm_bad >= bad - _SLACK).sum(axis=0)
    return [float(p) for p in (1 + worse) / (1 + n_rounds)]
