"""Load user-written YAML/JSON files safely and turn validation errors into one readable message."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from auditkit.errors import InputError

M = TypeVar("M", bound=BaseModel)
MAX_FILE_BYTES = 20 * 1024 * 1024

Location = tuple[int, int]  # 1-based line and column


MAX_NODES = 1_000_000
TOO_MANY_VALUES = (f"more than {MAX_NODES} values once aliases are expanded (an alias that repeats a large "
                   "value, such as a 'billion laughs' file, or simply too large a file)")


class _Refused(Exception):
    """A document _locate will not walk; `mark` is where the problem lies, when that is known."""

    def __init__(self, message: str, mark: Any = None):
        super().__init__(message)
        self.mark = mark


def _locate(root: yaml.Node) -> dict[tuple, Location]:
    """Where each value stands in the file; refuses recursive aliases and alias bombs."""
    where: dict[tuple, Location] = {}
    visited = 0
    # Iterative walk: deep documents must not hit Python's recursion limit. `ancestors` holds the nodes on
    # the current path, so an alias that contains itself is caught instead of looping forever.
    todo: list[tuple[yaml.Node, tuple, frozenset[int]]] = [(root, (), frozenset())]
    while todo:
        node, path, ancestors = todo.pop()
        visited += 1
        if visited > MAX_NODES:
            raise _Refused(TOO_MANY_VALUES)
        if id(node) in ancestors:
            raise _Refused("a YAML alias refers to a value that contains it", node.start_mark)
        where.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        inner = ancestors | {id(node)}
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key = key_node.value
                    where[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                    todo.append((value_node, path + (key,), inner))
        elif isinstance(node, yaml.SequenceNode):
            todo.extend((item, path + (i,), inner) for i, item in enumerate(node.value))
    return where


def _crossing_mark(text: str) -> Any:
    """Where the expanded document passes MAX_NODES values: the alias (or value) that crosses the limit.

    Composed nodes keep only where an anchor was defined, not where each alias repeats it, so the file is
    read again as events (only when it is refused) to point at the line that does the damage.
    """
    sizes: dict[str, int] = {}
    open_anchors: list[tuple[str | None, int]] = []  # (anchor, expanded count when the collection started)
    expanded = 0
    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        if isinstance(event, yaml.AliasEvent):
            expanded += sizes.get(event.anchor, 1)
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            expanded += 1
            if isinstance(event, yaml.ScalarEvent) and event.anchor:
                sizes[event.anchor] = 1
            if isinstance(event, yaml.CollectionStartEvent):
                open_anchors.append((event.anchor, expanded - 1))
        elif isinstance(event, yaml.CollectionEndEvent) and open_anchors:
            anchor, start = open_anchors.pop()
            if anchor:
                sizes[anchor] = expanded - start
        if expanded > MAX_NODES:
            return event.start_mark
    return None


def _yaml_problem(path: Path, exc: yaml.YAMLError) -> InputError:
    mark = getattr(exc, "problem_mark", None)
    at = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    detail = f"{problem} ({context})" if context else problem
    return InputError(f"{path}{at}: invalid YAML: {detail}", file=str(path))


def read_text(path: Path, *, limit: int | None = None) -> str:
    """Read a user file as UTF-8 text, refusing missing, oversized or binary files clearly."""
    path = Path(path)
    limit = MAX_FILE_BYTES if limit is None else limit
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
    return parse_yaml(read_text(path), path)


def parse_yaml(text: str, path: Path) -> tuple[Any, dict[tuple, Location]]:
    """Parse YAML text read from `path` (named in errors) with load_yaml's guards: plain data only, no alias
    bombs; return the data and where each value stands."""
    try:
        # libyaml's parser (when PyYAML has it) composes the same safe node tree about five times faster.
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise _yaml_problem(path, exc) from None
    if node is None:
        raise InputError(f"{path}: file is empty", file=str(path))
    try:
        where = _locate(node)
    except _Refused as exc:
        mark = exc.mark if exc.mark is not None else _crossing_mark(text)
        at = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        raise InputError(f"{path}{at}: {exc}", file=str(path)) from None
    loader = yaml.SafeLoader("")
    try:
        # SafeLoader builds only plain data (no Python objects, no code) from the composed tree.
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _yaml_problem(path, exc) from None
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


_UNION_MEMBER = re.compile(r"^(str|int|float|bool|none|list|dict|literal|union|function-\w+)(\[.*\])?$|\[")


def _clean_loc(loc: tuple) -> tuple:
    # pydantic names the union member it tried (`str`, `dict[str,str]`...) in the location; users never wrote
    # those, so they are dropped and the alternatives at one place are merged into one message.
    return tuple(p for p in loc if not (isinstance(p, str) and _UNION_MEMBER.search(p)))


def validation_problems(exc: ValidationError, model: type[BaseModel], path: Path | None,
                        where: dict[tuple, Location] | None, *, prefix: tuple = ()) -> list[str]:
    """One line per place with an error: file:line:col, location, what was expected.

    `prefix` is where the validated value stands in the file, for a section checked on its own
    (a config file's `target:` mapping against its target type's model).
    """
    grouped: dict[tuple, list[str]] = {}
    for err in exc.errors(include_url=False):
        messages = grouped.setdefault(tuple(prefix) + _clean_loc(tuple(err["loc"])), [])
        text = _describe(err, model)
        if text not in messages:
            messages.append(text)
    lines = []
    for loc, messages in grouped.items():
        detail = messages[0] if len(messages) == 1 else "expected one of: " + "; or ".join(messages)
        lines.append(located_problem(path, where, loc, detail))
    return lines


def located_problem(path: Path | None, where: dict[tuple, Location] | None, loc: tuple, message: str) -> str:
    """One problem line, `file:line:col: location: message`, placed at the value (or its nearest parent)."""
    at = _nearest(where or {}, loc)
    prefix = f"{path}" if path else "input"
    if at:
        prefix += f":{at[0]}:{at[1]}"
    return f"{prefix}: {format_loc(loc)}: {message}"


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


def parse_json_line(line: str, path: Path | str, number: int, *, expected: str | None = None,
                    objects: bool = True) -> Any:
    """One line of a JSON Lines file; InputError naming file and line when it is not JSON (or, with `objects`, not
    a JSON object). `expected` describes the line's form in the message."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        hint = f"; expected {expected}" if expected else ""
        raise InputError(f"{path}:{number}: invalid JSON ({exc.msg} at column {exc.colno}){hint}",
                         file=str(path)) from None
    if objects and not isinstance(value, dict):
        raise InputError(f"{path}:{number}: expected a JSON object per line", file=str(path))
    return value


def json_lines(lines: Iterable[str], path: Path | str, *, expected: str | None = None,
               objects: bool = True) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line of a JSON Lines text (see parse_json_line)."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, parse_json_line(line, path, number, expected=expected, objects=objects)
