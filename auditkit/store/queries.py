"""Read the store: the run history, one run with every judgement, and a metric's trend across runs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import Field

from auditkit._base import Record
from auditkit.errors import InputError
from auditkit.store.engine import Store

AMBIGUOUS_SHOWN = 5


class RunSummary(Record):
    """One line of `auditkit history`: the run and its latest verdict."""

    run_id: str
    target: str = Field(description="type:name, e.g. openai:llama3.2")
    started_at: datetime
    finished_at: datetime | None
    suites: list[str]
    policy_id: str | None
    verdict: str | None = Field(description="the latest judgement's verdict")
    judgements: int
    attempts_done: int
    attempts_planned: int
    errors: int
    complete: bool
    folder: str
    manifest_sha256: str


class FindingView(Record):
    """A finding as stored: rule, status, and its metric's value, interval and n."""

    rule_id: str
    severity: str
    status: str
    bound: str
    message: str
    metric: str | None
    selection: str | None
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n: int | None


class MetricView(Record):
    """A stored metric with its interval and n."""

    scope: str
    name: str
    selection: str
    group: dict[str, str]
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n: int


class JudgementView(Record):
    """One judgement of a run, with its findings and metrics."""

    recorded_at: datetime
    source: str
    title: str
    policy_id: str | None
    policy_sha256: str | None
    fail_on: str
    verdict: str
    exit_code: int
    counts: dict[str, int]
    report_sha256: str
    findings: list[FindingView]
    metrics: list[MetricView]


class RunDetail(Record):
    """`auditkit show`: a run, its manifest and every judgement it was given, oldest first."""

    summary: RunSummary
    target: dict[str, Any]
    manifest: dict[str, Any]
    judgements: list[JudgementView]


class TrendPoint(Record):
    """A metric's value in one run: what `auditkit trend` prints and the HTML report can chart."""

    run_id: str
    started_at: datetime
    target: str
    metric: str
    selection: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n: int
    verdict: str | None = Field(description="the run's latest verdict")
    status: str | None = Field(default=None, description="for a rule: pass, fail or inconclusive")


def _like(pattern: str) -> str:
    escaped = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped.replace("*", "%")


def target_filter(pattern: str) -> Any:
    """A WHERE clause matching runs whose target is `pattern`: `type:name` or `name`, `*` as a wildcard."""
    from sqlalchemy import or_

    from auditkit.store.tables import Run

    label = Run.target_type + ":" + Run.target_name
    if "*" in pattern:
        like = _like(pattern)
        return or_(Run.target_name.like(like, escape="\\"), label.like(like, escape="\\"))
    return or_(Run.target_name == pattern, label == pattern)


def _latest_judgements() -> Any:
    from sqlalchemy import func, select

    from auditkit.store.tables import Judgement

    return (select(Judgement.run_pk, func.max(Judgement.id).label("judgement_id"),
                   func.count(Judgement.id).label("judgements"))
            .group_by(Judgement.run_pk).subquery())


def _summary(run: Any, verdict: str | None, judgements: int) -> RunSummary:
    return RunSummary(
        run_id=run.run_id, target=f"{run.target_type}:{run.target_name}", started_at=run.started_at,
        finished_at=run.finished_at, suites=[s["id"] for s in run.suites], policy_id=run.policy_id,
        verdict=verdict, judgements=judgements, attempts_done=run.attempts_done,
        attempts_planned=run.attempts_planned, errors=run.errors, complete=run.complete, folder=run.folder,
        manifest_sha256=run.manifest_sha256)


def list_runs(store: Store, *, target: str | None = None, limit: int | None = None) -> list[RunSummary]:
    """Recorded runs, newest first, optionally only those of one target."""
    from sqlalchemy import select

    from auditkit.store.tables import Judgement, Run

    latest = _latest_judgements()
    query = (select(Run, Judgement.verdict, latest.c.judgements)
             .outerjoin(latest, latest.c.run_pk == Run.id)
             .outerjoin(Judgement, Judgement.id == latest.c.judgement_id)
             .order_by(Run.started_at.desc(), Run.id.desc()))
    if target:
        query = query.where(target_filter(target))
    if limit:
        query = query.limit(limit)
    with store.session() as session:
        return [_summary(run, verdict, count or 0) for run, verdict, count in session.execute(query)]


def match_run_ids(store: Store, prefix: str) -> list[str]:
    """Run ids that start with `prefix` (an exact id first)."""
    from sqlalchemy import select

    from auditkit.store.tables import Run

    if not prefix:
        return []
    with store.session() as session:
        exact = session.execute(select(Run.run_id).where(Run.run_id == prefix)).scalar()
        if exact:
            return [exact]
        like = _like(prefix) + "%"
        query = select(Run.run_id).where(Run.run_id.like(like, escape="\\")).order_by(Run.run_id)
        return list(session.execute(query.limit(AMBIGUOUS_SHOWN + 1)).scalars())


