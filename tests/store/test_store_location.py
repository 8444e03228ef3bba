"""Which store a command uses: --store, AUDITKIT_STORE, the project's .auditkit/, the user data dir."""

from __future__ import annotations

import pytest

from auditkit.store.location import default_store_path, normalize_url, resolve_store_url, user_data_dir


@pytest.fixture
def no_store_env(monkeypatch):
    monkeypatch.delenv("AUDITKIT_STORE", raising=False)


def test_explicit_url_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv("AUDITKIT_STORE", "sqlite:////env/store.db")
    assert resolve_store_url("sqlite:////flag/store.db") == "sqlite:////flag/store.db"
    assert resolve_store_url(None) == "sqlite:////env/store.db"
    assert resolve_store_url("  ") == "sqlite:////env/store.db"


def test_postgres_urls_use_psycopg_3_and_plain_paths_mean_sqlite(tmp_path):
    assert normalize_url("postgresql://ci@db:5432/audits") == "postgresql+psycopg://ci@db:5432/audits"
    assert normalize_url("postgres://ci@db/audits") == "postgresql+psycopg://ci@db/audits"
    assert normalize_url("postgresql+psycopg://ci@db/a") == "postgresql+psycopg://ci@db/a"
    assert normalize_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"


def test_project_folder_in_a_parent_is_preferred_to_the_data_dir(tmp_path, monkeypatch, no_store_env):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    project = tmp_path / "repo"
    deep = project / "src" / "pkg"
    deep.mkdir(parents=True)
    assert default_store_path(deep) == tmp_path / "xdg" / "auditkit" / "store.db"
    (project / ".auditkit").mkdir()
    assert default_store_path(deep) == project / ".auditkit" / "store.db"
    monkeypatch.chdir(deep)
    assert resolve_store_url() == f"sqlite:///{project / '.auditkit' / 'store.db'}"


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="XDG applies on Linux")
def test_xdg_data_home_is_honoured_and_a_relative_one_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_data_dir() == tmp_path / "auditkit"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_data_dir() == tmp_path / "home" / ".local" / "share" / "auditkit"
