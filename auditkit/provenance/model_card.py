"""Read a model's own statements: the model card (README.md metadata and its training-data section), config.json.

Everything read here is untrusted text from the model's files: it is parsed safely (no YAML tags, no alias
bombs, bounded sizes), kept as plain data, and escaped wherever a report shows it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from auditkit.errors import InputError
from auditkit.userfiles import parse_yaml

MAX_CARD_BYTES = 2 * 1024 * 1024
MAX_FRONT_MATTER_CHARS = 256 * 1024
STATEMENT_CHARS = 1200
MAX_LIST = 50
# Front matter keys kept as card fields; the rest (model-index, widget, eval results) is long and not provenance.
CARD_KEYS = ("license", "license_name", "license_link", "base_model", "base_model_relation", "datasets",
             "language", "library_name", "pipeline_tag", "tags", "model_name", "model_creator", "model_type",
             "quantized_by", "extra_gated_prompt", "inference")
CONFIG_KEYS = ("model_type", "architectures", "_name_or_path", "torch_dtype", "dtype", "transformers_version",
               "num_hidden_layers", "hidden_size", "vocab_size", "max_position_embeddings")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_TRAINING = re.compile(r"training[ _-]*(?:data|dataset|details|corpus)|\bdata(?:sets?)?\b.*\btrain", re.IGNORECASE)


def plain(value: Any, *, depth: int = 0) -> Any:
    """A card value as plain, bounded data: strings, numbers, booleans and short lists of them."""
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, str):
        return value if len(value) <= 2000 else value[:2000] + "…"
    if isinstance(value, list | tuple) and depth < 2:
        return [plain(v, depth=depth + 1) for v in list(value)[:MAX_LIST]]
    if isinstance(value, dict) and depth < 2:
        return {str(k): plain(v, depth=depth + 1) for k, v in list(value.items())[:MAX_LIST]}
    return str(value)[:200]


def as_list(value: Any) -> list[str]:
    """A card value that may be one string or a list, as a list of non-empty strings."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in items[:MAX_LIST] if str(v).strip()]


def read_card_text(path: Path) -> str:
    """README.md as text (bounded; undecodable bytes replaced)."""
    with Path(path).open("rb") as f:
        return f.read(MAX_CARD_BYTES).decode("utf-8", errors="replace")


def front_matter(text: str, path: Path) -> tuple[dict[str, Any], list[str]]:
    """The metadata block at the top of a model card, and notes on what could not be read."""
    match = _FRONT.match(text)
    if not match:
        return {}, [f"{path.name} has no metadata block (--- ... --- at the top)"]
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER_CHARS:
        return {}, [f"{path.name}: metadata block over {MAX_FRONT_MATTER_CHARS} characters, not read"]
    if not block.strip():
        return {}, [f"{path.name}: the metadata block is empty"]
    try:
        data, _ = parse_yaml(block, path)
    except InputError as exc:
        return {}, [f"{path.name}: metadata block not readable: {str(exc).splitlines()[0]}"]
    if not isinstance(data, dict):
        return {}, [f"{path.name}: the metadata block is not a mapping"]
    return data, []


def training_statement(text: str) -> str | None:
    """The text under the card's first heading about training data (as written there), shortened."""
    body = _FRONT.sub("", text, count=1)
    headings = list(_HEADING.finditer(body))
    for i, heading in enumerate(headings):
        if not _TRAINING.search(heading.group(2)):
            continue
        level = len(heading.group(1))
        end = next((h.start() for h in headings[i + 1:] if len(h.group(1)) <= level), len(body))
        section = " ".join(body[heading.end():end].split())
        if not section:
            continue
        return section if len(section) <= STATEMENT_CHARS else section[:STATEMENT_CHARS] + "…"
    return None


def read_model_card(path: Path) -> tuple[dict[str, Any], str | None, list[str]]:
    """(card fields, training-data statement, notes) from a README.md model card."""
    text = read_card_text(path)
    meta, notes = front_matter(text, path)
    fields = {k: plain(meta[k]) for k in CARD_KEYS if k in meta and meta[k] not in (None, "", [])}
    return fields, training_statement(text), notes


def read_config(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Selected fields of a transformers config.json, and notes on what could not be read."""
    try:
        with Path(path).open("rb") as f:
            data = json.loads(f.read(MAX_CARD_BYTES))
    except (OSError, ValueError) as exc:
        return {}, [f"{path.name}: not readable ({type(exc).__name__})"]
    if not isinstance(data, dict):
        return {}, [f"{path.name}: not a JSON object"]
    return {k: plain(data[k]) for k in CONFIG_KEYS if k in data and data[k] not in (None, "", [])}, []
