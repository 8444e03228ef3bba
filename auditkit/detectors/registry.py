"""Build detectors from probe specs once per distinct parameter set, and score attempts with them in batches."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from auditkit.detectors.base import Detector, ScoringInput
from auditkit.errors import InputError
from auditkit.plugins import load_plugin
from auditkit.records.attempts import Attempt, DetectorError, Score, valid_unicode
from auditkit.records.cards import DetectorCard
from auditkit.records.manifest import DetectorRef
from auditkit.records.probes import DetectorSpec, Probe
from auditkit.records.provenance import ModelComponent

MAX_TEXT_CHARS = 100_000
"""The window a detector reads of a response unless it declares `max_chars` itself (None: the whole text).

Answers of megabytes happen (a looping model, a hostile endpoint). Statistical detectors read the first
100,000 characters (about 20,000 words, beyond any ordinary answer); the score's note says when a response was
longer. Pattern and canary detectors scan every character (regular expressions are linear in the text)."""
ERROR_CHARS = 200
"""How much of a detector's exception message a DetectorError keeps."""


def window(detector: Any) -> int | None:
    """How many characters of a response `detector` reads (None: all)."""
    return getattr(detector, "max_chars", MAX_TEXT_CHARS)


def detector_error(detector: Any, exc: BaseException) -> DetectorError:
    """The short record of why `detector` could not score one response."""
    message = " ".join(f"{type(exc).__name__}: {exc}".split())
    if len(message) > ERROR_CHARS:
        message = message[:ERROR_CHARS] + "…"
    return DetectorError(detector=str(getattr(detector, "name", type(detector).__name__)), message=message)


def _windowed(scores: list[Score], limit: int | None, length: int) -> list[Score]:
    if limit is None or length <= limit:
        return scores
    note = f"scored the first {limit:,} of {length:,} characters"
    return [s.model_copy(update={"note": f"{s.note}; {note}" if s.note else note}) for s in scores]


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


