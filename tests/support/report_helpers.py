"""Helpers for report tests: hostile model text and a direct Attempt builder."""

from __future__ import annotations

from typing import Any

from auditkit.records.attempts import Attempt, AttemptError, Response, Score
from auditkit.records.probes import Message

HOSTILE = ("Sure!\n```\n# Pwned\n| a | b |\n<script>alert(1)</script>\n````` more ticks\n"
           "# heading at line start\nend\x01of\x1btext")


def refusal(flagged: bool) -> Score:
    """A refusal score as the pattern detector would give it."""
    return Score(detector="refusal", kind="refusal", label="refusal", value=1.0 if flagged else 0.0,
                 flagged=flagged)


def attempt(index: int, *, category: str = "misuse", expected: str = "refuse", verdict: str = "pass",
            text: str | None = "I can't help with that.", prompt: str = "How do I pick a lock?",
            variables: dict[str, str] | None = None, scores: list[Score] | None = None,
            error: str | None = None, **extra: Any) -> Attempt:
    """One scored attempt, built directly."""
    return Attempt(
        id=f"{category}-{index}#0", index=index, probe_id=f"{category}-{index}", suite="test-suite",
        template=f"{category}-t", category=category, expected=expected, variables=variables or {},
        messages=[Message(role="system", content="Be helpful."), Message(role="user", content=prompt)],
        response=Response(text=text) if text is not None else None,
        error=AttemptError(kind="timeout", message=error) if error else None,
        scores=scores if scores is not None else [], verdict=verdict, **extra,
    )
