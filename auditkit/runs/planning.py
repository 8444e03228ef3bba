"""The plan of a run: every attempt in a fixed order, made on demand so that no run holds all of them at once."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from auditkit.records.attempts import Attempt
from auditkit.records.hashing import sha256_file
from auditkit.records.manifest import MediaRef
from auditkit.suites.model import Suite
from auditkit.suites.variants import suite_variants


@dataclass(frozen=True)
class PlanSummary:
    """What a run needs to know of its whole plan before sending: size, hash and the probes it touches."""

    count: int
    sha256: str
    probe_ids: tuple[str, ...]
    media: tuple[tuple[str, str], ...] = ()  # (kind, path) of every image, audio and video file, each once


class Plan:
    """The attempts of a run in plan order: suites, probes, each probe's transforms, then samples.

    Iterating makes the attempts afresh (with their rendered messages) one by one, so a pass holds one
    attempt at a time; iterate as often as needed. The first call of `len()`, `sha256()` or `probe_ids()`
    walks the plan once and remembers the answer.
    """

    def __init__(self, suites: list[Suite], *, samples: int, limit: int | None = None):
        self.suites = suites
        self.samples = samples
        self.limit = limit
        self._summary: PlanSummary | None = None

    def __iter__(self) -> Iterator[Attempt]:
        index = 0
        for suite in self.suites:
            # Each probe comes untransformed first (the baseline), then once per transform its suite applies.
            for transform, probe in suite_variants(suite):
                for sample in range(self.samples):
                    if self.limit and index >= self.limit:
                        return
                    yield Attempt.plan(probe, index=index, sample=sample, transform=transform)
                    index += 1

    def summary(self) -> PlanSummary:
        """Count, hash and probe ids of the plan, from one pass over it."""
        if self._summary is None:
            h = hashlib.sha256()
            count = 0
            probe_ids: dict[str, None] = {}
            media: dict[tuple[str, str], None] = {}
            for attempt in self:
                _hash_attempt(h, attempt)
                count += 1
                probe_ids[attempt.probe_id] = None
                for kind, paths in (("image", attempt.images), ("audio", attempt.audio), ("video", attempt.video)):
                    media.update(dict.fromkeys((kind, p) for p in paths))
            self._summary = PlanSummary(count=count, sha256=h.hexdigest(), probe_ids=tuple(probe_ids),
                                        media=tuple(media))
        return self._summary

    def __len__(self) -> int:
        return self.summary().count

    def sha256(self) -> str:
        """The plan's hash (see plan_hash)."""
        return self.summary().sha256

    def media(self) -> list[MediaRef]:
        """Every media file the plan sends, with the hash of its bytes (for the manifest)."""
        return [MediaRef(kind=kind, file=Path(path).name, sha256=sha256_file(Path(path)))
                for kind, path in self.summary().media if Path(path).is_file()]

    def probe_ids(self) -> tuple[str, ...]:
        """Ids of the probes the plan sends, in plan order, each once."""
        return self.summary().probe_ids


def plan(suites: list[Suite], *, samples: int, limit: int | None = None) -> list[Attempt]:
    """Every attempt of the run as a list, in plan order (a run itself iterates a Plan instead)."""
    return list(Plan(suites, samples=samples, limit=limit))


def _hash_attempt(h: hashlib._Hash, attempt: Attempt) -> None:
    h.update(attempt.id.encode())
    h.update(attempt.model_dump_json(include={"messages", "images", "expected"}).encode())
    if attempt.audio or attempt.video:  # only then, so plans without them keep the hashes they always had
        h.update(attempt.model_dump_json(include={"audio", "video"}).encode())


def plan_hash(attempts: Iterable[Attempt]) -> str:
    """Hash of the ordered attempt ids and prompts: a resume must find the same plan."""
    h = hashlib.sha256()
    for a in attempts:
        _hash_attempt(h, a)
    return h.hexdigest()
