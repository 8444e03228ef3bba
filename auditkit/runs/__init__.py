"""Runs: the workflows — plan, send and score, judge, re-score, resume, record in the store.

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "RunConfig": "auditkit.runs.config",
    "build_run_config": "auditkit.runs.config",
    "load_config": "auditkit.runs.config",
    "RunOutcome": "auditkit.runs.runner",
    "run_audit": "auditkit.runs.runner",
    "run_audit_async": "auditkit.runs.runner",
    "Executor": "auditkit.runs.executor",
    "judge_run": "auditkit.runs.judging",
    "RescoreOutcome": "auditkit.runs.rescore",
    "rescore_run": "auditkit.runs.rescore",
    "record_after_run": "auditkit.runs.recording",
    "record_folder": "auditkit.runs.recording",
    "resolve_run_dir": "auditkit.runs.refs",
    "RunFolder": "auditkit.runs.folder",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
