"""auditkit's folder in the user cache: derived files that can be rebuilt (converted models, exported encoders)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_root() -> Path:
    """auditkit's cache folder: $AUDITKIT_CACHE, else the platform's user cache folder + /auditkit."""
    if os.environ.get("AUDITKIT_CACHE"):
        return Path(os.environ["AUDITKIT_CACHE"]).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "auditkit" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "auditkit"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "auditkit"
