"""The attack strategies' entry points, also when the installed metadata predates them (a source checkout that
was not reinstalled): read from this checkout's pyproject.toml."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _attack_entry_points(monkeypatch):
    import auditkit.plugins as plugins

    if {"pair", "tap", "crescendo"} <= set(plugins.available("attacks")):
        return
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["auditkit.attacks"]
    extra = [metadata.EntryPoint(name=n, value=v, group="auditkit.attacks") for n, v in declared.items()]
    real = plugins.entry_points

    def entry_points(*, group: str):
        found = list(real(group=group))
        return found + extra if group == "auditkit.attacks" else found

    monkeypatch.setattr(plugins, "entry_points", entry_points)
