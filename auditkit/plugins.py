"""Find plugins (targets, detectors) through Python entry points, built-ins included."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from auditkit.errors import InputError

GROUPS = {"targets": "auditkit.targets", "detectors": "auditkit.detectors", "transforms": "auditkit.transforms",
          "attacks": "auditkit.attacks"}


def available(kind: str) -> list[str]:
    """Names registered for a plugin kind ('targets' or 'detectors')."""
    return sorted({ep.name for ep in entry_points(group=GROUPS[kind])})


def load_plugin(kind: str, name: str) -> Any:
    """Import and return the object registered under `name` for a plugin kind."""
    matches = [ep for ep in entry_points(group=GROUPS[kind]) if ep.name == name]
    if not matches:
        names = ", ".join(available(kind)) or "none (is auditkit installed? try `pip install -e .`)"
        raise InputError(f"unknown {kind[:-1]} {name!r}; available: {names}")
    return matches[0].load()
