"""Pattern detector: regular expressions, given per probe or from a preset (pii, toxicity)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditkit.detectors.base import ScoringInput
from auditkit.detectors.presets import PRESETS
from auditkit.records.attempts import Score, Span


def _luhn_ok(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class PatternDetector:
    """Flags responses matching any of its regular expressions; each match is evidence."""

    name = "pattern"
    version = "regex-1"
    # Regular expressions are linear in the text: a leak past any window is still found, so read all of it.
    max_chars = None

    def __init__(self, patterns: dict[str, str] | list[str] | None = None, preset: str | None = None,
                 kind: str | None = None, ignore_case: bool = True):
        if preset is not None and preset not in PRESETS:
            raise ValueError(f"unknown preset {preset!r}; known: {', '.join(sorted(PRESETS))}")
        named: dict[str, str] = {}
        if preset is not None:
            named.update(PRESETS[preset]["patterns"])
        if isinstance(patterns, list):
            named.update({f"pattern{i}": p for i, p in enumerate(patterns)})
        elif patterns:
            named.update(patterns)
        if not named:
            raise ValueError("give `patterns` (a list or a mapping of label to regex) or a `preset`")
        flags = re.IGNORECASE if ignore_case else 0
        try:
            self._compiled = {label: re.compile(rx, flags) for label, rx in named.items()}
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
        self.kind = kind or (PRESETS[preset]["kind"] if preset else "pattern")
        self.preset = preset

    def _valid(self, label: str, found: str) -> bool:
        # Card-number shapes are common in ordinary text; only Luhn-valid ones are card numbers.
        if label == "credit_card":
            digits = re.sub(r"\D", "", found)
            return 13 <= len(digits) <= 19 and _luhn_ok(digits)
        return True

    def score_text(self, text: str) -> list[Score]:
        """One score per pattern label, flagged when it matches."""
        scores = []
        for label, rx in self._compiled.items():
            spans = [Span(start=m.start(), end=m.end()) for m in rx.finditer(text) if self._valid(label, m.group())]
            scores.append(Score(detector=self.name, kind=self.kind, label=label, value=1.0 if spans else 0.0,
                                flagged=bool(spans), evidence=spans[:20]))
        return scores

    def score(self, items: Sequence[ScoringInput]) -> list[list[Score]]:
        """Score a batch of responses."""
        return [self.score_text(item.text) for item in items]
