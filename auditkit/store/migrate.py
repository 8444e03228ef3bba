"""Bring a store's schema to the current revision with the Alembic migrations shipped in the package.

Several processes may open a fresh store at once (parallel CI jobs); one of them migrates while the
others wait on a lock (PostgreSQL: an advisory lock; SQLite: the write lock of BEGIN IMMEDIATE), then
find the schema current. A store already at HEAD costs one query and no Alembic import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditkit.errors import InputError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD = "0002"
"""The newest revision in migrations/versions (a test checks they agree)."""
REVISIONS = ("0001", "0002")
_PG_LOCK_KEY = 0x61756469  # any constant shared by every auditkit process: "audi"


def current_revision(connection: Any) -> str | None:
    """The revision a database is at, or None when it has no auditkit schema yet."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(connection: Any | None = None, url: str | None = None) -> Any:
    """An Alembic Config for the packaged migrations, bound to an open connection or a URL."""
    from alembic.config import Config

    config = Config()
    # configparser treats % as interpolation; a path may contain one.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def _check_known(revision: str | None, where: str) -> None:
    if revision is not None and revision not in REVISIONS:
        raise InputError(f"the run store {where} has schema revision {revision!r}, newer than this auditkit "
                         f"knows (up to {HEAD}); upgrade auditkit to use it")


def upgrade_connection(connection: Any, target: str = HEAD) -> None:
    """Run the migrations up to `target` on a connection that is inside a transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def upgrade(engine: Any, target: str = HEAD) -> None:
    """Migrate the store behind `engine` to `target` (default: HEAD), safely against concurrent openers."""
    from sqlalchemy import text

    where = engine.url.render_as_string(hide_password=True)
    if target == HEAD:
        with engine.connect() as connection:
            revision = current_revision(connection)
        _check_known(revision, where)
        if revision == HEAD:
            return
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Held until commit: a second process waits here, then sees the migrated schema.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        revision = current_revision(connection)
        _check_known(revision, where)
        if revision != target:
            upgrade_connection(connection, target)
