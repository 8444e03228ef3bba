"""The provenance of a model whose files are on this machine: a model folder, a GGUF file, or a hub id whose
files are in the local Hugging Face cache (nothing is downloaded)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditkit.provenance.files import folder_hashes
from auditkit.provenance.gguf_meta import entry_name, numbered, read_gguf_general
from auditkit.provenance.licences import normalise, terms
from auditkit.provenance.model_card import as_list, read_config, read_model_card
from auditkit.records.provenance import ModelProvenance

CARD = "README.md"
CONFIG = "config.json"
NOT_STATED = ("not stated: the audit ran on the weights themselves, which does not say whether they are published; "
              "set model_card.open_weights in the config")


def hub_snapshot(repo_id: str, revision: str | None) -> Path | None:
    """The folder of a hub model in the local cache, or None when it is not cached (never downloads)."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    try:
        return Path(snapshot_download(repo_id, revision=revision, local_files_only=True))
    except Exception:  # noqa: BLE001 - not cached, or no such repo: the caller notes it
        return None


def is_local(model: str) -> bool:
    """True when `model` names a path on this machine rather than a hub id."""
    return model.startswith((".", "/", "~")) or model.count("/") > 1 or "\\" in model or Path(model).exists()


def local_model_provenance(model: str, *, gguf_file: str | None = None, revision: str | None = None,
                           hash_files: bool = True) -> ModelProvenance:
    """What the model's own files say: card metadata, training-data section, config.json, GGUF general.* keys."""
    notes: list[str] = []
    location = model
    if is_local(model):
        folder: Path | None = Path(model).expanduser()
    else:
        folder = hub_snapshot(model, revision)
        if folder is None:
            notes.append(f"{model}: not in the local Hugging Face cache, so its model card and files were not read")
        else:
            location = f"{model} (hub cache: {folder})"
    card: dict[str, Any] = {}
    statement = None
    config: dict[str, Any] = {}
    gguf: dict[str, Any] = {}
    files = []
    if folder is not None and folder.is_dir():
        if (folder / CARD).is_file():
            card, statement, more = read_model_card(folder / CARD)
            notes += more
        else:
            notes.append(f"no model card ({CARD}) in {folder}")
        if (folder / CONFIG).is_file():
            config, more = read_config(folder / CONFIG)
            notes += more
        if gguf_file:
            gguf, more = read_gguf_general(folder / gguf_file)
            notes += more
            location = str(folder / gguf_file)
        if hash_files:
            only = [name for name in (gguf_file, CARD, CONFIG) if name] if gguf_file else None
            files, more = folder_hashes(folder, only=only, recursive=False)
            notes += more
    prov = ModelProvenance(location=location, access="weights", open_weights_basis=NOT_STATED,
                           files=files, notes=notes)
    fields: dict[str, Any] = {}
    fields.update({f"card.{k}": v for k, v in card.items()})
    fields.update({f"config.{k}": v for k, v in config.items()})
    fields.update({f"gguf.general.{k}": v for k, v in gguf.items()})
    prov.card = fields
    _licence(prov, card, gguf, gguf_file)
    _identity(prov, card, config, gguf, gguf_file, model)
    _lineage(prov, card, gguf, gguf_file)
    if statement:
        prov.training_data_statement = statement
        prov.sources["training_data_statement"] = f"{CARD} training-data section"
    return prov


def _licence(prov: ModelProvenance, card: dict[str, Any], gguf: dict[str, Any], gguf_file: str | None) -> None:
    licence, name = card.get("license"), card.get("license_name")
    where = f"{CARD} metadata"
    if not licence and gguf.get("license"):
        licence, name, where = gguf.get("license"), gguf.get("license.name"), f"{gguf_file} general.license"
    if isinstance(licence, list):  # a few cards list several
        licence = " OR ".join(str(x) for x in licence)
    if licence:
        prov.license = normalise(str(licence))
        prov.sources["license"] = where
        # `license: other` names the real licence in license_name (llama3, gemma, ...).
        prov.license_name = str(name) if name else None
        prov.license_terms = terms(prov.license_name if prov.license.lower() == "other" and name else prov.license)
    link = card.get("license_link") or gguf.get("license.link")
    if link:
        prov.license_url = str(link)
        prov.sources["license_url"] = f"{CARD} metadata" if card.get("license_link") else f"{gguf_file} general"


def _identity(prov: ModelProvenance, card: dict[str, Any], config: dict[str, Any], gguf: dict[str, Any],
              gguf_file: str | None, model: str) -> None:
    for value, where in ((card.get("model_name"), f"{CARD} metadata"), (gguf.get("name"), f"{gguf_file} general.name")):
        if value:
            prov.name, prov.sources["name"] = str(value), where
            break
    else:
        prov.name = Path(model).name if is_local(model) else model
        prov.sources["name"] = "the target's model path" if is_local(model) else "the target's hub id"
    for value, where in ((card.get("model_creator"), f"{CARD} metadata"),
                         (gguf.get("organization"), f"{gguf_file} general.organization"),
                         (gguf.get("author"), f"{gguf_file} general.author")):
        if value:
            prov.provider, prov.sources["provider"] = str(value), where
            break
    if gguf.get("version"):
        prov.version, prov.sources["version"] = str(gguf["version"]), f"{gguf_file} general.version"
    for value, where in ((card.get("url"), f"{CARD} metadata"), (gguf.get("url"), f"{gguf_file} general.url"),
                         (gguf.get("source.url"), f"{gguf_file} general.source.url")):
        if value:
            prov.url, prov.sources["url"] = str(value), where
            break
    architectures = config.get("architectures")
    arch = architectures[0] if isinstance(architectures, list) and architectures else None
    arch = arch or config.get("model_type") or gguf.get("architecture")
    if arch:
        prov.architecture = str(arch)
        prov.sources["architecture"] = CONFIG if config else f"{gguf_file} general.architecture"


def _lineage(prov: ModelProvenance, card: dict[str, Any], gguf: dict[str, Any], gguf_file: str | None) -> None:
    bases = as_list(card.get("base_model"))
    if bases:
        prov.sources["base_models"] = f"{CARD} metadata"
    else:
        bases = [entry_name(e) for e in numbered(gguf, "base_model")]
        if bases:
            prov.sources["base_models"] = f"{gguf_file} general.base_model.*"
    prov.base_models = bases
    data = as_list(card.get("datasets"))
    if data:
        prov.sources["training_data"] = f"{CARD} metadata"
    else:
        data = [entry_name(e) for e in numbered(gguf, "dataset")]
        if data:
            prov.sources["training_data"] = f"{gguf_file} general.dataset.*"
    prov.training_data = data