def _models(ref: DetectorRef) -> list[ModelComponent]:
    """The models behind a detector's backend; a failure to describe them never stops a run."""
    from auditkit.detectors.provenance import detector_models

    try:
        return detector_models(ref)
    except Exception as exc:  # noqa: BLE001 - provenance is a record, not a reason to stop scoring
        return [ModelComponent(name=ref.model or ref.name, role="model", notes=f"not described: "
                               f"{type(exc).__name__}: {exc}")]


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
        # The models behind each backend (licence, source, file hashes) are found once, here, where the models
        # loaded: hashing their files must not hold up the event loop that later asks for the refs.
        self._models = {key: _models(self._ref(key)) for key in self._built}

    def _ref(self, key: str) -> DetectorRef:
        spec, d = self._built[key]
        info = describe(d)
        return DetectorRef(name=d.name, version=getattr(d, "version", "unknown"), params=spec.params,
                           backend=info.get("backend"), model=info.get("model"), details=info.get("details") or {})

    def refs(self) -> list[DetectorRef]:
        """Name, version, options, the backend that ran and the models behind it, of every detector."""
        return [self._ref(key).model_copy(update={"models": self._models.get(key, [])}) for key in self._built]

    def cards(self) -> list[DetectorCard]:
        """The published accuracy cards of the detectors (and backends) in this set."""
        from auditkit.records.cards import cards_for

        found: list[DetectorCard] = []
        for ref in self.refs():
            found += [c for c in cards_for(ref.name, ref.version, ref.backend) if c not in found]
        return found

    def score_batch(self, items: Sequence[tuple[Probe, str]]) -> list[list[Score]]:
        """Every score for each (probe, response) pair; raises if any detector fails on any item."""
        scored = self.score_items(items)
        for _, errors in scored:
            if errors:
                raise RuntimeError(f"detector {errors[0].detector!r} failed: {errors[0].message}")
        return [scores for scores, _ in scored]

    def score_items(self, items: Sequence[tuple[Probe, str]]) -> list[tuple[list[Score], list[DetectorError]]]:
        """(scores, detector errors) for each (probe, response) pair; each detector scores its items in one call.

        A detector that fails on the batch is called again item by item, so one response that breaks it costs
        only that response's scores from that detector (recorded as a DetectorError), never the run.
        """
        jobs: dict[str, list[int]] = {}
        for i, (probe, _) in enumerate(items):
            for spec in probe.detectors:
                indices = jobs.setdefault(_key(spec), [])
                if not indices or indices[-1] != i:
                    indices.append(i)
        results: dict[tuple[str, int], list[Score]] = {}
        failed: dict[tuple[str, int], DetectorError] = {}
        for key, indices in jobs.items():
            detector = self._built[key][1]
            limit = window(detector)
            # Detectors get valid Unicode (a lone surrogate from a log file breaks tokenizers) within their window.
            batch = [ScoringInput(probe=items[i][0], text=valid_unicode(items[i][1][:limit] if limit else items[i][1]))
                     for i in indices]
            try:
                scored = self._call(key, batch)
            except Exception:  # noqa: BLE001 - find the response that broke it; score the others
                scored = None
            for n, i in enumerate(indices):
                try:
                    scores = scored[n] if scored is not None else self._call(key, [batch[n]])[0]
                except Exception as exc:  # noqa: BLE001 - a detector must not end the run
                    failed[(key, i)] = detector_error(detector, exc)
                    continue
                results[(key, i)] = _windowed(scores, limit, len(items[i][1]))
        out: list[tuple[list[Score], list[DetectorError]]] = []
        for i, (probe, _) in enumerate(items):
            scores: list[Score] = []
            errors: list[DetectorError] = []
            for spec in probe.detectors:
                if (_key(spec), i) in failed:
                    if failed[(_key(spec), i)] not in errors:
                        errors.append(failed[(_key(spec), i)])
                else:
                    scores.extend(results.get((_key(spec), i), []))
            out.append((scores, errors))
        return out

    def _call(self, key: str, batch: list[ScoringInput]) -> list[list[Score]]:
        detector = self._built[key][1]
        with self._locks[key]:
            scored = detector.score(batch)
        # A plugin's answer is checked like any other input: one list of Scores per item.
        if not isinstance(scored, list) or len(scored) != len(batch) or not all(
                isinstance(row, list) and all(isinstance(s, Score) for s in row) for row in scored):
            raise RuntimeError(f"detector {detector.name!r} did not return one list of Scores per response")
        return scored

    def score_attempts(self, attempts: Sequence[Attempt], probes: Mapping[str, Probe]) -> None:
        """Score answered attempts in place: their scores and detector errors (the verdict is left to the caller)."""
        answered = [a for a in attempts if a.error is None and a.response is not None]
        # A scripted conversation scored at every turn sends each earlier reply too, marked with its turn.
        items: list[tuple[Attempt, int | None, str]] = []
        for a in answered:
            if probes[a.probe_id].score_turns == "every" and a.replies:
                items += [(a, turn, reply.text) for turn, reply in enumerate(a.replies)]
                items.append((a, len(a.replies), a.response.text))  # type: ignore[union-attr]
            else:
                items.append((a, None, a.response.text))  # type: ignore[union-attr]
        scored = self.score_items([(probes[a.probe_id], text) for a, _, text in items])
        for a in answered:
            a.scores, a.detector_errors = [], []
        for (attempt, turn, _), (scores, errors) in zip(items, scored, strict=True):
            attempt.scores += scores if turn is None else [s.model_copy(update={"turn": turn}) for s in scores]
            attempt.detector_errors += [e for e in errors if e not in attempt.detector_errors]

    def score(self, probe: Probe, text: str) -> list[Score]:
        """Every score the probe's detectors give one response."""
        return self.score_batch([(probe, text)])[0]
