"""Where the run store lives: --store, AUDITKIT_STORE, the project's .auditkit/ folder, or the user data dir."""

from __future__ import annotations

import os
import sys
from pathlib import Path

STORE_ENV = "AUDITKIT_STORE"
PROJECT_DIR = ".auditkit"
STORE_FILE = "store.db"


def user_data_dir() -> Path:
    """The per-user data folder for auditkit (XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        # XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = xdg if os.path.isabs(xdg) else str(Path.home() / ".local" / "share")
    return Path(base) / "auditkit"


def project_dir(start: Path | None = None) -> Path | None:
    """The nearest `.auditkit/` folder in `start` (default: the current directory) or one of its parents."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / PROJECT_DIR
        if candidate.is_dir():
            return candidate
    return None


def default_store_path(start: Path | None = None) -> Path:
    """The SQLite file used when no URL is given: the project's `.auditkit/store.db`, else the user data dir's."""
    project = project_dir(start)
    return (project if project is not None else user_data_dir()) / STORE_FILE


def normalize_url(value: str) -> str:
    """A SQLAlchemy URL from what a user typed: a plain path means SQLite; postgres URLs use psycopg 3."""
    value = value.strip()
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    scheme, rest = value.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        # psycopg (3) is what the `store` extra installs; SQLAlchemy's bare postgresql:// means psycopg2.
        return f"postgresql+psycopg://{rest}"
    return value


def resolve_store_url(explicit: str | None = None, *, start: Path | None = None) -> str:
    """The store URL to use: `explicit` (--store), else AUDITKIT_STORE, else the default SQLite file."""
    for value in (explicit, os.environ.get(STORE_ENV)):
        if value and value.strip():
            return normalize_url(value)
    return normalize_url(str(default_store_path(start)))
