"""Redact personal data in text shown in reports: Presidio analyzer + anonymizer, or regexes without them."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from auditkit.errors import MissingExtraError
from auditkit.records.attempts import Span

_LOCK = threading.Lock()
_DEFAULT: Redactor | None = None


@dataclass(frozen=True)
class Redaction:
    """A redacted text and the entity types replaced in it."""

    text: str
    replaced: tuple[str, ...]


class Redactor:
    """Replaces identifiers with `[redacted type]` placeholders; extra spans (e.g. leaked canaries) too.

    With presidio installed it uses the PII detector's analyzer (identifier entity types) and
    presidio-anonymizer; without it, the `pii` regex preset. `method` says which ran.
    """

    def __init__(self, entities: Sequence[str] | None = None, threshold: float = 0.4):
        try:
            from auditkit.detectors.pii_engine import import_presidio

            import_presidio()  # first, so the anonymizer's import of the analyzer does not pull in torch
            from presidio_anonymizer import AnonymizerEngine

            from auditkit.detectors.pii import PiiDetector

            self._detector: Any = PiiDetector(entities=list(entities) if entities else None, threshold=threshold)
            self._anonymizer: Any = AnonymizerEngine()
            self.method = "presidio-anonymizer"
        except (ImportError, MissingExtraError):
            from auditkit.detectors.pattern import PatternDetector

            self._detector = PatternDetector(preset="pii")
            self._anonymizer = None
            self.method = "regular expressions (presidio not installed)"

    def redact(self, text: str, extra: Sequence[Span] = (), extra_label: str = "REDACTED") -> Redaction:
        """Text with each identifier (and each extra span) replaced by its placeholder."""
        if not text:
            return Redaction(text, ())
        found: list[tuple[int, int, str, float]] = [(s.start, s.end, extra_label, 1.0) for s in extra
                                                    if 0 <= s.start < s.end <= len(text)]
        if self._anonymizer is not None:
            (results,) = self._detector.analyze([text])
            found += [(r.start, r.end, r.entity_type, r.score) for r in results]
            return self._presidio(text, found)
        for score in self._detector.score_text(text):
            found += [(s.start, s.end, score.label.upper(), 1.0) for s in score.evidence]
        return _replace(text, found)

    def _presidio(self, text: str, found: list[tuple[int, int, str, float]]) -> Redaction:
        from presidio_anonymizer.entities import RecognizerResult

        if not found:
            return Redaction(text, ())
        from presidio_anonymizer.entities import OperatorConfig

        results = [RecognizerResult(entity_type=t, start=s, end=e, score=sc) for s, e, t, sc in found]
        operators = {t: OperatorConfig("replace", {"new_value": placeholder(t)}) for t in {f[2] for f in found}}
        out = self._anonymizer.anonymize(text=text, analyzer_results=results, operators=operators)
        return Redaction(out.text, tuple(sorted({item.entity_type for item in out.items})))


def placeholder(entity: str) -> str:
    """What replaces a value: `[redacted email_address]`, the form report evidence uses throughout."""
    return f"[redacted {entity.lower()}]"


def _replace(text: str, found: list[tuple[int, int, str, float]]) -> Redaction:
    """Replace non-overlapping spans (the longest where they overlap) with their placeholders."""
    kept: list[tuple[int, int, str]] = []
    for start, end, kind, _ in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, kind))
    out, last = [], 0
    for start, end, kind in kept:
        out += [text[last:start], placeholder(kind)]
        last = end
    out.append(text[last:])
    return Redaction("".join(out), tuple(sorted({k for _, _, k in kept})))


def default_redactor() -> Redactor:
    """The process-wide redactor for reports (built on first use)."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            _DEFAULT = Redactor()
        return _DEFAULT


def redact_text(text: str) -> str:
    """`text` with identifiers redacted by the default redactor (for report evidence)."""
    return default_redactor().redact(text).text if text else text
