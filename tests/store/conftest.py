"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.postgres import PostgresCluster, postgres_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    """One throwaway PostgreSQL cluster for the whole test session."""
    with postgres_cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The URL of an empty store: a SQLite file, or a fresh database in the session's cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_cluster").create_database("store")
