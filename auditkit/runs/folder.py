"""The run folder on disk: manifest, resolved policy, the streamed attempt log, reports."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Collection, Iterator
from pathlib import Path

from pydantic import ValidationError

from auditkit.atomic import write_atomic
from auditkit.errors import InputError
from auditkit.policy.model import Policy
from auditkit.records.attempts import Attempt, Response, Score
from auditkit.records.manifest import MANIFEST, RunManifest, read_manifest, require_run_folder

ATTEMPTS = "attempts.jsonl"
POLICY = "policy.json"
CONFIG = "config.json"


def repair_log(path: Path) -> int:
    """Cut a half-written last line (from a killed process) off the attempt log; return bytes removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    with path.open("rb+") as f:
        if size == 0:
            return 0
        f.seek(max(0, size - 1))
        if f.read(1) == b"\n":
            return 0
        # Find the last complete line and drop what follows it.
        block = 1 << 16
        pos = size
        while pos > 0:
            start = max(0, pos - block)
            f.seek(start)
            chunk = f.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        else:
            keep = 0
        f.truncate(keep)
        return size - keep


_HEAD = re.compile(rb'^\{"id":"((?:[^"\\]|\\.)*)","index":(-?\d+)[,}]')


def _id_and_index(line: bytes) -> tuple[str, int]:
    # Records are written by Attempt.model_dump_json, which puts id and index first: a look at the head of the
    # line is enough, and a megabyte answer further on is never parsed. Anything else is parsed in full.
    match = _HEAD.match(line[:4096])
    if match:
        return json.loads(b'"' + match.group(1) + b'"'), int(match.group(2))
    record = json.loads(line)
    return str(record["id"]), int(record.get("index", 0))


