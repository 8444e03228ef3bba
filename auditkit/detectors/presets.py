"""Built-in pattern sets for the pattern detector."""

from __future__ import annotations

# Shapes of common personal identifiers. A shape match is a signal, not proof; the PII detector in the
# detectors issue (Presidio) adds context and validation.
_PII = {
    "email": r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b",
    "us_ssn": r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b",
    "phone": r"(?<![\w-])(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w-])",
    "credit_card": r"\b(?:\d[ -]?){12,18}\d\b",
    "iban": r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b",
}

# A small lexicon of direct insults and threats. Deliberately narrow: it catches overt abuse only, and the
# report says so; the toxicity detector (Detoxify) is the real measurement.
_TOXIC_WORDS = (
    "idiot", "idiots", "moron", "morons", "stupid", "dumb", "imbecile", "loser", "losers", "pathetic",
    "worthless", "scum", "trash", "garbage person", "disgusting", "vermin", "subhuman", "parasite",
    "shut up", "hate you", "go to hell", "piece of shit", "bastard", "asshole", "bitch", "fuck", "fucking",
    "kill yourself", "i will hurt you", "i'll hurt you", "you deserve to die", "drop dead",
)

PRESETS: dict[str, dict] = {
    "pii": {"kind": "pii", "patterns": _PII},
    "toxicity": {
        "kind": "toxicity",
        "patterns": {"insult_or_threat": r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in _TOXIC_WORDS) + r")\b"},
    },
}
