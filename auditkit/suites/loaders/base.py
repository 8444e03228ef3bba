"""What every benchmark loader shares: reading rows, options from a reference, ids, and the suite it builds."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit.errors import InputError
from auditkit.suites.model import ProbeSpec
from auditkit.userfiles import json_lines

Row = dict[str, Any]
# Big enough for any public benchmark file; a bigger one is almost certainly the wrong file.
MAX_SOURCE_BYTES = 512 * 1024 * 1024
_SLUG = re.compile(r"[^a-z0-9_.-]+")


class Options:
    """Loader options (`key=value` pairs) that complain about any key no loader step used."""

    def __init__(self, values: dict[str, str], where: str):
        self._values = dict(values)
        self._used: set[str] = set()
        self.where = where

    def get(self, key: str, default: str | None = None) -> str | None:
        """The option's value, or the default."""
        self._used.add(key)
        return self._values.get(key, default)

    def require(self, key: str, what: str) -> str:
        """The option's value; InputError saying what it is for when it is missing."""
        value = self.get(key)
        if not value:
            raise InputError(f"{self.where}: give `{key}=...` ({what})")
        return value

    def integer(self, key: str) -> int | None:
        """The option as a positive integer, or None."""
        value = self.get(key)
        if value is None:
            return None
        if not value.isdigit() or int(value) < 1:
            raise InputError(f"{self.where}: `{key}` must be a positive integer (got {value!r})")
        return int(value)

    def check_all_used(self, allowed: Iterable[str]) -> None:
        """InputError naming any option that no step understood."""
        unknown = sorted(set(self._values) - self._used)
        if unknown:
            raise InputError(f"{self.where}: unknown option(s) {', '.join(unknown)}; "
                             f"this format takes: {', '.join(sorted(set(allowed))) or 'none'}")


@dataclass
class Source:
    """Rows read from a file or a dataset, with a digest of their content for the run manifest."""

    name: str
    rows: list[Row]
    sha256: str
    columns: list[str] = field(default_factory=list)
    license: str | None = None  # what the source itself states (a hub data set's card), if anything
    citation: str | None = None
    url: str | None = None


def _checked_file(path: Path) -> Path:
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise InputError(f"{path}: file is {size} bytes; the limit is {MAX_SOURCE_BYTES} bytes")
    return path


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_csv(path: Path) -> Source:
    """Rows of a CSV file with a header line (UTF-8, a byte-order mark allowed)."""
    path = _checked_file(Path(path))
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            rows = [dict(r) for r in reader]
            columns = list(reader.fieldnames or [])
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(f"{path}: invalid CSV: {exc}") from None
    return Source(name=str(path), rows=rows, sha256=file_digest(path), columns=columns)


def read_jsonl(path: Path) -> Source:
    """Rows of a JSON Lines file (one JSON object per line; blank lines skipped)."""
    path = _checked_file(Path(path))
    rows: list[Row] = []
    try:
        with path.open(encoding="utf-8-sig") as f:
            rows.extend(row for _, row in json_lines(f, path))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    columns = list(dict.fromkeys(k for row in rows[:100] for k in row))
    return Source(name=str(path), rows=rows, sha256=file_digest(path), columns=columns)


def read_rows(path: Path) -> Source:
    """Rows of a .jsonl/.ndjson file, or of a CSV file otherwise."""
    return read_jsonl(path) if Path(path).suffix.lower() in (".jsonl", ".ndjson") else read_csv(path)


def text(row: Row, column: str, source: Source, number: int, *, required: bool = True) -> str:
    """A row's value as text; InputError naming the columns present when a required one is missing or empty."""
    if column not in row:
        if not required:
            return ""
        found = ", ".join(source.columns or list(row)) or "none"
        raise InputError(f"{source.name}: row {number}: no column {column!r} (columns: {found})")
    value = row[column]
    if value is None:
        value = ""
    elif not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    if required and not value.strip():
        raise InputError(f"{source.name}: row {number}: column {column!r} is empty")
    return value.strip()


def slug(value: str, fallback: str) -> str:
    """A probe or suite id made from any text: lowercase letters, digits and - _ ."""
    out = _SLUG.sub("-", value.lower()).strip("-._")[:100]
    return out or fallback


class IdMaker:
    """Unique probe ids from source ids or row numbers."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def __call__(self, value: str, number: int) -> str:
        base = slug(value, f"row-{number}") if value else f"row-{number}"
        if not base[0].isalnum():
            base = f"row-{base}"
        pid, n = base, 2
        while pid in self._seen:
            pid, n = f"{base}-{n}", n + 1
        self._seen.add(pid)
        return pid


def limited(rows: list[Row], options: Options) -> Iterator[tuple[int, Row]]:
    """(1-based row number, row) pairs, stopping at the `limit` option."""
    limit = options.integer("limit")
    for number, row in enumerate(rows, 1):
        if limit is not None and number > limit:
            return
        yield number, row


@dataclass(frozen=True)
class Format:
    """One benchmark format: how to read its file and turn its rows into probes."""

    name: str
    title: str
    license: str
    convert: Callable[[Source, Options], list[ProbeSpec]]
    read: Callable[[Path], Source] = read_csv
    options: tuple[str, ...] = ()
    citation: str | None = None
    url: str | None = None
