"""Find plugins (targets, detectors) through Python entry points, built-ins included."""

from __future__ import annotations

import sys
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from auditkit.errors import InputError

GROUPS = {"targets": "auditkit.targets", "detectors": "auditkit.detectors", "transforms": "auditkit.transforms",
          "attacks": "auditkit.attacks"}


# Entry points found in this process. Reading them scans every installed distribution (~20 ms), and a run asks
# about ten times before its first request. The key holds the finder and sys.path, so a path added since (or a
# finder replaced in a test) is looked up afresh.
_FOUND: dict[tuple[Any, tuple[str, ...], str], tuple[EntryPoint, ...]] = {}


def _registered(group: str) -> tuple[EntryPoint, ...]:
    key = (entry_points, tuple(sys.path), group)
    if key not in _FOUND:
        _FOUND[key] = tuple(entry_points(group=group))
    return _FOUND[key]


def available(kind: str) -> list[str]:
    """Names registered for a plugin kind ('targets' or 'detectors')."""
    return sorted({ep.name for ep in _registered(GROUPS[kind])})


def load_plugin(kind: str, name: str) -> Any:
    """Import and return the object registered under `name` for a plugin kind."""
    matches = [ep for ep in _registered(GROUPS[kind]) if ep.name == name]
    if not matches:
        names = ", ".join(available(kind)) or "none (is auditkit installed? try `pip install -e .`)"
        raise InputError(f"unknown {kind[:-1]} {name!r}; available: {names}")
    return matches[0].load()
