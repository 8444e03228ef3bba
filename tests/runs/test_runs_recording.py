"""Recording runs in the store: a finished run is recorded with where, or a warning says how to catch the store up;
a folder that stopped before judging is judged in memory first."""

from __future__ import annotations

from support.store_runs import make_run

from auditkit.runs.recording import record_after_run, record_folder
from auditkit.store.engine import open_store


def test_a_finished_run_is_recorded_and_says_where(tmp_path):
    folder = make_run(tmp_path / "r", run_id="0123456789abcdef")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    done = record_after_run(folder, url)
    assert done.recorded and done.run_id == "0123456789abcdef"
    assert done.message() == f"recorded as run 0123456789abcdef in {url}"


def test_a_store_failure_is_returned_as_a_warning_never_raised(tmp_path):
    folder = make_run(tmp_path / "r", run_id="0123456789abcdef")
    done = record_after_run(folder, "bogus://nowhere")
    assert not done.recorded and done.run_id is None
    assert done.message() == ("warning: the run was not recorded in the run store (unsupported store "
                              "bogus://nowhere: use sqlite:///PATH or postgresql+psycopg://...); record it later "
                              f"with `auditkit import {folder}`")


def test_a_folder_without_report_is_judged_in_memory(tmp_path):
    folder = make_run(tmp_path / "r", run_id="eeee000000000001", violations=10)
    (folder / "report.json").unlink()
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        assert record_folder(store, folder).verdict == "fail"
    assert not (folder / "report.json").exists()
