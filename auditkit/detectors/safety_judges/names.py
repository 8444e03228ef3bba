"""Which judge a spec names: a short name, a hub id or a local folder, and the family of its prompt format."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from auditkit.detectors.safety_judges.formats import FAMILIES
from auditkit.errors import InputError

# Short name -> (family, hub id).
SHORT_NAMES: dict[str, tuple[str, str]] = {
    "llama-guard-3-1b": ("llama-guard", "meta-llama/Llama-Guard-3-1B"),
    "llama-guard-3-8b": ("llama-guard", "meta-llama/Llama-Guard-3-8B"),
    "shieldgemma-2b": ("shieldgemma", "google/shieldgemma-2b"),
    "shieldgemma-9b": ("shieldgemma", "google/shieldgemma-9b"),
    "shieldgemma-27b": ("shieldgemma", "google/shieldgemma-27b"),
    "wildguard": ("wildguard", "allenai/wildguard"),
    "harmbench-cls": ("harmbench", "cais/HarmBench-Llama-2-13b-cls"),
    "harmbench-mistral-cls": ("harmbench", "cais/HarmBench-Mistral-7b-val-cls"),
    "granite-guardian-3.0-2b": ("granite-guardian", "ibm-granite/granite-guardian-3.0-2b"),
    "granite-guardian-3.0-8b": ("granite-guardian", "ibm-granite/granite-guardian-3.0-8b"),
    "granite-guardian-3.1-2b": ("granite-guardian", "ibm-granite/granite-guardian-3.1-2b"),
    "granite-guardian-3.1-8b": ("granite-guardian", "ibm-granite/granite-guardian-3.1-8b"),
    "granite-guardian-3.2-3b-a800m": ("granite-guardian", "ibm-granite/granite-guardian-3.2-3b-a800m"),
    "granite-guardian-3.2-5b": ("granite-guardian", "ibm-granite/granite-guardian-3.2-5b"),
    "granite-guardian-3.3-8b": ("granite-guardian", "ibm-granite/granite-guardian-3.3-8b"),
}
SPEC_FORMS = ("a short name (" + ", ".join(SHORT_NAMES) + "), a hub id (meta-llama/Llama-Guard-3-1B), "
              "a local model folder, or openai:MODEL@URL")

_NAME_PATTERNS = (
    ("llama-guard", re.compile(r"llama[-_ ]?guard", re.I)),
    ("shieldgemma", re.compile(r"shield[-_ ]?gemma", re.I)),
    ("wildguard", re.compile(r"wild[-_ ]?guard", re.I)),
    ("harmbench", re.compile(r"harm[-_ ]?bench", re.I)),
    ("granite-guardian", re.compile(r"granite.*guardian", re.I)),
)
# Telling phrases of each family's chat template, for folders whose name says nothing.
_TEMPLATE_MARKS = (
    ("llama-guard", "Check if there is unsafe content"),
    ("granite-guardian", "guardian_config"),
    ("shieldgemma", "You are a policy expert"),
)


@dataclass(frozen=True)
class JudgeSource:
    """Where a local judge loads from and which prompt format it speaks."""

    model: str  # hub id or absolute folder path
    family: str
    local: bool


def offline() -> bool:
    """True when HF_HUB_OFFLINE or AUDITKIT_OFFLINE is set: models load from local files only."""
    return any(os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")
               for name in ("HF_HUB_OFFLINE", "AUDITKIT_OFFLINE"))


def family_from_name(name: str) -> str | None:
    """The family a model name or hub id says, or None."""
    for family, pattern in _NAME_PATTERNS:
        if pattern.search(name):
            return family
    return None


def harmbench_variant(name: str, model_type: str | None = None) -> str:
    """Which HarmBench prompt a classifier takes: mistral (the validation classifier) or llama2."""
    return "mistral" if "mistral" in name.lower() or model_type == "mistral" else "llama2"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def family_from_folder(folder: Path) -> str | None:
    """The family a model folder's name, config or chat template says, or None."""
    for name in (folder.name, folder.parent.name):
        if family := family_from_name(name):
            return family
    try:
        config = json.loads(_read(folder / "config.json") or "{}")
    except ValueError:
        config = {}
    for key in ("_name_or_path", "name_or_path"):
        if isinstance(config.get(key), str) and (family := family_from_name(config[key])):
            return family
    template = _read(folder / "chat_template.jinja") + _read(folder / "tokenizer_config.json")
    for family, mark in _TEMPLATE_MARKS:
        if mark in template:
            return family
    return None


def _check_family(family: str) -> str:
    if family not in FAMILIES:
        raise InputError(f"unknown safety judge family {family!r}; known: {', '.join(FAMILIES)}")
    return family


def resolve_local(spec: str, family: str | None = None) -> JudgeSource:
    """The model and family of a local judge spec; InputError when the family cannot be told."""
    spec = spec.strip().removeprefix("hf:")
    if not spec:
        raise InputError(f"safety judge spec is empty: expected {SPEC_FORMS}")
    if spec.lower() in SHORT_NAMES:
        known, hub_id = SHORT_NAMES[spec.lower()]
        return JudgeSource(hub_id, _check_family(family or known), local=False)
    path = Path(spec).expanduser()
    looks_local = spec.startswith((".", "/", "~")) or spec.count("/") > 1 or path.exists()
    if looks_local:
        if not path.is_dir():
            raise InputError(f"safety judge folder not found: {spec} (expected {SPEC_FORMS})")
        found = family or family_from_folder(path)
        if found is None:
            raise InputError(f"cannot tell which safety judge {spec} is from its name, config or chat template; "
                             f"give family: one of {', '.join(FAMILIES)}")
        return JudgeSource(str(path.resolve()), _check_family(found), local=True)
    if not re.fullmatch(r"[\w.-]+(/[\w.-]+)?", spec):
        raise InputError(f"safety judge {spec!r} is not {SPEC_FORMS}")
    found = family or family_from_name(spec)
    if found is None:
        raise InputError(f"cannot tell which safety judge {spec!r} is from its name; give family: one of "
                         f"{', '.join(FAMILIES)}")
    return JudgeSource(spec, _check_family(found), local=False)
