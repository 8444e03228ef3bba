"""An attempt log's index: byte offsets of each attempt's last record and its filter fields, held in memory.

Built once per run folder (and again only when attempts.jsonl changes), so filtering a run of 20,000 attempts
is a pass over small tuples, and only the page shown is read back from the log, by offset.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from auditkit.records.attempts import Attempt

TEXT_CHARS = 20_000
"""Characters of prompt and of response that free-text search looks through (the start of a longer answer)."""
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


@dataclass(slots=True)
class Entry:
    """One attempt in the index: where its record lies in the log and the fields pages filter on."""

    id: str
    index: int
    offset: int
    length: int
    suite: str
    category: str
    expected: str
    verdict: str
    transform: str
    tags: tuple[str, ...]
    groups: tuple[str, ...]
    detectors: tuple[str, ...]
    labels: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class AttemptFilter:
    """What the Attempts page asks for; every field given must match (None: any)."""

    suite: str | None = None
    category: str | None = None
    tag: str | None = None
    group: str | None = None  # a probe variable and its value, e.g. gender=female
    transform: str | None = None
    expected: str | None = None
    verdict: str | None = None
    detector: str | None = None
    label: str | None = None
    review: str | None = None  # reviewed, unreviewed or disagreed
    q: str | None = None  # free text, case-insensitive, in the prompt or the response

    @classmethod
    def from_params(cls, params: dict[str, str]) -> AttemptFilter:
        """A filter from query parameters; empty values mean any."""
        return cls(**{f.name: (params.get(f.name) or "").strip() or None for f in fields(cls)})

    def params(self) -> dict[str, str]:
        """The filter as query parameters (only the fields given)."""
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name))}


@dataclass
class Page:
    """One page of filtered attempts: their entries, how many matched, and where the page starts."""

    entries: list[Entry]
    total: int
    start: int
    size: int
    matched_ids: list[str] = field(default_factory=list, repr=False)


def _text(value: object) -> str:
    return value[:TEXT_CHARS] if isinstance(value, str) else ""


def _prompt(record: dict) -> str:
    messages = record.get("messages") or []
    users = [m.get("content") for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    return _text(users[-1] if users else (messages[-1].get("content") if messages else ""))


def _entry(record: dict, offset: int, length: int) -> Entry:
    intern = sys.intern
    scores = [s for s in record.get("scores") or [] if isinstance(s, dict)]
    response = record.get("response") or {}
    text = (_prompt(record) + "\n" + _text(response.get("text") if isinstance(response, dict) else "")).casefold()
    variables = record.get("variables") or {}
    return Entry(
        id=str(record["id"]), index=int(record.get("index", 0)), offset=offset, length=length,
        suite=intern(str(record.get("suite", ""))), category=intern(str(record.get("category", ""))),
        expected=intern(str(record.get("expected", ""))), verdict=intern(str(record.get("verdict", "unscored"))),
        transform=intern(str(record.get("transform") or "none")),
        tags=tuple(intern(str(t)) for t in record.get("tags") or []),
        groups=tuple(intern(f"{k}={v}") for k, v in sorted(variables.items())),
        detectors=tuple(sorted({intern(str(s.get("detector", ""))) for s in scores})),
        labels=tuple(sorted({intern(f"{s.get('kind')}:{s.get('label')}") for s in scores if s.get("flagged")})),
        text=text)


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as f:
        offset = 0
        for line in f:
            yield offset, line
            offset += len(line)


class AttemptIndex:
    """Offsets and filter fields of every attempt of one attempt log, in plan order."""

    def __init__(self, path: Path):
        self.path = Path(path)
        stat = self.path.stat() if self.path.exists() else None
        self.signature = (stat.st_size, stat.st_mtime_ns) if stat else (0, 0)
        latest: dict[str, Entry] = {}
        self.bad_lines = 0
        if stat is not None:
            for offset, line in _lines(self.path):
                if not line.strip():
                    continue
                try:
                    entry = _entry(json.loads(line), offset, len(line))
                except (ValueError, KeyError, TypeError, AttributeError):
                    # A half-written last line of a run in flight, or a hand-edited one: left out, counted.
                    self.bad_lines += 1
                    continue
                latest[entry.id] = entry  # a later record of an attempt (its scored one) wins
        self.entries = sorted(latest.values(), key=lambda e: (e.index, e.id))
        self.by_id = {e.id: e for e in self.entries}
        self.facets = self._facets()

    def stale(self) -> bool:
        """True when the log changed since the index was built."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return self.signature != (0, 0)
        return (stat.st_size, stat.st_mtime_ns) != self.signature

    def _facets(self) -> dict[str, list[tuple[str, int]]]:
        counts: dict[str, Counter[str]] = {name: Counter() for name in
                                           ("suite", "category", "tag", "group", "transform", "expected", "verdict",
                                            "detector", "label")}
        for e in self.entries:
            for name, value in (("suite", e.suite), ("category", e.category), ("transform", e.transform),
                                ("expected", e.expected), ("verdict", e.verdict)):
                counts[name][value] += 1
            counts["tag"].update(e.tags)
            counts["group"].update(e.groups)
            counts["detector"].update(e.detectors)
            counts["label"].update(e.labels)
        return {name: sorted(c.items()) for name, c in counts.items()}

    def select(self, flt: AttemptFilter, reviewed: Collection[str] = (),
               disagreed: Collection[str] = ()) -> list[Entry]:
        """The entries the filter selects, in plan order; `reviewed` and `disagreed` are attempt ids for the
        review filter (reviewed, unreviewed, disagreed)."""
        q = flt.q.casefold() if flt.q else None
        review = flt.review
        out = []
        for e in self.entries:
            if ((flt.suite and e.suite != flt.suite) or (flt.category and e.category != flt.category)
                    or (flt.expected and e.expected != flt.expected) or (flt.verdict and e.verdict != flt.verdict)
                    or (flt.transform and e.transform != flt.transform) or (flt.tag and flt.tag not in e.tags)
                    or (flt.group and flt.group not in e.groups) or (flt.detector and flt.detector not in e.detectors)
                    or (flt.label and flt.label not in e.labels)):
                continue
            if review and ((review == "reviewed" and e.id not in reviewed)
                           or (review == "unreviewed" and e.id in reviewed)
                           or (review == "disagreed" and e.id not in disagreed)):
                continue
            if q and q not in e.text:
                continue
            out.append(e)
        return out

    def page(self, flt: AttemptFilter, *, start: int = 0, size: int = PAGE_SIZE, reviewed: Collection[str] = (),
             disagreed: Collection[str] = ()) -> Page:
        """One page of the filtered attempts."""
        size = max(1, min(size, MAX_PAGE_SIZE))
        matched = self.select(flt, reviewed, disagreed)
        start = max(0, min(start, max(0, len(matched) - 1)))
        return Page(entries=matched[start:start + size], total=len(matched), start=start, size=size,
                    matched_ids=[e.id for e in matched])

    def read(self, entries: list[Entry]) -> list[Attempt]:
        """The full attempts of these entries, read from the log by offset."""
        out = []
        with self.path.open("rb") as f:
            for e in entries:
                f.seek(e.offset)
                out.append(Attempt.model_validate_json(f.read(e.length)))
        return out

    def attempt(self, attempt_id: str) -> Attempt | None:
        """One attempt by id, or None when the log has no such attempt."""
        entry = self.by_id.get(attempt_id)
        return self.read([entry])[0] if entry is not None else None


class IndexCache:
    """One index per attempt log, rebuilt when the log changes."""

    def __init__(self) -> None:
        self._indexes: dict[str, AttemptIndex] = {}

    def get(self, path: Path) -> AttemptIndex:
        """The index of this attempt log, built on first use or when the log changed since."""
        key = os.fspath(Path(path).resolve())
        index = self._indexes.get(key)
        if index is None or index.stale():
            index = self._indexes[key] = AttemptIndex(Path(key))
        return index
