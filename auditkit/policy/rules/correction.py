"""Rogan-Gladen correction of a rule's rate with the detector card of the detector that decided it."""

from __future__ import annotations

from dataclasses import dataclass

from auditkit.metrics.correction import rogan_gladen, rogan_gladen_interval
from auditkit.metrics.model import Metric
from auditkit.policy.base import JudgeContext
from auditkit.policy.cards import find_card
from auditkit.records.attempts import Attempt
from auditkit.records.expectations import deciding_kind


@dataclass(frozen=True)
class Corrected:
    """The corrected metric, or why there is none, and a note for the message."""

    metric: Metric | None
    note: str


def _deciding_kind(metric: str, kind: str | None, attempts: list[Attempt]) -> tuple[str, bool] | str:
    """(score kind, whether a flag is the counted event) behind the rate, or why it has no single one."""
    if metric == "flag_rate" and kind:
        return kind, True
    pairs = {found for a in attempts if a.verdict in ("pass", "violation") and (found := deciding_kind(a))}
    if len(pairs) != 1:
        return "the selected attempts are decided by several score kinds"
    return next(iter(pairs))


def correct_rate(raw: Metric, metric: str, kind: str | None, attempts: list[Attempt],
                 ctx: JudgeContext) -> Corrected:
    """The raw rate corrected for the deciding detector's error, with the card it used."""
    if raw.value is None or raw.ci_low is None or raw.ci_high is None:
        return Corrected(None, "no rate to correct")
    found = _deciding_kind(metric, kind, attempts)
    if isinstance(found, str):
        return Corrected(None, f"no correction: {found}")
    score_kind, flag_counts = found
    detectors = sorted({s.detector for a in attempts for s in a.scores if s.kind == score_kind})
    if len(detectors) != 1:
        why = "no detector gave" if not detectors else f"several detectors ({', '.join(detectors)}) gave"
        return Corrected(None, f"no correction: {why} {score_kind} scores")
    name = detectors[0]
    if ctx.cards is not None:
        cards = ctx.cards
    else:
        from auditkit.records.cards import load_cards

        cards = load_cards()
    version = ctx.detector_versions.get(name)
    card = find_card(cards, name, version)
    if card is None or card.sensitivity is None or card.specificity is None:
        return Corrected(None, f"no correction: no detector card with sensitivity and specificity for {name}")
    se, sp = card.sensitivity, card.specificity
    if se + sp <= 1:
        return Corrected(None, f"no correction: the {name} card's sensitivity + specificity is not above 1")
    if flag_counts:
        value = rogan_gladen(raw.value, se, sp)
        low, high = rogan_gladen_interval(raw.ci_low, raw.ci_high, se, sp)
    else:
        # The counted event is the absence of a flag (a missing refusal): correct the flag rate, then flip it.
        value = 1 - rogan_gladen(1 - raw.value, se, sp)
        flag_low, flag_high = rogan_gladen_interval(1 - raw.ci_high, 1 - raw.ci_low, se, sp)
        low, high = 1 - flag_high, 1 - flag_low
    stale = "" if version is None or card.version == version else \
        f", card for version {card.version}, run used {version}"
    backend = f", backend {card.backend}" if card.backend else ""
    note = f"Rogan-Gladen with {name} sensitivity {se:.3g}, specificity {sp:.3g} (n={card.n}{backend}{stale})"
    corrected = raw.model_copy(update={"name": f"{raw.name} corrected", "value": value, "ci_low": low,
                                       "ci_high": high, "method": "rogan-gladen", "successes": None})
    return Corrected(corrected, note)
