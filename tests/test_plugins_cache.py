"""Plugin look-ups: found once per process, afresh when sys.path or the finder changes."""

from __future__ import annotations

import sys
from importlib.metadata import EntryPoint

from auditkit import plugins


def test_entry_points_are_read_once_until_sys_path_changes(monkeypatch, tmp_path):
    seen = []
    real = plugins.entry_points

    def counting(*, group):
        seen.append(group)
        return real(group=group)

    monkeypatch.setattr(plugins, "entry_points", counting)
    names = plugins.available("detectors")
    assert "refusal" in names
    assert plugins.available("detectors") == names
    assert plugins.load_plugin("detectors", "refusal").__name__ == "RefusalDetector"
    assert seen == ["auditkit.detectors"]
    monkeypatch.setattr(sys, "path", [*sys.path, str(tmp_path)])
    plugins.available("detectors")
    assert seen == ["auditkit.detectors", "auditkit.detectors"]


def test_a_replaced_finder_is_asked_not_the_cache(monkeypatch):
    plugins.available("detectors")  # fill the cache with the real finder's answer
    extra = EntryPoint(name="lengthy", value="auditkit.detectors.refusal:RefusalDetector", group="auditkit.detectors")
    monkeypatch.setattr(plugins, "entry_points", lambda *, group: [extra])
    assert plugins.available("detectors") == ["lengthy"]
