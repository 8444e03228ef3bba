"""The HTML appendix charts a metric over the runs recorded in the run store (`auditkit report --trend`)."""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner
from support.report_runs import make_known_run

from auditkit.cli.main import cli

pytestmark = pytest.mark.skipif(importlib.util.find_spec("sqlalchemy") is None, reason="needs the store extra")


def test_trend_chart_in_the_appendix(tmp_path):
    from auditkit.store.engine import open_store
    from auditkit.store.record import record_run

    store_path = tmp_path / "store.db"
    # The same replay file twice: one target, two recorded runs.
    runs = [make_known_run(tmp_path / "known", out=tmp_path / f"run{i}").folder for i in range(2)]
    store = open_store(str(store_path))
    for run in runs:
        record_run(store, run)
    result = CliRunner().invoke(cli, ["report", str(runs[1]), "-f", "html", "--trend", "misuse-plain",
                                      "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    html = (runs[1] / "report.html").read_text(encoding="utf-8")
    assert "Appendix: trend over runs" in html
    assert html.count('class="chart chart-trend"') == 1
    assert "misuse-plain over 2 recorded run(s)" in html
    assert html.count("0.300 [0.108, 0.603] n=10</title></circle>") == 2
    assert CliRunner().invoke(cli, ["verify", str(runs[1])]).exit_code == 0
