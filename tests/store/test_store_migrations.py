"""Alembic migrations: they build exactly the models' schema, and they upgrade an old database with its data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text

from auditkit.errors import InputError
from auditkit.store import migrate
from auditkit.store.engine import create_store_engine, open_store
from auditkit.store.queries import get_run, list_runs, trend_series
from auditkit.store.record import record_run


def test_head_constant_matches_the_shipped_revisions():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.HEAD]
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(migrate.REVISIONS)


def test_migrations_build_exactly_the_models(store_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from auditkit.store.tables import Base

    with open_store(store_url) as store, store.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert migrate.current_revision(connection) == migrate.HEAD
    assert diffs == []


def _old_database(url: str) -> None:
    """A store left at revision 0001 by an older auditkit, holding one judged run."""
    engine = create_store_engine(url)
    try:
        migrate.upgrade(engine, "0001")
        when = datetime(2024, 11, 4, 8, 30, tzinfo=UTC)
        with engine.begin() as c:
            c.execute(text(
                "INSERT INTO runs (run_id, target_type, target_name, target, suites, policy_id, policy_sha256, "
                "auditkit_version, seed, samples, attempts_planned, attempts_done, errors, complete, started_at, "
                "finished_at, folder, manifest_sha256, manifest, recorded_at, updated_at) VALUES "
                "('0ld0000000000001', 'openai', 'bot-0.9', '{\"type\": \"openai\", \"model\": \"bot-0.9\"}', "
                "'[{\"id\": \"starter\"}]', 'default', NULL, '0.0.9', 0, 1, 40, 40, 0, :yes, :when, :when, "
                "'/gone/run', :sha, '{}', :when, :when)"),
                {"yes": True, "when": when, "sha": "a" * 64})
            c.execute(text(
                "INSERT INTO judgements (run_pk, recorded_at, report_sha256, title, policy_id, policy_sha256, fail_on, "
                "verdict, exit_code, counts) SELECT id, :when, :sha, 'old audit', 'default', NULL, 'high', 'pass', 0, "
                "'{\"pass\": 40}' FROM runs"), {"when": when, "sha": "b" * 64})
            c.execute(text(
                "INSERT INTO metrics (judgement_id, scope, name, selection, group_values, value, ci_low, ci_high, n, "
                "successes, method, confidence) SELECT id, 'overview', 'violation_rate', 'category=misuse', '{}', "
                "0.025, 0.004, 0.129, 40, 1, 'wilson', 0.95 FROM judgements"))
    finally:
        engine.dispose()


def test_an_old_database_is_upgraded_and_keeps_its_runs(store_url, tmp_path):
    from support.store_runs import make_run

    _old_database(store_url)
    with open_store(store_url) as store:
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.HEAD
            columns = {c["name"] for c in inspect(connection).get_columns("judgements")}
            indexes = {i["name"] for i in inspect(connection).get_indexes("metrics")}
        assert "source" in columns and "ix_metrics_name_scope" in indexes
        old = get_run(store, "0ld")
        assert old.summary.target == "openai:bot-0.9" and old.summary.verdict == "pass"
        assert old.judgements[0].source == "import"  # the default the migration gave existing rows
        record_run(store, make_run(tmp_path / "new", run_id="0ld1000000000002", model="bot-0.9", violations=4),
                   source="run")
        assert [r.run_id for r in list_runs(store, target="bot-0.9")] == ["0ld1000000000002", "0ld0000000000001"]
        assert [p.value for p in trend_series(store, "violation_rate", selection="category=misuse")] == [0.025, 0.2]
        assert get_run(store, "0ld1").judgements[0].source == "run"


def test_a_store_from_a_newer_auditkit_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(url).close()
    engine = create_store_engine(url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(InputError, match="revision '9999', newer than this auditkit"):
        open_store(url)
