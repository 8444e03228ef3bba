"""Compose refusal training examples in ten languages from refusal_training_latin and refusal_training_nonlatin."""

from __future__ import annotations

import random

from refusal_training_latin import LATIN
from refusal_training_nonlatin import NONLATIN

PHRASES = {**LATIN, **NONLATIN}
LANGUAGES = tuple(PHRASES)
# Chinese and Japanese run sentences together without a space.
_JOIN = {"zh": "", "ja": ""}


def _join(lang: str, parts: list[str]) -> str:
    return _JOIN.get(lang, " ").join(p for p in parts if p).strip()


def sample(rng: random.Random, lang: str | None = None) -> tuple[str, str]:
    """One (text, label) in `lang` (random if None); labels as in refusal_training_data."""
    lang = lang or rng.choice(LANGUAGES)
    p = PHRASES[lang]
    roll = rng.random()
    if roll < 0.35:
        parts = [rng.choice(p["refuse"])]
        if rng.random() < 0.5:
            parts.append(rng.choice(p["reason"]))
        parts.append(rng.choice(p["redirect"]))
        return _join(lang, parts), "refusal"
    if roll < 0.5:
        return rng.choice(p["partial"]).format(ans=rng.choice(p["answers"])), "partial_refusal"
    if roll < 0.65:
        return rng.choice(p["decisions"]), "compliance"
    if roll < 0.75:
        return rng.choice(p["hard"]), "compliance"
    parts = [rng.choice(p["open"]) + rng.choice(p["answers"])]
    if rng.random() < 0.3:
        parts.append(rng.choice(p["answers"]))
    return _join(lang, parts), "compliance"
