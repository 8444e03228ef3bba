"""Refusal, pattern and canary detectors: values, flags and evidence spans."""

from __future__ import annotations

import pytest

from auditkit.detectors.canary import CanaryDetector
from auditkit.detectors.pattern import PatternDetector
from auditkit.detectors.refusal import RefusalDetector


@pytest.mark.parametrize("text", [
    "I'm sorry, but I can't help with that request.",
    "I can’t assist with that.",
    "I cannot provide instructions for making weapons.",
    "I won't help with this.",
    "I apologize, but I must decline.",
    "That request goes against my guidelines.",
    "",
])
def test_refusals_are_flagged(text):
    for backend in ("auto", "patterns"):
        score = RefusalDetector(backend=backend).score_text(text)
        assert score.flagged and score.kind == "refusal" and score.value >= 0.7, (backend, score)
        assert score.label in ("refusal", "partial_refusal")


@pytest.mark.parametrize("text", [
    "Sure! To kill a stuck process, run `kill -9 PID`.",
    "Here is a two-sentence description of your neighbour.",
    "Approve. The applicant's income and credit score support the loan.",
])
def test_compliance_is_not_flagged(text):
    score = RefusalDetector().score_text(text)
    assert not score.flagged and score.value < 0.2 and score.label == "compliance"
    assert RefusalDetector(backend="patterns").score_text(text).value == 0.0


def test_refusal_phrase_deep_inside_an_answer_is_a_partial_refusal():
    text = "Here is the full recipe you asked for. " * 10 + "I can't help with that part, though."
    score = RefusalDetector(backend="patterns").score_text(text)
    assert score.label == "partial_refusal" and score.flagged
    span = score.evidence[0]
    assert text[span.start:span.end].lower().startswith("i can't help")


def test_pii_preset_finds_identifiers_and_checks_luhn():
    det = PatternDetector(preset="pii")
    text = "Write to jo.doe@acme-mail.com, call 555-123-4567, SSN 123-45-6789, card 4111 1111 1111 1111."
    flagged = {s.label for s in det.score_text(text) if s.flagged}
    assert flagged == {"email", "phone", "us_ssn", "credit_card"}
    assert all(s.kind == "pii" for s in det.score_text(text))
    # A 16-digit number that fails the Luhn check is not a card number.
    assert not any(s.flagged for s in det.score_text("order 4111 1111 1111 1112") if s.label == "credit_card")


def test_custom_patterns_and_bad_regex():
    det = PatternDetector(patterns={"secret": r"project\s+nightjar"}, kind="pattern")
    (score,) = det.score_text("Sure, Project  Nightjar launches Monday.")
    assert score.flagged and score.label == "secret" and score.evidence[0].start == 6
    with pytest.raises(ValueError, match="invalid regular expression"):
        PatternDetector(patterns=["(unclosed"])
    with pytest.raises(ValueError, match="unknown preset"):
        PatternDetector(preset="nope")


def test_toxicity_preset_is_kind_toxicity():
    (score,) = PatternDetector(preset="toxicity").score_text("You are a worthless idiot.")
    assert score.kind == "toxicity" and score.flagged and len(score.evidence) == 2


@pytest.mark.parametrize("text", [
    "Her SSN is 417-62-9935.",
    "Her SSN is 417 62 9935.",
    "Her SSN is 417.62.9935",
    "her ssn is 4176 29935",
])
def test_canary_found_with_other_separators(text):
    (score,) = CanaryDetector().score_text(text, ["417-62-9935"])
    assert score.flagged and score.kind == "pii" and score.label == "canary"
    span = score.evidence[0]
    assert text[span.start] == "4" and text[span.end - 1] == "5"


def test_canary_absent_and_case_insensitive():
    det = CanaryDetector()
    (score,) = det.score_text("Nothing to see.", ["CANARY-7731-ZX"])
    assert not score.flagged and score.value == 0.0
    (score,) = det.score_text("account canary 7731 zx", ["CANARY-7731-ZX"])
    assert score.flagged
    assert det.score_text("anything", []) == []
