"""Recording run folders, on SQLite and on a real PostgreSQL server: values, re-judging, transactions."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest
from support.store_runs import T0, make_run, misuse_policy

from auditkit.errors import InputError
from auditkit.report.json_report import render_json
from auditkit.runs.folder import RunFolder
from auditkit.runs.judging import judge_run
from auditkit.store import record as record_module
from auditkit.store.engine import open_store
from auditkit.store.queries import get_run, list_runs, trend_series
from auditkit.store.record import record_run


def test_a_recorded_run_keeps_manifest_fields_verdict_metrics_findings_and_folder(store_url, tmp_path):
    folder = make_run(tmp_path / "r", run_id="0123456789abcdef", model="support-bot-1.4", violations=7)
    with open_store(store_url) as store:
        result = record_run(store, folder)
        detail = get_run(store, "01234")
    assert (result.run_added, result.judgement_added, result.verdict) == (True, True, "fail")
    s = detail.summary
    assert s.run_id == "0123456789abcdef" and s.target == "openai:support-bot-1.4"
    assert s.started_at == T0 and s.finished_at == T0 + timedelta(minutes=3)
    assert (s.attempts_done, s.attempts_planned, s.errors, s.complete) == (21, 21, 0, True)
    assert s.suites == ["test-suite"] and s.policy_id == "store-test"
    assert s.folder == str(folder.resolve())
    import hashlib

    assert s.manifest_sha256 == hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest()
    assert detail.manifest["run_id"] == "0123456789abcdef"
    [judgement] = detail.judgements
    assert (judgement.verdict, judgement.exit_code, judgement.fail_on) == ("fail", 1, "high")
    assert judgement.counts["violation"] == 7
    [finding] = judgement.findings
    report = json.loads((folder / "report.json").read_text())
    expected = report["findings"][0]["metric"]
    assert (finding.rule_id, finding.status, finding.n) == ("misuse-refused", "fail", 20)
    assert (finding.value, finding.ci_low, finding.ci_high) == (expected["value"], expected["ci_low"],
                                                                expected["ci_high"])
    misuse = {m.name: m for m in judgement.metrics if m.scope == "overview" and m.selection == "category=misuse"}
    assert misuse["violation_rate"].value == pytest.approx(0.35) and misuse["violation_rate"].n == 20
    assert misuse["flag_rate:refusal"].value == pytest.approx(0.65)
    assert len([m for m in judgement.metrics if m.scope == "overview"]) == len(report["overview"])


def test_recording_twice_changes_nothing_and_a_rejudge_adds_a_second_verdict(store_url, tmp_path):
    folder = make_run(tmp_path / "r", run_id="feedc0de00000001", violations=3)  # 0.15 <= 0.2: pass
    with open_store(store_url) as store:
        assert record_run(store, folder).verdict == "pass"
        again = record_run(store, folder)
        assert (again.run_added, again.judgement_added, again.judgements) == (False, False, 1)
        # auditkit gate RUN --policy strict --write rewrites report.json with another judgement.
        judge_run(folder, policy=misuse_policy(0.1, rule_id="misuse-strict"), fail_on="medium", write=True)
        rejudged = record_run(store, folder)
        detail = get_run(store, "feedc0de00000001")
        [summary] = list_runs(store)
    assert (rejudged.run_added, rejudged.judgement_added, rejudged.judgements) == (False, True, 2)
    assert [j.verdict for j in detail.judgements] == ["pass", "fail"]
    assert [[f.rule_id for f in j.findings] for j in detail.judgements] == [["misuse-refused"], ["misuse-strict"]]
    assert [j.fail_on for j in detail.judgements] == ["high", "medium"]
    assert summary.verdict == "fail" and summary.judgements == 2


def test_a_resumed_or_moved_run_updates_its_row(store_url, tmp_path):
    folder = make_run(tmp_path / "first", run_id="aaaa000000000002")
    run_folder = RunFolder(folder)
    manifest = run_folder.manifest()
    run_folder.write_manifest(manifest.model_copy(update={"complete": False, "attempts_done": 10}))
    with open_store(store_url) as store:
        assert record_run(store, folder).run_added
        assert get_run(store, "aaaa").summary.complete is False
        run_folder.write_manifest(manifest)
        moved = folder.rename(tmp_path / "moved")
        record_run(store, moved)
        [summary] = list_runs(store)
    assert summary.complete is True and summary.attempts_done == 21
    assert summary.folder == str(moved.resolve())


def test_history_filters_by_target_and_trend_follows_releases(store_url, tmp_path):
    rates = {"bot-1.0": 2, "bot-1.1": 4, "other": 9, "bot-1.2": 1}
    with open_store(store_url) as store:
        for week, (model, violations) in enumerate(rates.items()):
            folder = make_run(tmp_path / model, run_id=f"{week:04d}aaaabbbbcccc", model=model, violations=violations,
                              started_at=T0 + timedelta(weeks=week))
            record_run(store, folder)
        assert [r.target for r in list_runs(store, target="bot-*")] == [
            "openai:bot-1.2", "openai:bot-1.1", "openai:bot-1.0"]
        assert [r.run_id[:4] for r in list_runs(store, target="openai:other")] == ["0002"]
        assert len(list_runs(store, target="bot-1.1")) == 1 and list_runs(store, target="bot") == []
        assert len(list_runs(store, limit=2)) == 2
        series = trend_series(store, "violation_rate", target="bot-*", selection="category=misuse")
        rule = trend_series(store, "misuse-refused", target="openai:bot-*")
    assert [p.value for p in series] == [0.1, 0.2, 0.05]
    assert [p.target for p in series] == ["openai:bot-1.0", "openai:bot-1.1", "openai:bot-1.2"]
    assert all(p.n == 20 and p.ci_low < p.value < p.ci_high for p in series)
    assert [p.status for p in rule] == ["pass", "pass", "pass"] and [p.value for p in rule] == [0.1, 0.2, 0.05]


def test_a_failure_inside_the_transaction_records_nothing(store_url, tmp_path, monkeypatch):
    folder = make_run(tmp_path / "r", run_id="bbbb000000000001")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full while writing findings")

    with open_store(store_url) as store:
        monkeypatch.setattr(record_module, "_judgement", broken)
        with pytest.raises(RuntimeError):
            record_run(store, folder)
        assert list_runs(store) == []
        monkeypatch.undo()
        assert record_run(store, folder).run_added


CRASH = textwrap.dedent("""
    import os, sys
    from auditkit.store import record
    from auditkit.store.engine import open_store

    def crash(*args, **kwargs):
        os._exit(9)  # the run row is written, the transaction is open: die like a killed process

    store = open_store(sys.argv[1])
    record._judgement = crash
    record.record_run(store, sys.argv[2])
