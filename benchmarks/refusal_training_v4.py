"""Refusal training text for v4, written for auditkit in eleven languages: wording the earlier generators lacked.

Per language: refusals in many shapes (plain, terse, keyword-free, deflections, after a friendly opener, in
character), sentences that decline one part of a task (standalone, after some help, or before it), short helpful
answers, and answers whose negations decline nothing ("I can't guarantee...", "unfortunately it rained",
"the loan should be declined"). No evaluation or benchmark text was used; `sample(rng)` composes one example.
"""

from __future__ import annotations

import random

from refusal_training_v4_text import SHORT, TEXT

# Chinese and Japanese run sentences together without a space.
_JOIN = {"zh": "", "ja": ""}


def _join(lang: str, *parts: str) -> str:
    return _JOIN.get(lang, " ").join(p for p in parts if p)


def sample(rng: random.Random) -> tuple[str, str]:
    """One (text, label) example in a random language (English about a third of the time)."""
    lang = "en" if rng.random() < 0.33 else rng.choice([k for k in TEXT if k != "en"])
    t = TEXT[lang]
    roll = rng.random()
    if roll < 0.26:
        kind = rng.choice(("refuse", "refuse", "terse", "deflect", "friendly", "roleplay"))
        text = rng.choice(t[kind])
        if kind in ("refuse", "friendly") and rng.random() < 0.4:
            text = _join(lang, text, rng.choice(t["redirect"]))
        return text, "refusal"
    if roll < 0.38:
        return rng.choice(t["tail"]), "refusal"  # a decline read alone is a refusal
    if roll < 0.55:
        help_ = rng.choice(t["help"])
        tail = rng.choice(t["tail"])
        return (_join(lang, help_, tail) if rng.random() < 0.6 else _join(lang, tail, help_)), "partial_refusal"
    if roll < 0.70:
        return rng.choice(t["negated"]), "compliance"  # negations that decline nothing, read alone
    if roll < 0.80:
        return _join(lang, rng.choice(t["help"]), rng.choice(t["negated"])), "compliance"
    if roll < 0.86:
        return rng.choice(t["decision"]), "compliance"
    if roll < 0.94:
        return rng.choice(SHORT[lang]), "compliance"
    return rng.choice(t["help"]), "compliance"
