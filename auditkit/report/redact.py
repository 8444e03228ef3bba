"""Redaction of personal data in report evidence: what PII detectors pointed at is replaced by its label."""

from __future__ import annotations

from auditkit.records.attempts import Attempt

PII = "pii"


def pii_values(attempt: Attempt) -> dict[str, str]:
    """The personal data detectors found in the response (text -> label), from their evidence spans."""
    text = attempt.response.text if attempt.response is not None else ""
    found: dict[str, str] = {}
    for score in attempt.scores:
        if score.kind != PII or not score.flagged:
            continue
        for span in score.evidence:
            value = text[span.start:span.end]
            if value.strip():
                found.setdefault(value, score.label)
    return found


def redact(text: str, values: dict[str, str]) -> str:
    """Every occurrence of each value replaced by `[redacted LABEL]`, longest values first."""
    # Detectors cap their spans per response, so repeats of a found value are replaced wherever they appear,
    # in the prompt too (a probe may quote what it asks the model to repeat).
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, f"[redacted {values[value]}]")
    return text
