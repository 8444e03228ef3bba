"""Correct an observed rate for detector error (Rogan-Gladen), with the detector's sensitivity and specificity."""

from __future__ import annotations


def rogan_gladen(observed: float, sensitivity: float, specificity: float) -> float:
    """The true prevalence implied by an observed flag rate: (p + Sp - 1) / (Se + Sp - 1), clipped to [0, 1]."""
    youden = sensitivity + specificity - 1
    if youden <= 0:
        raise ValueError(f"sensitivity + specificity must exceed 1 (got {sensitivity} + {specificity}); "
                         "such a detector is no better than chance and cannot correct a rate")
    return min(1.0, max(0.0, (observed + specificity - 1) / youden))


def rogan_gladen_interval(low: float, high: float, sensitivity: float, specificity: float) -> tuple[float, float]:
    """The interval's ends carried through the correction (monotone when Se + Sp > 1).

    It ignores the uncertainty of Se and Sp themselves, so it is narrower than the truth when the detector
    was measured on a small data set.
    """
    return rogan_gladen(low, sensitivity, specificity), rogan_gladen(high, sensitivity, specificity)
