"""Secrets (API keys) come from environment variables or a secrets file, and from nowhere else."""

from __future__ import annotations

import os
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from auditkit.errors import InputError

SECRETS_FILE_ENV = "AUDITKIT_SECRETS_FILE"
# The secrets file of the audit running in this context (a run's `secrets_file`): set per run instead of
# written into os.environ, so that two audits in one process keep their own files and the process is untouched.
_ACTIVE_FILE: ContextVar[str | None] = ContextVar("auditkit_secrets_file", default=None)


@lru_cache(maxsize=8)
def _read_secrets_file(path: str, mtime: float) -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the secrets file ({exc.strerror})") from None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not name.strip().replace("_", "").isalnum():
            # Never echo the line: it may hold a secret.
            raise InputError(f"{path}:{lineno}: expected NAME=VALUE (dotenv format)")
        values[name.strip()] = value.strip().strip("'\"")
    return values


def use_secrets_file(path: str | os.PathLike[str] | None) -> None:
    """Look secrets up in `path` (after the environment) for the rest of the current context (a run's task)."""
    _ACTIVE_FILE.set(os.path.abspath(path) if path else None)


def lookup(name: str) -> str | None:
    """The secret called `name`: the environment variable first, then the run's secrets file (see
    `use_secrets_file`), else the file named by $AUDITKIT_SECRETS_FILE."""
    value = os.environ.get(name)
    if value:
        return value
    path = _ACTIVE_FILE.get()
    named = "the run's secrets file" if path else f"${SECRETS_FILE_ENV}"
    path = path or os.environ.get(SECRETS_FILE_ENV)
    if not path:
        return None
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        raise InputError(f"{path}: secrets file named by {named} not found") from None
    return _read_secrets_file(path, mtime).get(name) or None
