"""Record a run folder in the store: one transaction per run, so a crash never leaves half a run behind.

The run row is keyed by the manifest's run_id; recording the same folder again updates it (a resumed
run finishes later, a folder moves) and adds a judgement only when report.json changed (a re-judge with
`auditkit gate RUN --write`), so both verdicts stay on record and importing twice is harmless.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from auditkit.errors import InputError
from auditkit.records.hashing import sha256_bytes
from auditkit.records.manifest import MANIFEST, RunManifest, read_manifest
from auditkit.report.model import Report
from auditkit.store.engine import Store

REPORT_FILE = "report.json"
TARGET_NAME_KEYS = ("model", "function", "path", "name")
Source = Literal["run", "import"]


@dataclass(frozen=True)
class RecordResult:
    """What recording a run folder did."""

    run_id: str
    run_added: bool
    judgement_added: bool
    verdict: str
    judgements: int


def target_label(target: dict[str, Any]) -> tuple[str, str]:
    """(type, name) of a manifest's target: name is its model, function or path, so `--target` can match it."""
    kind = str(target.get("type") or "unknown")
    for key in TARGET_NAME_KEYS:
        if target.get(key):
            return kind, str(target[key])
    return kind, kind


def read_run(path: Path, report_json: str | None = None) -> tuple[RunManifest, str, Report, str]:
    """Manifest, manifest sha256, report and report sha256 of a run folder.

    `report_json` stands in for a report.json the folder lacks (a run that stopped before judging: whoever
    records it judges and renders it first, as auditkit.runs.recording does); the folder's own file always wins.
    """
    folder = Path(path)
    manifest = read_manifest(folder)
    manifest_sha = sha256_bytes((folder / MANIFEST).read_bytes())
    report_path = folder / REPORT_FILE
    if report_path.is_file():
        data = report_path.read_bytes()
    elif report_json is not None:
        data = report_json.encode()
    else:
        raise InputError(f"{folder}: no {REPORT_FILE}; judge the run first with `auditkit gate {folder} --write`")
    try:
        report = Report.model_validate_json(data)
    except ValueError:
        raise InputError(f"{report_path}: not a valid auditkit report; re-render it with "
                         f"`auditkit report {folder}`") from None
    if report.manifest.run_id != manifest.run_id:
        raise InputError(f"{report_path}: belongs to run {report.manifest.run_id}, not to this folder's run "
                         f"{manifest.run_id}")
    return manifest, manifest_sha, report, sha256_bytes(data)


def _run_values(manifest: RunManifest, manifest_sha: str, folder: Path) -> dict[str, Any]:
    from auditkit.store.tables import utcnow

    kind, name = target_label(manifest.target)
    return dict(
        run_id=manifest.run_id, target_type=kind, target_name=name, target=manifest.target,
        suites=[{"id": s.id, "sha256": s.sha256, "probes": s.probes} for s in manifest.suites],
        policy_id=manifest.policy.id if manifest.policy else None,
        policy_sha256=manifest.policy.sha256 if manifest.policy else None,
        auditkit_version=manifest.auditkit_version, seed=manifest.seed, samples=manifest.samples,
        attempts_planned=manifest.attempts_planned, attempts_done=manifest.attempts_done, errors=manifest.errors,
        complete=manifest.complete, started_at=manifest.started_at, finished_at=manifest.finished_at,
        folder=str(folder), manifest_sha256=manifest_sha, manifest=manifest.model_dump(mode="json"),
        updated_at=utcnow(),
    )


def _judgement(report: Report, report_sha: str, source: Source) -> Any:
    from auditkit.store.tables import FindingRow, Judgement, MetricRow

    judgement = Judgement(
        report_sha256=report_sha, title=report.title, policy_id=report.policy.id if report.policy else None,
        policy_sha256=(report.policy.sha256 or None) if report.policy else None, fail_on=report.fail_on,
        verdict=report.verdict, exit_code=report.exit_code, counts=dict(report.counts), source=source)
    for f in report.findings:
        m = f.metric
        judgement.findings.append(FindingRow(
            rule_id=f.rule_id, description=f.description, severity=f.severity, status=f.status, bound=f.bound,
            message=f.message, metric_name=m.name if m else None, selection=m.selection if m else None,
            value=m.value if m else None, ci_low=m.ci_low if m else None, ci_high=m.ci_high if m else None,
            n=m.n if m else None, evidence=list(f.evidence)))
    for scope, metrics in (("overview", report.overview), ("group", report.groups)):
        for m in metrics:
            judgement.metrics.append(MetricRow(
                scope=scope, name=m.name, selection=m.selection, group=dict(m.group), value=m.value,
                ci_low=m.ci_low, ci_high=m.ci_high, n=m.n, successes=m.successes, method=m.method,
                confidence=m.confidence))
    return judgement


def _insert_if_absent(session: Any, values: dict[str, Any]) -> bool:
    """Insert the run row unless another writer already has; True when this call inserted it."""
    from auditkit.store.tables import Run, utcnow

    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    # ON CONFLICT DO NOTHING: two processes recording the same run at once both succeed.
    statement = (insert(Run).values(**values, recorded_at=utcnow())
                 .on_conflict_do_nothing(index_elements=["run_id"]).returning(Run.id))
    return session.execute(statement).scalar() is not None


def record_run(store: Store, path: Path, *, report_json: str | None = None,
               source: Source = "import") -> RecordResult:
    """Record the run folder at `path`: its run, and a judgement when its report is new to the store.

    `report_json` is the text of the run's report when the folder has no report.json (see read_run).
    """
    from sqlalchemy import select, update

    from auditkit.store.tables import Judgement, Run

    folder = Path(path).resolve()
    manifest, manifest_sha, report, report_sha = read_run(folder, report_json)
    values = _run_values(manifest, manifest_sha, folder)
    with store.session() as session, session.begin():
        added = _insert_if_absent(session, values)
        # Lock the run row so concurrent recordings of one run add its judgements one after the other.
        run = session.execute(select(Run).where(Run.run_id == manifest.run_id).with_for_update()).scalar_one()
        if not added:
            session.execute(update(Run).where(Run.id == run.id).values(
                **{k: v for k, v in values.items() if k != "run_id"}))
        latest = session.execute(select(Judgement.report_sha256).where(Judgement.run_pk == run.id)
                                 .order_by(Judgement.id.desc()).limit(1)).scalar()
        judgement_added = latest != report_sha
        if judgement_added:
            judgement = _judgement(report, report_sha, source)
            judgement.run_pk = run.id
            session.add(judgement)
            session.flush()
        count = len(session.execute(select(Judgement.id).where(Judgement.run_pk == run.id)).all())
    return RecordResult(run_id=manifest.run_id, run_added=added, judgement_added=judgement_added,
                        verdict=report.verdict, judgements=count)
