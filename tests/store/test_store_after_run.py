"""Recording a finished run: recorded with where, or a warning that says how to catch the store up."""

from __future__ import annotations

from support.store_runs import make_run

from auditkit.store.after_run import record_after_run


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
