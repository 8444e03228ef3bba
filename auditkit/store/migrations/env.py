"""Alembic environment for the run store: migrates the connection auditkit hands over, or a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from auditkit.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    # render_as_batch lets ALTERs work on SQLite, which rebuilds the table to change it.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate the connection in config.attributes (auditkit's way), else one opened from sqlalchemy.url."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("auditkit's store migrations run online only (auditkit opens the store itself)")
run_migrations_online()
