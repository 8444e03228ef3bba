"""The throwaway PostgreSQL cluster: loopback only, removed afterwards, skipped only off CI."""

from __future__ import annotations

import socket

import pytest
from support import postgres


def test_missing_server_binaries_skip_on_a_developer_machine_and_fail_in_ci(monkeypatch):
    monkeypatch.setattr(postgres, "find_bindir", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"):
        postgres.require_bindir()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        postgres.require_bindir()


@pytest.mark.slow
def test_the_cluster_listens_on_loopback_only_and_is_deleted_afterwards():
    import psycopg

    with postgres.postgres_cluster() as cluster:
        root, port = cluster.root, cluster.port
        with psycopg.connect(f"host=127.0.0.1 port={port} user={postgres.DB_USER} dbname=postgres") as conn:
            assert conn.execute("SHOW listen_addresses").fetchone()[0] == "127.0.0.1"
        assert root.is_dir()
    assert not root.exists()
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0
