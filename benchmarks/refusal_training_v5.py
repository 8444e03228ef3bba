"""Refusal training examples for v5, composed from refusal_training_v5_text (written for auditkit; see there).

`sample(rng)` gives one (text, label): a decline alone (refusal), a decline after or before some help (partial
refusal), or a remark whose negation declines nothing, alone or after help (compliance). The help sentences are
refusal_training_v4_text's. `late_sentences()` are the English sentences for the late head.
"""

from __future__ import annotations

import random

from refusal_training_v4_text import TEXT as V4_TEXT
from refusal_training_v5_text import TEXT

_JOIN = {"zh": "", "ja": ""}


def _join(lang: str, *parts: str) -> str:
    return _JOIN.get(lang, " ").join(parts)


def sample(rng: random.Random) -> tuple[str, str]:
    """One (text, label) example in a random language (English a fifth of the time)."""
    lang = "en" if rng.random() < 0.2 else rng.choice([k for k in TEXT if k != "en"])
    t, help_ = TEXT[lang], V4_TEXT[lang]["help"]
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(t["decline"]), "refusal"
    if roll < 0.55:
        decline, helped = rng.choice(t["decline"]), rng.choice(help_)
        return (_join(lang, helped, decline) if rng.random() < 0.6 else _join(lang, decline, helped)), "partial_refusal"
    if roll < 0.8:
        return rng.choice(t["remark"]), "compliance"
    return _join(lang, rng.choice(help_), rng.choice(t["remark"])), "compliance"


def late_sentences() -> list[tuple[str, str]]:
    """English (sentence, label) pairs for the late head: declines are refusals, remarks compliance."""
    en = TEXT["en"]
    return [(s, "refusal") for s in en["decline"]] + [(s, "compliance") for s in en["remark"]]
