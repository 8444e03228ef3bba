"""The one number formatter: three decimals everywhere, a sign where asked, a dash (or what is asked) for none."""

from __future__ import annotations

from auditkit.metrics.model import Metric
from auditkit.report.formatting import excerpt, interval, metric_ci, metric_n, metric_value, num, plain, pvalue


def test_numbers_have_three_decimals_a_sign_where_asked_and_a_dash_for_none():
    assert (num(0.12345), num(0.0), num(None), num(None, missing="n/a")) == ("0.123", "0.000", "—", "n/a")
    assert (num(0.05, signed=True), num(-0.05, signed=True)) == ("+0.050", "-0.050")
    assert interval(0.1, 0.25) == "[0.100, 0.250]" and interval(None, 0.2) == "—"
    assert interval(-0.1, 0.2, signed=True) == "[-0.100, +0.200]"


def test_p_values_below_a_thousandth_are_written_as_such():
    assert (pvalue(0.0004), pvalue(0.0004, spaced=False), pvalue(0.5), pvalue(None)) == (
        "< 0.001", "<0.001", "0.500", "—")


def test_metric_helpers_and_texts():
    m = Metric(name="violation_rate", selection="all", value=0.2, ci_low=0.1, ci_high=0.3, n=40, method="wilson")
    assert (metric_value(m), metric_ci(m), metric_n(m)) == ("0.200", "[0.100, 0.300]", "40")
    assert (metric_value(None), metric_ci(None), metric_n(None)) == ("—", "—", "—")
    assert excerpt("abcdef", 3) == "abc…" and excerpt("abc", 3) == "abc"
    assert plain("x") == "x" and plain({"b": 1, "a": [2]}) == '{"a": [2], "b": 1}'
