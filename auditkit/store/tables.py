"""The store's schema as SQLAlchemy 2 models: runs, their judgements, and each judgement's findings and metrics.

A run is what its manifest pins (target, suites, policy, counts, folder); a judgement is one reading of
its report (policy, verdict). Re-judging a run (`auditkit gate RUN --write`) and recording it again adds
a judgement, so every verdict a run was given stays on record. The migrations in `migrations/versions`
build exactly this schema; a test compares the two.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Named constraints keep migrations reproducible on every backend (SQLite batch mode needs the names).
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and read back timezone-aware on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with the naming convention."""

    metadata = MetaData(naming_convention=NAMING)


class Run(Base):
    """One audit run, from its manifest, and where its folder was when last recorded."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[str] = mapped_column(String(64), unique=True)
    target_type: Mapped[str] = mapped_column(String(64))
    target_name: Mapped[str] = mapped_column(String(512))
    target: Mapped[dict] = mapped_column(JSON)
    suites: Mapped[list] = mapped_column(JSON)
    policy_id: Mapped[str | None] = mapped_column(String(256))
    policy_sha256: Mapped[str | None] = mapped_column(String(64))
    auditkit_version: Mapped[str] = mapped_column(String(64))
    seed: Mapped[int] = mapped_column(Integer)
    samples: Mapped[int] = mapped_column(Integer)
    attempts_planned: Mapped[int] = mapped_column(Integer)
    attempts_done: Mapped[int] = mapped_column(Integer)
    errors: Mapped[int] = mapped_column(Integer)
    complete: Mapped[bool] = mapped_column(Boolean)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    folder: Mapped[str] = mapped_column(Text)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    manifest: Mapped[dict] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    judgements: Mapped[list[Judgement]] = relationship(back_populates="run", order_by="Judgement.id",
                                                       cascade="all, delete-orphan")

    __table_args__ = (Index(None, "target_name", "started_at"),)


class Judgement(Base):
    """One judged report of a run: the policy and threshold it was judged with, and the verdict."""

    __tablename__ = "judgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_pk: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    report_sha256: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    policy_id: Mapped[str | None] = mapped_column(String(256))
    policy_sha256: Mapped[str | None] = mapped_column(String(64))
    fail_on: Mapped[str] = mapped_column(String(16))
    verdict: Mapped[str] = mapped_column(String(8))
    exit_code: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict] = mapped_column(JSON)
    # Added by revision 0002: how the judgement reached the store (`run` or `import`).
    source: Mapped[str] = mapped_column(String(16), server_default="import")

    run: Mapped[Run] = relationship(back_populates="judgements")
    findings: Mapped[list[FindingRow]] = relationship(order_by="FindingRow.id", cascade="all, delete-orphan")
    metrics: Mapped[list[MetricRow]] = relationship(order_by="MetricRow.id", cascade="all, delete-orphan")


class FindingRow(Base):
    """One rule's outcome in a judgement, with its metric's value, interval and n."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    judgement_id: Mapped[int] = mapped_column(ForeignKey("judgements.id", ondelete="CASCADE"), index=True)
    rule_id: Mapped[str] = mapped_column(String(256))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    bound: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    metric_name: Mapped[str | None] = mapped_column(String(256))
    selection: Mapped[str | None] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    ci_low: Mapped[float | None] = mapped_column(Float)
    ci_high: Mapped[float | None] = mapped_column(Float)
    n: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[list] = mapped_column(JSON)


class MetricRow(Base):
    """One metric of a judged report: `overview` (per category) or `group` (per demographic group)."""

    __tablename__ = "metrics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    judgement_id: Mapped[int] = mapped_column(ForeignKey("judgements.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(256))
    selection: Mapped[str] = mapped_column(Text)
    group: Mapped[dict] = mapped_column("group_values", JSON)
    value: Mapped[float | None] = mapped_column(Float)
    ci_low: Mapped[float | None] = mapped_column(Float)
    ci_high: Mapped[float | None] = mapped_column(Float)
    n: Mapped[int] = mapped_column(Integer)
    successes: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)

    # Added by revision 0002: trends look metrics up by name.
    __table_args__ = (Index(None, "name", "scope"),)
