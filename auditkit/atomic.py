"""Atomic file writes: readers see the old content or the new, never half of it.

Every file written here is readable by its owner only (0600): run folders hold raw model answers, which
may carry personal data, and the run store holds the same runs' results.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TextIO

PRIVATE_FILE_MODE = 0o600


def open_private_append(path: Path) -> TextIO:
    """Open a UTF-8 text file for appending, creating it readable and writable by its owner only."""
    # os.open applies the mode when it creates the file; open() would create it 0644 (under the usual umask).
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
    return os.fdopen(fd, "a", encoding="utf-8")


def create_private(path: Path) -> bool:
    """Create an empty file readable by its owner only, unless it exists; True when it was created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never half of it."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write bytes to a file so that readers see the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file 0600, and os.replace keeps that mode: the written file is private.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