def resolve_run_id(store: Store, ref: str) -> str:
    """The one run id that `ref` (an id or a unique prefix) names; InputError when none or several do."""
    found = match_run_ids(store, ref.strip())
    if not found:
        raise InputError(f"no run {ref!r} in the store {store.display_url} (see `auditkit history`)")
    if len(found) > 1:
        shown = ", ".join(found[:AMBIGUOUS_SHOWN]) + (", ..." if len(found) > AMBIGUOUS_SHOWN else "")
        raise InputError(f"run id prefix {ref!r} matches several runs ({shown}); give more characters")
    return found[0]


def _judgement_view(j: Any) -> JudgementView:
    return JudgementView(
        recorded_at=j.recorded_at, source=j.source, title=j.title, policy_id=j.policy_id,
        policy_sha256=j.policy_sha256, fail_on=j.fail_on, verdict=j.verdict, exit_code=j.exit_code,
        counts=j.counts, report_sha256=j.report_sha256,
        findings=[FindingView(rule_id=f.rule_id, severity=f.severity, status=f.status, bound=f.bound,
                              message=f.message, metric=f.metric_name, selection=f.selection, value=f.value,
                              ci_low=f.ci_low, ci_high=f.ci_high, n=f.n) for f in j.findings],
        metrics=[MetricView(scope=m.scope, name=m.name, selection=m.selection, group=m.group, value=m.value,
                            ci_low=m.ci_low, ci_high=m.ci_high, n=m.n) for m in j.metrics])


def get_run(store: Store, ref: str) -> RunDetail:
    """The run that `ref` names (id or unique prefix), with every judgement, oldest first."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from auditkit.store.tables import Judgement, Run

    run_id = resolve_run_id(store, ref)
    with store.session() as session:
        run = session.execute(
            select(Run).where(Run.run_id == run_id).options(
                selectinload(Run.judgements).selectinload(Judgement.findings),
                selectinload(Run.judgements).selectinload(Judgement.metrics))).scalar_one()
        judgements = [_judgement_view(j) for j in run.judgements]
        verdict = judgements[-1].verdict if judgements else None
        return RunDetail(summary=_summary(run, verdict, len(judgements)), target=run.target,
                         manifest=run.manifest, judgements=judgements)


def run_folder(store: Store, ref: str) -> Path:
    """The folder recorded for the run `ref` names; InputError when that folder is gone."""
    from sqlalchemy import select

    from auditkit.store.tables import Run

    run_id = resolve_run_id(store, ref)
    with store.session() as session:
        folder = Path(session.execute(select(Run.folder).where(Run.run_id == run_id)).scalar_one())
    if not (folder / "manifest.json").is_file():
        raise InputError(f"run {run_id} was recorded in {folder}, which no longer holds it "
                         f"(moved or deleted); re-import it from its new place with `auditkit import FOLDER`")
    return folder


def trend_series(store: Store, metric: str, *, target: str | None = None,
                 selection: str | None = None) -> list[TrendPoint]:
    """A metric over runs, oldest first, from each run's latest judgement.

    `metric` is an overview metric name (violation_rate, error_rate, flag_rate:refusal, ...), one point per
    run and selection; or, when no overview metric has that name, a rule id, one point per run.
    """
    from sqlalchemy import select

    from auditkit.store.tables import FindingRow, Judgement, MetricRow, Run

    latest = _latest_judgements()
    label = (Run.target_type + ":" + Run.target_name).label("label")
    base = (select(Run.run_id, Run.started_at, label, Judgement.verdict)
            .join(latest, latest.c.run_pk == Run.id).join(Judgement, Judgement.id == latest.c.judgement_id))
    if target:
        base = base.where(target_filter(target))
    metrics = (base.add_columns(MetricRow.selection, MetricRow.value, MetricRow.ci_low, MetricRow.ci_high,
                                MetricRow.n, MetricRow.name)
               .join(MetricRow, MetricRow.judgement_id == Judgement.id)
               .where(MetricRow.name == metric, MetricRow.scope == "overview"))
    rules = (base.add_columns(FindingRow.selection, FindingRow.value, FindingRow.ci_low, FindingRow.ci_high,
                              FindingRow.n, FindingRow.status)
             .join(FindingRow, FindingRow.judgement_id == Judgement.id)
             .where(FindingRow.rule_id == metric))
    if selection is not None:
        metrics = metrics.where(MetricRow.selection == selection)
        rules = rules.where(FindingRow.selection == selection)
    with store.session() as session:
        rows = session.execute(metrics.order_by(Run.started_at, Run.id)).all()
        is_rule = not rows
        if is_rule:
            rows = session.execute(rules.order_by(Run.started_at, Run.id)).all()
    return [TrendPoint(run_id=r[0], started_at=r[1], target=r[2], verdict=r[3], metric=metric,
                       selection=r[4] or "", value=r[5], ci_low=r[6], ci_high=r[7], n=r[8] or 0,
                       status=r[9] if is_rule else None) for r in rows]


def metric_names(store: Store) -> list[str]:
    """Every overview metric name and rule id in the store, for the message when a trend finds nothing."""
    from sqlalchemy import select

    from auditkit.store.tables import FindingRow, MetricRow

    with store.session() as session:
        names = set(session.execute(select(MetricRow.name).where(MetricRow.scope == "overview")
                                    .distinct()).scalars())
        rules = set(session.execute(select(FindingRow.rule_id).distinct()).scalars())
    return sorted(names) + sorted(rules - names)
