"""Build detectors from probe specs once per distinct parameter set, and score attempts with them."""

from __future__ import annotations

import json
from collections.abc import Iterable

from auditkit.attempts import Score
from auditkit.detectors.base import Detector, ScoringInput
from auditkit.errors import InputError
from auditkit.plugins import load_plugin
from auditkit.runs.manifest import DetectorRef
from auditkit.suites.model import DetectorSpec, Probe


def _key(spec: DetectorSpec) -> str:
    return spec.name + json.dumps(spec.params, sort_keys=True, default=str)


class DetectorSet:
    """The detectors a run uses, built up front so a bad option fails before anything is sent."""

    def __init__(self, probes: Iterable[Probe]):
        self._built: dict[str, tuple[DetectorSpec, Detector]] = {}
        for probe in probes:
            for spec in probe.detectors:
                key = _key(spec)
                if key not in self._built:
                    self._built[key] = (spec, self._build(spec, probe))

    @staticmethod
    def _build(spec: DetectorSpec, probe: Probe) -> Detector:
        factory = load_plugin("detectors", spec.name)
        try:
            return factory(**spec.params)
        except (TypeError, ValueError) as exc:
            raise InputError(f"suite {probe.suite!r}, probe {probe.template!r}: detector {spec.name!r}: {exc}") \
                from None

    def refs(self) -> list[DetectorRef]:
        """Name, version and options of every detector, for the manifest."""
        return [DetectorRef(name=d.name, version=getattr(d, "version", "unknown"), params=spec.params)
                for spec, d in self._built.values()]

    def score(self, probe: Probe, text: str) -> list[Score]:
        """Every score the probe's detectors give one response."""
        item = ScoringInput(probe=probe, text=text)
        scores: list[Score] = []
        for spec in probe.detectors:
            scores.extend(self._built[_key(spec)][1].score([item])[0])
        return scores
