"""The runs the app shows: run folders given on the command line, or those a run store recorded.

Runs are named in URLs by a key made from their run id, never by a path: a request can only reach the folders
listed here, and files inside them only through `RunEntry.file`, which refuses anything outside the folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit.errors import InputError
from auditkit.records.manifest import RunManifest
from auditkit.records.reviews import REVIEWS
from auditkit.report.model import Report
from auditkit.runs.folder import RunFolder
from auditkit.view.index import AttemptIndex, IndexCache

REPORT = "report.json"
_KEY_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def _reviews_newer(report_time: int, reviews_time: int) -> bool:
    """True when reviews were written after report.json, so the report shown must be re-judged with them."""
    return bool(reviews_time) and reviews_time > report_time


@dataclass
class RunEntry:
    """One run folder the app shows, under its URL key."""

    key: str
    folder: Path
    manifest: RunManifest
    _report: tuple[tuple[int, int, int], Report | None] | None = field(default=None, repr=False)

    @property
    def run_folder(self) -> RunFolder:
        """The folder's reads."""
        return RunFolder(self.folder)

    def file(self, relative: str) -> Path | None:
        """A regular file inside the run folder, or None when `relative` leads anywhere else (.., absolute paths,
        symbolic links out of the folder, dot files)."""
        if not relative or "\x00" in relative or relative.startswith(("/", "\\")):
            return None
        parts = Path(relative).parts
        if any(p in ("..", "") or p.startswith(".") for p in parts):
            return None
        root = self.folder.resolve()
        path = (root / relative).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            return None
        return path

    def files(self) -> list[str]:
        """The run folder's artifacts, relative paths, sorted."""
        from auditkit.evidence.hashing import artifact_paths

        return artifact_paths(self.folder)

    def report(self) -> Report | None:
        """The run's report: report.json while it is newer than any review, else the run re-judged in memory with
        its reviews (what `auditkit gate RUN --write` would write); None when neither can be had."""
        report_path = self.folder / REPORT
        signature = (_mtime(report_path), _mtime(self.folder / REVIEWS), _mtime(self.run_folder.attempts_path))
        if self._report is not None and self._report[0] == signature:
            return self._report[1]
        report: Report | None = None
        if signature[0] and not _reviews_newer(*signature[:2]):
            try:
                report = Report.model_validate_json(report_path.read_bytes())
            except ValueError:
                report = None
        if report is None and self.run_folder.attempts_path.exists():
            from auditkit.runs.judging import judge_run

            try:
                report = judge_run(self.folder)
            except (InputError, ValueError):
                report = None
        self._report = (signature, report)
        return report

    def rejudged(self) -> bool:
        """True when the report shown is the in-memory re-judgement (reviews newer than report.json)."""
        return _reviews_newer(_mtime(self.folder / REPORT), _mtime(self.folder / REVIEWS))


@dataclass
class MissingRun:
    """A run the store recorded whose folder is gone."""

    run_id: str
    folder: str
    target: str


class Catalog:
    """The runs shown, by key, and one attempt index per run."""

    def __init__(self, folders: list[Path] | None = None, *, store: bool = False, store_url: str | None = None,
                 limit: int = 200):
        """`folders` to show, and with `store` the runs the run store at `store_url` recorded (None: the default
        store, as `auditkit history` finds it)."""
        self.folders = [Path(f) for f in folders or []]
        self.store, self.store_url, self.limit = store, store_url, limit
        self.indexes = IndexCache()
        self._runs: dict[str, RunEntry] = {}
        self.missing: list[MissingRun] = []
        self.refresh()

    def _store_folders(self) -> list[Path]:
        from auditkit.store.engine import open_store
        from auditkit.store.queries import list_runs

        with open_store(self.store_url) as store:
            summaries = list_runs(store, limit=self.limit)
        present = {s.folder: (Path(s.folder) / "manifest.json").is_file() for s in summaries}
        self.missing = [MissingRun(s.run_id, s.folder, s.target) for s in summaries if not present[s.folder]]
        return [Path(s.folder) for s in summaries if present[s.folder]]

    def refresh(self) -> None:
        """Look for runs again (the store may have recorded new ones); known folders keep their entries."""
        folders = list(self.folders) + (self._store_folders() if self.store else [])
        known = {e.folder.resolve(): e for e in self._runs.values()}
        runs: dict[str, RunEntry] = {}
        for folder in folders:
            resolved = folder.resolve()
            entry = known.get(resolved)
            if entry is None:
                try:
                    manifest = RunFolder(resolved).manifest()
                except InputError:
                    if folder in self.folders:
                        raise  # a folder given by name must be a run; a store's stale record is passed over
                    continue
                entry = RunEntry(key=self._key(manifest.run_id, runs), folder=resolved, manifest=manifest)
            if entry.folder not in {e.folder for e in runs.values()}:
                if entry.key in runs:
                    entry.key = self._key(entry.manifest.run_id, runs)
                runs[entry.key] = entry
        self._runs = runs

    @staticmethod
    def _key(run_id: str, taken: dict[str, Any]) -> str:
        base = _KEY_CHARS.sub("-", run_id).strip("-.") or "run"
        key, n = base, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        return key

    def runs(self) -> list[RunEntry]:
        """Every run shown, newest first."""
        return sorted(self._runs.values(), key=lambda e: (e.manifest.started_at, e.key), reverse=True)

    def get(self, key: str) -> RunEntry | None:
        """The run with this key, or None."""
        return self._runs.get(key)

    def index(self, entry: RunEntry) -> AttemptIndex:
        """The attempt index of a run (built on first use, rebuilt when its log changed)."""
        return self.indexes.get(entry.run_folder.attempts_path)
