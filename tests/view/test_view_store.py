"""`auditkit view --store URL`: the runs a run store recorded, and those whose folders are gone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def test_runs_from_the_store(known_run, tmp_path):
    pytest.importorskip("sqlalchemy")
    from starlette.testclient import TestClient

    from auditkit.store.engine import open_store
    from auditkit.store.record import record_run
    from auditkit.view.app import create_app
    from auditkit.view.catalog import Catalog

    gone = Path(shutil.copytree(known_run, tmp_path / "gone"))
    for name in ("manifest.json", "report.json"):
        (gone / name).write_text((gone / name).read_text().replace('"run_id": "', '"run_id": "gone'),
                                 encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with open_store(url) as store:
        record_run(store, known_run)
        record_run(store, gone)
    shutil.rmtree(gone)
    catalog = Catalog(store=True, store_url=url)
    assert [e.folder for e in catalog.runs()] == [known_run.resolve()]
    assert [m.run_id[:4] for m in catalog.missing] == ["gone"]
    with TestClient(create_app(catalog), base_url="http://127.0.0.1:8000") as client:
        page = client.get("/")
    assert page.status_code == 200
    assert "from the run store" in page.text and "folders are gone" in page.text
    assert f'href="/runs/{catalog.runs()[0].key}"' in page.text


def test_a_folder_that_is_no_run_is_an_input_error(tmp_path):
    from auditkit.errors import InputError
    from auditkit.view.catalog import Catalog

    with pytest.raises(InputError):
        Catalog([tmp_path])


def test_two_copies_of_one_run_get_two_keys(known_run, tmp_path):
    from auditkit.view.catalog import Catalog

    copy = Path(shutil.copytree(known_run, tmp_path / "copy"))
    keys = sorted(e.key for e in Catalog([known_run, copy]).runs())
    assert len(set(keys)) == 2 and keys[1] == keys[0] + "-2"
