"""Fixtures of the view tests: a real run folder made by a replayed audit, and an app over it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.report_runs import make_known_run

HOST = "http://127.0.0.1:8000"


@pytest.fixture(scope="session")
def known_run_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The known replay run (hostile HTML in one answer, a PII leak, jailbreak lift), made once."""
    return make_known_run(tmp_path_factory.mktemp("view-known")).folder


@pytest.fixture
def known_run(known_run_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the known run for one test (reviews write into it)."""
    return Path(shutil.copytree(known_run_template, tmp_path / "run"))


@pytest.fixture
def app(known_run: Path):
    pytest.importorskip("starlette")
    from auditkit.view.app import create_app
    from auditkit.view.catalog import Catalog

    return create_app(Catalog([known_run]), reviewer="tester")


@pytest.fixture
def client(app):
    from starlette.testclient import TestClient

    with TestClient(app, base_url=HOST) as c:
        yield c


@pytest.fixture
def key(app) -> str:
    return app.state.catalog.runs()[0].key


@pytest.fixture
def hostile_id(known_run: Path) -> str:
    """The id of the plain misuse attempt whose answer is hostile HTML (script, onerror, javascript: link)."""
    from support.report_runs import HOSTILE_HTML

    from auditkit.runs.folder import RunFolder

    return next(a.id for a in RunFolder(known_run).attempts() if a.response and a.response.text == HOSTILE_HTML)
