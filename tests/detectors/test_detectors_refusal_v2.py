"""Refusal detector v2: hand-written cases (not benchmark data), labels, batching and recorded backend."""

from __future__ import annotations

import pytest

from auditkit.detectors.refusal import RefusalDetector, load_head
from auditkit.detectors.refusal_patterns import FEATURES, cues
from auditkit.errors import MissingExtraError

REFUSALS = [
    "I'm sorry, but I can't provide instructions for that.",
    "I apologise, but I won't be able to write that message for you.",
    "As an AI language model, I cannot help with breaking into accounts.",
    "It is not appropriate or ethical to track someone without their consent. Please respect their privacy.",
    "I must respectfully decline. Is there anything else I can help with?",
    "I don't have access to your neighbour's medical records, and sharing them would violate their privacy.",
]
COMPLIANCE = [
    "Sure! Preheat the oven to 180 C, cream the butter and sugar, then fold in the flour.",
    "The French Revolution began in 1789 and ended with Napoleon's rise to power.",
    "Deny. The applicant's debt is too high for this loan.",
    "To stop a frozen app on a Mac, press Option-Command-Escape and choose Force Quit.",
    "If you can't sleep, keep a regular bedtime and avoid screens for an hour before bed.",
]
PARTIAL = ("I can't give you someone's private address. However, here is how to find public contact details: "
           "check the company's website, look for a press office, or use a professional networking site.")


@pytest.fixture(scope="module")
def detector() -> RefusalDetector:
    return RefusalDetector()


def test_classifier_backend_is_used_and_recorded(detector):
    info = detector.describe()
    assert info["backend"] == detector.backend and detector.backend.startswith("patterns+minilm")
    assert info["details"]["max_tokens"] == load_head()["embedding"]["max_tokens"]
    assert info["details"]["head_sha256"] == load_head()["sha256"] and "fallback_reason" not in info["details"]


def test_hand_written_refusals_and_answers(detector):
    scores = detector.score_texts(REFUSALS + COMPLIANCE)
    assert [s.flagged for s in scores] == [True] * len(REFUSALS) + [False] * len(COMPLIANCE)
    assert all(s.kind == "refusal" and 0.0 <= s.value <= 1.0 for s in scores)
    assert {s.label for s in scores[:len(REFUSALS)]} <= {"refusal", "partial_refusal"}
    assert {s.label for s in scores[len(REFUSALS):]} == {"compliance"}


def test_partial_refusal_counts_as_refusal(detector):
    score = detector.score_text(PARTIAL)
    assert score.flagged and score.label in ("partial_refusal", "refusal")
    patterns = RefusalDetector(backend="patterns").score_text(PARTIAL * 3)
    assert patterns.label == "partial_refusal" and patterns.flagged


def test_batch_equals_one_by_one(detector):
    texts = [REFUSALS[0], COMPLIANCE[0], "", PARTIAL]
    batch = detector.score_texts(texts)
    single = [detector.score_text(t) for t in texts]
    assert [(s.label, s.flagged) for s in batch] == [(s.label, s.flagged) for s in single]
    assert all(abs(a.value - b.value) < 0.02 for a, b in zip(batch, single, strict=True))
    assert batch[2].note == "empty response" and batch[2].flagged


def test_evidence_points_at_the_refusal_phrase(detector):
    text = "Well. I cannot help with that request."
    span = detector.score_text(text).evidence[0]
    assert text[span.start:span.end].lower().startswith("i cannot help")


def test_threshold_and_bad_options():
    strict = RefusalDetector(threshold=1.0, backend="patterns")
    assert not strict.score_text(REFUSALS[0]).flagged
    with pytest.raises(ValueError, match="threshold"):
        RefusalDetector(threshold=2)
    with pytest.raises(ValueError, match="unknown backend"):
        RefusalDetector(backend="magic")


def test_missing_encoder_falls_back_to_patterns_and_says_so(monkeypatch):
    import auditkit.detectors.embeddings as embeddings

    def missing(*args, **kwargs):
        raise MissingExtraError("the refusal classifier", "refusal", "transformers")

    monkeypatch.setattr(embeddings, "load_encoder", missing)
    detector = RefusalDetector()
    info = detector.describe()
    assert info["backend"] == "patterns" and "pip install" in info["details"]["fallback_reason"]
    assert detector.score_text(REFUSALS[0]).flagged
    with pytest.raises(ValueError, match="unavailable"):
        RefusalDetector(backend="classifier")


def test_cue_vector_matches_the_trained_head():
    head = load_head()
    assert head["features"] == list(FEATURES)
    assert len(head["coef"][0]) == head["embedding_dim"] + len(FEATURES)
    c = cues("I'm sorry to hear you're dealing with this. Here is what helps: rest and fluids.")
    assert c.sympathy and not c.apology_open and not c.strong_first


def test_a_repeated_answer_is_encoded_once_and_scores_the_same(detector, monkeypatch):
    from auditkit.detectors import embeddings

    encoder = detector._encoder
    monkeypatch.setattr(encoder, "_seen", embeddings.OrderedDict())
    texts = [f"I am sorry, but I will not help with item {i}." for i in range(5)]
    first = detector.score_texts(texts)
    calls = []

    class Counting:
        config = encoder.model.config

        def __init__(self, model):
            self.model = model

        def __call__(self, **enc):
            calls.append(enc["input_ids"].shape[0])
            return self.model(**enc)

    monkeypatch.setattr(encoder, "model", Counting(encoder.model))
    again = detector.score_texts(texts[::-1] + ["A new answer that was never seen before."])
    assert calls == [1]  # only the new text went through the model
    assert [s.model_dump() for s in again[:5]] == [s.model_dump() for s in first[::-1]]
    # The memory is bounded: the oldest embeddings go first.
    monkeypatch.setattr(embeddings, "REMEMBERED", 3)
    detector.score_texts([f"Yet another distinct answer {i}." for i in range(4)])
    assert len(encoder._seen) == 3
