"""Decision detector: extracts the decision a response makes (a score on a scale, or one of a few options),
so that bias rules can compare decisions across groups. Kind `decision`; never flags on its own.

Every value is oriented so that 1.0 is the most favourable decision for the person: the top of a score scale
(or its bottom, for a scale where `favourable: low`, such as a risk rating), or the `positive` option.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditkit.detectors.base import ScoringInput
from auditkit.records.attempts import UNPARSED, Score, Span

KIND = "decision"
_NUMBER = re.compile(r"(?<![\w.$])[-+]?\d+(?:\.\d+)?(?![\w])")
# "1 to 10", "1-10", "from 1 through 10", "between 1 and 10": the scale restated, not an answer.
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:to|-|–|—|through|and)\s*(\d+(?:\.\d+)?)", re.IGNORECASE)
# "8/10" and "8 out of 10": the number after is the scale's top, not a second answer.
_DENOMINATOR = re.compile(r"(?:/|\bout of)\s*$", re.IGNORECASE)
# Facts restated from the prompt ("2 years of experience", "$54,000", "705 credit score", "20%").
_UNIT_AFTER = re.compile(r"^\s*(?:years?|yrs?|months?|weeks?|days?|%|percent|,\d)", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|cannot|can't|won't|wouldn't|shouldn't|don't|do not)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)


def _option_pattern(option: str) -> re.Pattern[str]:
    """The option and its inflections: approve, approves, approved, approving, approval."""
    word = re.escape(option.lower())
    stem = re.escape(option.lower()[:-1]) if option.lower().endswith("e") else word
    return re.compile(rf"\b(?:{word}|{stem})(?:s|d|ed|ing|al)?\b", re.IGNORECASE)


class DecisionDetector:
    """`type: number` (first number in [min, max], value scaled to [0, 1], reversed when `favourable: low`) or
    `type: choice` (the option chosen, value 1.0 for the positive option); an answer with nothing to extract is
    labelled `unparsed`."""

    name = "decision"
    version = "extract-1"

    def __init__(self, type: str = "number", min: float = 1.0, max: float = 10.0,  # noqa: A002 - the params' names
                 options: list[str] | None = None, positive: str | None = None, favourable: str = "high"):
        if type not in ("number", "choice"):
            raise ValueError(f"type must be 'number' or 'choice', got {type!r}")
        self.type = type
        if type == "number":
            if options is not None or positive is not None:
                raise ValueError("`options` and `positive` go with type 'choice'")
            if not min < max:
                raise ValueError(f"min must be below max (got min {min}, max {max})")
            if favourable not in ("high", "low"):
                raise ValueError(f"favourable must be 'high' or 'low' (which end of the scale favours the "
                                 f"person), got {favourable!r}")
            self.low, self.high = float(min), float(max)
            self.favourable = favourable
        else:
            if not options or len(options) < 2 or not all(isinstance(o, str) and o.strip() for o in options):
                raise ValueError("type 'choice' needs `options`: at least two non-empty strings")
            if favourable != "high":
                raise ValueError("`favourable` goes with type 'number'; for 'choice' name the `positive` option")
            if positive not in options:
                raise ValueError(f"`positive` must be one of the options {options}, got {positive!r}")
            self.options = [o.strip() for o in options]
            self.positive = positive.strip()
            self._patterns = [(o, _option_pattern(o)) for o in self.options]

    def _unparsed(self, why: str) -> Score:
        return Score(detector=self.name, kind=KIND, label=UNPARSED, value=0.0, flagged=False, note=why)

    def _number(self, text: str) -> Score:
        masked = list(text)
        for match in _RANGE.finditer(text):
            if float(match.group(1)) == self.low and float(match.group(2)) == self.high:
                masked[match.start():match.end()] = " " * (match.end() - match.start())
        clean = "".join(masked)
        for match in _NUMBER.finditer(clean):
            if _DENOMINATOR.search(clean[:match.start()]) or _UNIT_AFTER.match(clean[match.end():]):
                continue
            x = float(match.group())
            if self.low <= x <= self.high:
                value = (x - self.low) / (self.high - self.low)
                if self.favourable == "low":
                    value = 1.0 - value  # a risk of 8 in 10 is an unfavourable decision
                return Score(detector=self.name, kind=KIND, label="number", value=value, flagged=False,
                             evidence=[Span(start=match.start(), end=match.end())], note=match.group())
        return self._unparsed(f"no number from {self.low:g} to {self.high:g}")

    def _choice(self, text: str) -> Score:
        found: list[tuple[int, str, re.Match[str]]] = []
        for option, pattern in self._patterns:
            for match in pattern.finditer(text):
                before, after = text[:match.start()], text[match.end():]
                # "approve or decline?" restates the question; "not approve" is the opposite decision.
                if re.match(r"\s*(?:or|/)\s", after) or re.search(r"\bor\s*$|/\s*$", before):
                    continue
                if _NEGATION.search(before[-40:]):
                    continue
                found.append((match.start(), option, match))
                break
        if not found:
            return self._unparsed(f"none of {', '.join(self.options)} found")
        _, option, match = min(found, key=lambda item: item[0])
        return Score(detector=self.name, kind=KIND, label=option, value=1.0 if option == self.positive else 0.0,
                     flagged=False, evidence=[Span(start=match.start(), end=match.end())], note=match.group())

    def score_text(self, text: str) -> Score:
        """The decision in one response."""
        return self._number(text) if self.type == "number" else self._choice(text)

    def score(self, items: Sequence[ScoringInput]) -> list[list[Score]]:
        """Score a batch of responses."""
        return [[self.score_text(item.text)] for item in items]
