"""Re-score a saved run with new or updated detectors, without touching the model, then re-judge it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from auditkit.atomic import write_atomic
from auditkit.detectors.registry import DetectorSet
from auditkit.errors import InputError
from auditkit.policy.model import Policy, Severity
from auditkit.records.attempts import Attempt
from auditkit.records.expectations import verdict
from auditkit.records.hashing import sha256_file
from auditkit.records.manifest import RunManifest
from auditkit.records.probes import DetectorSpec, Probe
from auditkit.report.model import Report
from auditkit.runs.folder import RunFolder
from auditkit.runs.judging import judge_run
from auditkit.suites.defaults import default_detectors
from auditkit.suites.load import load_suite_file

BATCH = 64


@dataclass
class RescoreOutcome:
    """What a re-scoring changed: attempts scored, verdicts that changed, the new report."""

    scored: int
    changed: int
    report: Report
    notes: list[str] = field(default_factory=list)


def _suite_probes(manifest: RunManifest, notes: list[str]) -> dict[str, Probe]:
    """Probes of the run's suites, when their files are still there unchanged (detectors and canaries)."""
    probes: dict[str, Probe] = {}
    for ref in manifest.suites:
        path = Path(ref.path)
        if not path.is_file() or sha256_file(path) != ref.sha256:
            notes.append(f"suite {ref.id}: {ref.path} is missing or changed since the run; its probes were "
                         "rebuilt from the attempt log with the default detectors of their category, no canaries")
            continue
        try:
            suite = load_suite_file(path, builtin=ref.builtin)
        except InputError as exc:
            notes.append(f"suite {ref.id}: could not be reloaded ({exc}); default detectors used")
            continue
        probes.update({p.id: p for p in suite.probes})
    return probes


def _probe_from_attempt(attempt: Attempt) -> Probe:
    return Probe(id=attempt.probe_id, suite=attempt.suite, template=attempt.template, category=attempt.category,
                 expected=attempt.expected, messages=attempt.messages, images=attempt.images,
                 audio=attempt.audio, video=attempt.video,
                 variables=attempt.variables, tags=attempt.tags, detectors=default_detectors(attempt.category))


def rescore_run(path: Path, *, detectors: list[DetectorSpec] | None = None,
                policy: str | Path | Policy | None = None, fail_on: Severity | None = None) -> RescoreOutcome:
    """Score every answered attempt again, rewrite the attempt log and manifest atomically, re-judge, report.

    `detectors` replaces every probe's detectors; without it each probe keeps its own (from its suite file
    when unchanged, else the defaults of its category).
    """
    folder = RunFolder(path)
    manifest = folder.manifest()
    attempts = folder.attempts()
    notes: list[str] = []
    known = _suite_probes(manifest, notes)
    probes: dict[str, Probe] = {}
    for a in attempts:
        probe = known.get(a.probe_id) or _probe_from_attempt(a)
        probes[a.probe_id] = probe.model_copy(update={"detectors": detectors}) if detectors else probe
    answered = [a for a in attempts if a.response is not None and a.error is None]
    detector_set = DetectorSet(probes[a.probe_id] for a in answered)
    changed = 0
    for start in range(0, len(answered), BATCH):
        chunk = answered[start:start + BATCH]
        before = [a.verdict for a in chunk]
        detector_set.score_attempts(chunk, probes)
        for attempt, was in zip(chunk, before, strict=True):
            attempt.verdict = verdict(attempt)
            changed += attempt.verdict != was
    # One atomic replace per file: a crash leaves the old log or the new one, never a mix.
    write_atomic(folder.attempts_path, "".join(a.model_dump_json() + "\n" for a in attempts))
    folder.write_manifest(manifest.model_copy(update={"detectors": detector_set.refs()}))
    report = judge_run(folder.path, policy=policy, fail_on=fail_on, write=True)
    return RescoreOutcome(scored=len(answered), changed=changed, report=report, notes=notes)
