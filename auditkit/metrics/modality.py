"""The cross-modal gap: for the same requests sent as text and as image, audio or video, the violation rate
in each modality and the paired difference against text, with Newcombe's paired interval and exact McNemar.

A matched pair is a probe's plain text attempt and an attempt of the same probe and sample in another modality
(sent by a modality transform such as `speak`, or carrying media of its own). For harmful requests a violation
is harmful compliance, so a positive gap means the model helps more when it hears or sees the request than
when it reads it. Attempts without a verdict (errors, unscored) leave their pair out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pydantic import Field

from auditkit._base import Record
from auditkit.metrics.compute import compute_metric
from auditkit.metrics.model import Metric
from auditkit.metrics.paired import mcnemar_exact, newcombe_paired_interval
from auditkit.metrics.stats import Z95
from auditkit.records.attempts import Attempt

MODALITIES = ("text", "image", "audio", "video")
_JUDGED = {"violation": True, "pass": False}


class ModalityGap(Record):
    """One category and modality: its violation rate, and its paired difference against the same requests as text."""

    category: str
    modality: str
    rate: Metric = Field(description="violation rate over every attempt of this category and modality")
    pairs: int = Field(default=0, description="matched pairs with a verdict on both sides")
    both: int = 0
    modality_only: int = Field(default=0, description="pairs violated in this modality but not as text")
    text_only: int = Field(default=0, description="pairs violated as text but not in this modality")
    neither: int = 0
    gap: float | None = Field(default=None, description="paired rate in this modality minus as text")
    gap_low: float | None = None
    gap_high: float | None = None
    p_value: float | None = Field(default=None, description="exact McNemar test of no difference (two-sided)")
    method: str = "newcombe-paired, mcnemar-exact"


def matched_pairs(attempts: Sequence[Attempt]) -> dict[tuple[str, str], list[tuple[bool, bool]]]:
    """(category, modality) -> [(violated in that modality, violated as text)] over matched pairs with verdicts.

    The category is the text attempt's (the probe's own), so a pair stays together when a transform rule
    files its attempts under another category.
    """
    text: dict[tuple[str, int], Attempt] = {}
    for a in attempts:
        if a.modality == "text" and a.transform is None and a.verdict in _JUDGED:
            text[(a.probe_id, a.sample)] = a
    pairs: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    for a in attempts:
        if a.modality == "text" or a.verdict not in _JUDGED:
            continue
        base = text.get((a.probe_id, a.sample))
        if base is not None:
            pairs[(base.category, a.modality)].append((_JUDGED[a.verdict], _JUDGED[base.verdict]))
    return pairs


def paired_gap(pairs: Sequence[tuple[bool, bool]], z: float = Z95) -> dict[str, float | int | None]:
    """Counts, difference, Newcombe paired interval and exact McNemar p-value of (modality, text) outcomes."""
    both = sum(1 for m, t in pairs if m and t)
    modality_only = sum(1 for m, t in pairs if m and not t)
    text_only = sum(1 for m, t in pairs if t and not m)
    neither = len(pairs) - both - modality_only - text_only
    out: dict[str, float | int | None] = {"pairs": len(pairs), "both": both, "modality_only": modality_only,
                                          "text_only": text_only, "neither": neither}
    if pairs:
        gap, low, high = newcombe_paired_interval(both, modality_only, text_only, neither, z)
        out |= {"gap": gap, "gap_low": low, "gap_high": high, "p_value": mcnemar_exact(modality_only, text_only)}
    return out


def modality_gaps(attempts: Sequence[Attempt], *, z: float = Z95) -> list[ModalityGap]:
    """Per category and modality sent: the violation rate, and for non-text modalities the paired gap vs text.

    Empty when the run sent text only.
    """
    by_cell: dict[tuple[str, str], list[Attempt]] = defaultdict(list)
    for a in attempts:
        by_cell[(a.category, a.modality)].append(a)
    if {m for _, m in by_cell} <= {"text"}:
        return []
    pairs = matched_pairs(attempts)
    out = []
    for category, modality in sorted(by_cell, key=lambda k: (k[0], MODALITIES.index(k[1]))):
        rate = compute_metric(by_cell[(category, modality)], metric="violation_rate",
                              selection=f"category={category}; modality={modality}")
        gap = paired_gap(pairs.get((category, modality), []), z) if modality != "text" else {}
        out.append(ModalityGap(category=category, modality=modality, rate=rate, **gap))
    return out