def compact_log(path: Path) -> int:
    """Rewrite the attempt log atomically with only the last record of each attempt, in plan order; return how
    many records were dropped.

    While a run is in flight an answer waiting to be scored is logged at once and its scored record follows (so a
    kill loses nothing); a finished run's log holds one line per attempt, for pandas, jq and `wc -l`. Only offsets
    are held in memory, and the old log stays in place until the new one is complete.
    """
    if not path.exists():
        return 0
    last: dict[str, tuple[int, int, int]] = {}  # id -> (index, offset, length)
    lines = 0
    with path.open("rb") as f:
        offset = 0
        for line in f:
            if line.strip():
                lines += 1
                try:
                    attempt_id, index = _id_and_index(line)
                except (ValueError, KeyError, TypeError):
                    # Not a record this version wrote: leave the log as it is; reading it will name the line.
                    return 0
                last[attempt_id] = (index, offset, len(line))
            offset += len(line)
        dropped = lines - len(last)
        ordered = sorted(last.values())
        if not dropped and [o for _, o, _ in ordered] == sorted(o for _, o, _ in ordered):
            return 0
        tmp = path.with_name(f".{path.name}.compact")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                for _, start, length in ordered:
                    f.seek(start)
                    line = f.read(length)
                    out.write(line if line.endswith(b"\n") else line + b"\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    return dropped


def iter_attempts(path: Path) -> Iterator[Attempt]:
    """Read attempts from a log, one line at a time; a bad line is an error naming it."""
    with path.open("r", encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield Attempt.model_validate_json(line)
            except ValidationError as exc:
                first = exc.errors(include_url=False)[0]
                raise InputError(f"{path}:{lineno}: not a valid attempt record ({first['msg']})") from None


_ATTEMPT_FIELDS = frozenset(Attempt.model_fields)
_SCORE_FIELDS = frozenset(Score.model_fields)
_ANSWERED = Response(text="")
"""The response of every answered light attempt: judging asks whether there was an answer, not what it said."""


class _Lightener:
    """Makes light copies of attempts, sharing what all attempts of one planned variant have in common."""

    def __init__(self, keep_text: bool):
        self._keep_text = keep_text
        self._variants: dict[tuple[str, str | None], dict[str, object]] = {}
        self._strings: dict[str, str] = {}

    def _string(self, value: str) -> str:
        # Labels, kinds, detector names and verdicts repeat on every attempt: keep one copy of each.
        return self._strings.setdefault(value, value)

    def _shared(self, attempt: Attempt) -> dict[str, object]:
        fields = {"probe_id": attempt.probe_id, "suite": attempt.suite, "template": attempt.template,
                  "category": attempt.category, "expected": attempt.expected, "tags": attempt.tags,
                  "variables": attempt.variables, "transform": attempt.transform, "images": attempt.images,
                  "audio": attempt.audio, "video": attempt.video}
        key = (attempt.probe_id, attempt.transform)
        known = self._variants.get(key)
        if known != fields:  # a first sight, or a log whose records of one variant disagree: keep this one's own
            known = self._variants[key] = fields
        return known

    def _score(self, score: Score) -> Score:
        return Score.model_construct(_SCORE_FIELDS, detector=self._string(score.detector),
                                     kind=self._string(score.kind), label=self._string(score.label),
                                     value=score.value, flagged=score.flagged, evidence=[], note=None,
                                     turn=score.turn)

    def __call__(self, attempt: Attempt) -> Attempt:
        """The attempt without prompts, response text (unless kept), score spans and notes, or finish time."""
        response = attempt.response
        if response is not None and not self._keep_text:
            response = _ANSWERED
        # model_construct skips validation (the record was validated as it was read) and shares the field set.
        return Attempt.model_construct(
            _ATTEMPT_FIELDS, id=attempt.id, index=attempt.index, sample=attempt.sample, messages=[], turns=[],
            replies=[],
            response=response, error=attempt.error, scores=[self._score(s) for s in attempt.scores],
            detector_errors=attempt.detector_errors,
            verdict=self._string(attempt.verdict), finished_at=None, **self._shared(attempt))


def read_attempts(path: Path, *, light: bool = False, keep_text: bool = False,
                  ids: Collection[str] | None = None) -> list[Attempt]:
    """All attempts of a log in plan order, the last record of an attempt id winning.

    `light` drops what judging never reads (prompts, response texts unless `keep_text`, score spans and notes,
    finish times), so a run's attempts fit in a fraction of the memory; a light attempt must not be written
    back. `ids` reads only the attempts with those ids, in full (the few a report shows as evidence).
    """
    latest: dict[str, Attempt] = {}
    lighten = _Lightener(keep_text) if light else None
    for attempt in iter_attempts(path):
        if ids is not None and attempt.id not in ids:
            continue
        latest[attempt.id] = lighten(attempt) if lighten else attempt
    return sorted(latest.values(), key=lambda a: a.index)


class RunFolder:
    """Paths and reads of one run folder."""

    def __init__(self, path: Path):
        self.path = Path(path)

    @property
    def manifest_path(self) -> Path:
        """manifest.json."""
        return self.path / MANIFEST

    @property
    def attempts_path(self) -> Path:
        """attempts.jsonl."""
        return self.path / ATTEMPTS

    @property
    def policy_path(self) -> Path:
        """policy.json: the resolved policy the run was judged with."""
        return self.path / POLICY

    def exists(self) -> bool:
        """True when the folder holds a run."""
        return self.manifest_path.is_file()

    def require(self) -> None:
        """Raise a clear error unless the folder holds a run."""
        require_run_folder(self.path)

    def manifest(self) -> RunManifest:
        """Read the manifest."""
        return read_manifest(self.path)

    def write_manifest(self, manifest: RunManifest) -> None:
        """Write the manifest atomically."""
        write_atomic(self.manifest_path, manifest.model_dump_json(indent=2) + "\n")

    def policy(self) -> Policy | None:
        """The resolved policy saved with the run, if any."""
        if not self.policy_path.is_file():
            return None
        return Policy.model_validate_json(self.policy_path.read_text(encoding="utf-8"))

    def write_policy(self, policy: Policy | None) -> None:
        """Save the resolved policy so a later `gate` judges with exactly the same rules."""
        if policy is None:
            self.policy_path.unlink(missing_ok=True)
        else:
            write_atomic(self.policy_path, policy.model_dump_json(indent=2) + "\n")

    def attempts(self, *, light: bool = False, keep_text: bool = False,
                 ids: Collection[str] | None = None) -> list[Attempt]:
        """Every recorded attempt, in plan order (light, or only some ids: see read_attempts)."""
        if not self.attempts_path.exists():
            return []
        return read_attempts(self.attempts_path, light=light, keep_text=keep_text, ids=ids)

    def write_config(self, config: dict) -> None:
        """Save the run's configuration (no secrets: keys live in environment variables)."""
        write_atomic(self.path / CONFIG, json.dumps(config, indent=2, sort_keys=True, default=str) + "\n")
