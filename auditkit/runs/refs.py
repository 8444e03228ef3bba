"""Run references: where commands that take a saved run (diff, regression baselines) find its folder.

A reference is a run folder, or a run id (or a unique prefix of one) recorded in the run store, which
resolves to the folder the run was recorded from.
"""

from __future__ import annotations

import re
from pathlib import Path

from auditkit.errors import InputError, MissingExtraError
from auditkit.runs.folder import RunFolder

_RUN_ID = re.compile(r"[A-Za-z0-9_-]{4,64}")


def _sqlite_file_missing(url: str) -> Path | None:
    """The SQLite file of `url` when it does not exist yet (so looking up a run must not create it)."""
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///").split("?", 1)[0])
    return None if path.exists() else path


def resolve_run_dir(ref: str | Path, *, store: str | None = None) -> Path:
    """The run folder `ref` names: a folder holding a run, else a store run id or unique id prefix.

    `store` is a store URL (default: AUDITKIT_STORE, then the default SQLite store). InputError when
    `ref` is neither, names several runs, or names a run whose recorded folder is gone.
    """
    path = Path(ref)
    folder = RunFolder(path)
    text = str(ref).strip()
    if folder.exists() or path.exists() or not _RUN_ID.fullmatch(text):
        folder.require()
        return path
    from auditkit.store.location import resolve_store_url

    url = resolve_store_url(store)
    missing = _sqlite_file_missing(url)
    if missing is not None:
        raise InputError(f"{text}: not a run folder, and no run store exists at {missing} to look it up as a "
                         "run id")
    try:
        from auditkit.store.engine import open_store
        from auditkit.store.queries import run_folder

        with open_store(url) as opened:
            return run_folder(opened, text)
    except MissingExtraError as exc:
        raise InputError(f"{text}: not a run folder; to use it as a run id from the store: {exc}") from None
    except InputError as exc:
        raise InputError(f"{text}: not a run folder, and {exc}") from None
