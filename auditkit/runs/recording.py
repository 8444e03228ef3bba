"""Record runs in the store: a folder that stopped before judging is judged here first (the store itself never
judges), and recording a run that just finished never lets the store fail it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditkit.report.json_report import render_json
from auditkit.runs.judging import judge_run
from auditkit.store.engine import Store
from auditkit.store.record import REPORT_FILE, RecordResult, Source, record_run


def record_folder(store: Store, folder: Path, *, source: Source = "import") -> RecordResult:
    """Record a run folder; one without report.json is judged in memory with its saved policy, and nothing is
    written to it."""
    judged = None if (Path(folder) / REPORT_FILE).is_file() else render_json(judge_run(folder))
    return record_run(store, folder, report_json=judged, source=source)


@dataclass(frozen=True)
class AfterRun:
    """What recording a finished run did: recorded as `run_id` in `store`, or not, and why."""

    folder: Path
    run_id: str | None = None
    store: str | None = None
    error: str | None = None

    @property
    def recorded(self) -> bool:
        """Whether the run is now in the store."""
        return self.error is None

    def message(self) -> str:
        """One line for the user: where the run was recorded, or a warning that says how to record it later."""
        if self.error is None:
            return f"recorded as run {self.run_id} in {self.store}"
        return (f"warning: the run was not recorded in the run store ({self.error}); record it later with "
                f"`auditkit import {self.folder}`")


def record_after_run(folder: Path, store_url: str | None, *, source: Source = "run") -> AfterRun:
    """Record a finished run in the store; a failure is returned, never raised, so it never changes the run's exit
    code (the run folder is the record that matters, and `auditkit import` can catch the store up)."""
    try:
        from auditkit.store.engine import open_store

        with open_store(store_url) as store:
            result = record_folder(store, folder, source=source)
            where = store.display_url
    except Exception as exc:  # any store failure is a warning, see above
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return AfterRun(folder=folder, error=reason)
    return AfterRun(folder=folder, run_id=result.run_id, store=where)