""")


@pytest.mark.slow
def test_a_process_killed_mid_record_leaves_no_half_run(store_url, tmp_path):
    folder = make_run(tmp_path / "r", run_id="cccc000000000001")
    done = subprocess.run([sys.executable, "-c", CRASH, store_url, str(folder)], capture_output=True, timeout=120)
    assert done.returncode == 9, done.stderr.decode()
    with open_store(store_url) as store:
        assert list_runs(store) == []
        assert record_run(store, folder).run_added
        assert len(list_runs(store)) == 1


def test_a_report_from_another_run_is_refused(store_url, tmp_path):
    a = make_run(tmp_path / "a", run_id="dddd000000000001")
    b = make_run(tmp_path / "b", run_id="dddd000000000002")
    (a / "report.json").write_bytes((b / "report.json").read_bytes())
    with open_store(store_url) as store, pytest.raises(InputError, match="belongs to run dddd000000000002"):
        record_run(store, a)


def test_the_store_records_a_report_it_is_given_but_never_judges(tmp_path):
    folder = make_run(tmp_path / "r", run_id="eeee000000000001", violations=10)
    report = judge_run(folder)
    (folder / "report.json").unlink()
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        with pytest.raises(InputError, match=r"no report\.json; judge the run first with `auditkit gate"):
            record_run(store, folder)
        assert list_runs(store) == []
        assert record_run(store, folder, report_json=render_json(report)).verdict == "fail"
    assert not (folder / "report.json").exists()
