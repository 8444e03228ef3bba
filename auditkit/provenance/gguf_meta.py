"""The `general.*` metadata keys of a GGUF file (name, licence, base models, data sets), read with `gguf`.

The reader memory-maps the file and reads only its header; no tensor is loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditkit.provenance.model_card import plain

PREFIX = "general."


def _value(field: Any) -> Any:
    contents = getattr(field, "contents", None)
    if callable(contents):  # gguf >= 0.11
        return contents()
    # Older gguf: `data` indexes the parts that hold the value; strings are byte arrays.
    import gguf

    types = list(field.types)
    parts = [field.parts[i] for i in field.data]
    if types and types[0] == gguf.GGUFValueType.STRING:
        return bytes(parts[0]).decode("utf-8", errors="replace")
    if types and types[0] == gguf.GGUFValueType.ARRAY:
        if len(types) > 1 and types[-1] == gguf.GGUFValueType.STRING:
            return [bytes(p).decode("utf-8", errors="replace") for p in parts]
        return [p.tolist()[0] if hasattr(p, "tolist") else p for p in parts]
    return parts[0].tolist()[0] if parts and hasattr(parts[0], "tolist") else None


def read_gguf_general(path: Path) -> tuple[dict[str, Any], list[str]]:
    """(general.* keys without the prefix, notes); notes say why nothing was read (no gguf package, bad file)."""
    try:
        import gguf
    except ImportError:
        return {}, ["GGUF metadata not read: the gguf package is not installed (pip install 'auditkit[hf]')"]
    try:
        reader = gguf.GGUFReader(str(path), "r")
    except Exception as exc:  # noqa: BLE001 - a truncated or foreign file: say so, read nothing
        return {}, [f"{Path(path).name}: GGUF header not readable ({type(exc).__name__}: {exc})"]
    out: dict[str, Any] = {}
    for name, field in reader.fields.items():
        if not name.startswith(PREFIX):
            continue
        try:
            out[name[len(PREFIX):]] = plain(_value(field))
        except Exception:  # noqa: BLE001 - one odd key must not hide the others
            continue
    return out, []


def numbered(meta: dict[str, Any], group: str) -> list[dict[str, Any]]:
    """The entries of a numbered group (base_model.0.name, base_model.0.organization, ...) as mappings."""
    count = meta.get(f"{group}.count")
    if not isinstance(count, int) or count < 1:
        return []
    entries = []
    for i in range(min(count, 50)):
        prefix = f"{group}.{i}."
        entry = {k[len(prefix):]: v for k, v in meta.items() if k.startswith(prefix)}
        if entry:
            entries.append(entry)
    return entries


def entry_name(entry: dict[str, Any]) -> str:
    """`organization/name version`, or the repository URL, of a base model or data set entry."""
    name = "/".join(str(entry[k]) for k in ("organization", "name") if entry.get(k))
    if entry.get("version"):
        name += f" {entry['version']}"
    return name or str(entry.get("repo_url") or entry.get("url") or "unnamed")
