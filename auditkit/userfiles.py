"""Load user-written YAML/JSON files safely and turn validation errors into one readable message."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from auditkit.errors import InputError

M = TypeVar("M", bound=BaseModel)
MAX_FILE_BYTES = 20 * 1024 * 1024

Location = tuple[int, int]  # 1-based line and column


def _locate(node: yaml.Node, path: tuple, where: dict[tuple, Location]) -> None:
    where.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
                where[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                _locate(value_node, path + (key,), where)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _locate(item, path + (i,), where)


def read_text(path: Path, *, limit: int = MAX_FILE_BYTES) -> str:
    """Read a user file as UTF-8 text, refusing missing, oversized or binary files clearly."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found", file=str(path))
    size = path.stat().st_size
    if size > limit:
        raise InputError(f"{path}: file is {size} bytes; the limit is {limit} bytes", file=str(path))
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})", file=str(path)) from None


def load_yaml(path: Path) -> tuple[Any, dict[tuple, Location]]:
    """Parse a YAML (or JSON) file safely; return the data and where each value stands in the file."""
    text = read_text(path)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path}{at}: invalid YAML: {problem}", file=str(path)) from None
    if node is None:
        raise InputError(f"{path}: file is empty", file=str(path))
    where: dict[tuple, Location] = {}
    _locate(node, (), where)
    loader = yaml.SafeLoader("")
    try:
        # SafeLoader builds only plain data (no Python objects, no code) from the composed tree.
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: invalid YAML: {exc}", file=str(path)) from None
    finally:
        loader.dispose()
    return data, where


def format_loc(loc: tuple) -> str:
    """Render a pydantic error location as `probes[2].prompt`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _nearest(where: dict[tuple, Location], loc: tuple) -> Location | None:
    loc = tuple(loc)
    while True:
        if loc in where:
            return where[loc]
        if not loc:
            return None
        loc = loc[:-1]


def _describe(err: dict, model: type[BaseModel]) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown field (check its spelling; see the JSON schema for the allowed fields)"
    if kind == "missing":
        return "required field is missing"
    msg = err["msg"]
    value = err.get("input")
    if kind not in ("model_type", "dict_type") and isinstance(value, (str, int, float, bool)):
        shown = repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "..."
        msg += f" (got {shown})"
    return msg


def validation_problems(exc: ValidationError, model: type[BaseModel], path: Path | None,
                        where: dict[tuple, Location] | None) -> list[str]:
    """One line per pydantic error: file:line:col, location, what was expected."""
    lines = []
    for err in exc.errors(include_url=False):
        # Drop union tags pydantic inserts (e.g. 'threshold') from the user-facing path.
        loc = tuple(err["loc"])
        at = _nearest(where or {}, loc)
        prefix = f"{path}" if path else "input"
        if at:
            prefix += f":{at[0]}:{at[1]}"
        lines.append(f"{prefix}: {format_loc(loc)}: {_describe(err, model)}")
    return lines


def validate(model: type[M], data: Any, *, path: Path | None = None,
             where: dict[tuple, Location] | None = None, what: str = "file") -> M:
    """Validate data into `model`, raising InputError with every problem located in the file."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = validation_problems(exc, model, path, where)
        name = path if path else what
        raise InputError(f"{name}: invalid {what} ({len(problems)} problem(s))", file=str(path) if path else None,
                         problems=problems) from None


def load_model(model: type[M], path: Path, *, what: str) -> M:
    """Load a YAML/JSON file into a pydantic model with located, readable errors."""
    path = Path(path)
    data, where = load_yaml(path)
    return validate(model, data, path=path, where=where, what=what)
