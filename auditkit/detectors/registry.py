"""Build detectors from probe specs once per distinct parameter set, and score attempts with them in batches."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from auditkit.attempts import Score
from auditkit.detectors.base import Detector, ScoringInput
from auditkit.detectors.card import DetectorCard
from auditkit.errors import InputError
from auditkit.plugins import load_plugin
from auditkit.runs.manifest import DetectorRef
from auditkit.suites.model import DetectorSpec, Probe


def _key(spec: DetectorSpec) -> str:
    return spec.name + json.dumps(spec.params, sort_keys=True, default=str)


def build_detector(spec: DetectorSpec, where: str = "") -> Detector:
    """One detector from its spec; a bad option is an InputError naming where it came from."""
    factory = load_plugin("detectors", spec.name)
    try:
        return factory(**spec.params)
    except (TypeError, ValueError) as exc:
        prefix = f"{where}: " if where else ""
        raise InputError(f"{prefix}detector {spec.name!r}: {exc}") from None


def check_specs(probes: Iterable[Probe]) -> None:
    """Refuse unknown detectors and unknown options cheaply, before any model loads or request is sent."""
    import inspect

    seen: set[str] = set()
    for probe in probes:
        for spec in probe.detectors:
            key = _key(spec)
            if key in seen:
                continue
            seen.add(key)
            factory = load_plugin("detectors", spec.name)
            try:
                inspect.signature(factory).bind(**spec.params)
            except TypeError as exc:
                raise InputError(f"suite {probe.suite!r}, probe {probe.template!r}: detector {spec.name!r}: "
                                 f"{exc}") from None
            except ValueError:  # no signature to check (a C type): building it will tell
                continue


def describe(detector: Any) -> dict[str, Any]:
    """A detector's optional describe(): which backend and model ran, and why."""
    describe_fn = getattr(detector, "describe", None)
    info = describe_fn() if callable(describe_fn) else {}
    return info if isinstance(info, dict) else {}


class DetectorSet:
    """The detectors a run uses, each built once per distinct option set (models load here; the runner builds
    the set in the background and checks the specs first with `check_specs`).

    score_batch may be called from several threads at once: a detector that does not declare
    `thread_safe = True` is entered by one thread at a time (spaCy, tokenizers and plugins are not all safe).
    """

    def __init__(self, probes: Iterable[Probe]):
        self._built: dict[str, tuple[DetectorSpec, Detector]] = {}
        self._locks: dict[str, AbstractContextManager[Any]] = {}
        for probe in probes:
            for spec in probe.detectors:
                key = _key(spec)
                if key not in self._built:
                    where = f"suite {probe.suite!r}, probe {probe.template!r}"
                    detector = build_detector(spec, where)
                    self._built[key] = (spec, detector)
                    self._locks[key] = nullcontext() if getattr(detector, "thread_safe", False) else threading.Lock()

    def refs(self) -> list[DetectorRef]:
        """Name, version, options and the backend that ran, of every detector, for the manifest."""
        refs = []
        for spec, d in self._built.values():
            info = describe(d)
            refs.append(DetectorRef(name=d.name, version=getattr(d, "version", "unknown"), params=spec.params,
                                    backend=info.get("backend"), model=info.get("model"),
                                    details=info.get("details") or {}))
        return refs

    def cards(self) -> list[DetectorCard]:
        """The published accuracy cards of the detectors (and backends) in this set."""
        from auditkit.detectors.cards import cards_for

        found: list[DetectorCard] = []
        for ref in self.refs():
            found += [c for c in cards_for(ref.name, ref.version, ref.backend) if c not in found]
        return found

    def score_batch(self, items: Sequence[tuple[Probe, str]]) -> list[list[Score]]:
        """Every score for each (probe, response) pair; each detector scores all its items in one call."""
        jobs: dict[str, list[int]] = {}
        for i, (probe, _) in enumerate(items):
            for spec in probe.detectors:
                jobs.setdefault(_key(spec), [])
                if not jobs[_key(spec)] or jobs[_key(spec)][-1] != i:
                    jobs[_key(spec)].append(i)
        results: dict[tuple[str, int], list[Score]] = {}
        for key, indices in jobs.items():
            detector = self._built[key][1]
            batch = [ScoringInput(probe=items[i][0], text=items[i][1]) for i in indices]
            with self._locks[key]:
                scored = detector.score(batch)
            if len(scored) != len(batch):
                raise RuntimeError(f"detector {detector.name!r} returned {len(scored)} results for {len(batch)}")
            for i, scores in zip(indices, scored, strict=True):
                results[(key, i)] = scores
        out: list[list[Score]] = []
        for i, (probe, _) in enumerate(items):
            scores: list[Score] = []
            for spec in probe.detectors:
                scores.extend(results[(_key(spec), i)])
            out.append(scores)
        return out

    def score(self, probe: Probe, text: str) -> list[Score]:
        """Every score the probe's detectors give one response."""
        return self.score_batch([(probe, text)])[0]
