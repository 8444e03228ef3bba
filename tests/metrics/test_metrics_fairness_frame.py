"""Group disparities on a hand-built frame: group means from fairlearn's MetricFrame, and gaps that equal
MetricFrame's own difference() and ratio() for both methods."""

from __future__ import annotations

import builtins

import pytest

from auditkit.errors import MissingExtraError
from auditkit.metrics import fairness
from auditkit.metrics.fairness import badness, group_gaps, group_means, ratio

pytest.importorskip("fairlearn")

# Group a: 1 of 2; group b: 2 of 3; group c: 1 of 3; overall 4 of 8.
VALUES = [1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0]
GROUPS = ["a", "a", "b", "b", "b", "c", "c", "c"]


def by_group() -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for v, g in zip(VALUES, GROUPS, strict=True):
        out.setdefault(g, []).append(v)
    return out


def metric_frame():
    from fairlearn.metrics import MetricFrame

    def mean(y_true, y_pred):
        return float(sum(y_true) / len(y_true))

    return MetricFrame(metrics=mean, y_true=VALUES, y_pred=VALUES, sensitive_features=GROUPS)


def test_group_means_by_hand() -> None:
    means, overall = group_means(VALUES, GROUPS)
    assert means == pytest.approx({"a": 0.5, "b": 2 / 3, "c": 1 / 3})
    assert overall == 0.5


@pytest.mark.parametrize("compare", ["between_groups", "to_overall"])
def test_gaps_equal_fairlearn_difference_and_ratio(compare: str) -> None:
    frame = metric_frame()
    _, _, diffs = group_gaps(by_group(), measure="difference", compare=compare, n_boot=200, seed=0)
    _, _, ratios = group_gaps(by_group(), measure="ratio", compare=compare, n_boot=200, seed=0)
    # fairlearn reports the worst gap; ours lists each one (one between groups, one per group to overall).
    assert max(g.value for g in diffs) == pytest.approx(frame.difference(method=compare))
    assert min(g.value for g in ratios) == pytest.approx(frame.ratio(method=compare))


def test_between_groups_by_hand() -> None:
    means, overall, (gap,) = group_gaps(by_group(), measure="difference", compare="between_groups",
                                        n_boot=500, seed=3)
    assert gap.label == "b vs c" and gap.group == "b" and gap.n == 8
    assert gap.value == pytest.approx(1 / 3)
    assert gap.low <= gap.value <= gap.high
    assert 0.0 < gap.p_value <= 1.0
    # Same seed, same numbers.
    again = group_gaps(by_group(), measure="difference", compare="between_groups", n_boot=500, seed=3)[2][0]
    assert (again.low, again.high, again.p_value) == (gap.low, gap.high, gap.p_value)


def test_to_overall_by_hand() -> None:
    _, overall, gaps = group_gaps(by_group(), measure="difference", compare="to_overall", n_boot=200, seed=0)
    assert [g.label for g in gaps] == ["a vs overall", "b vs overall", "c vs overall"]
    assert [g.value for g in gaps] == pytest.approx([0.0, 1 / 6, 1 / 6])
    assert [g.n for g in gaps] == [2, 3, 3]


def test_permutation_p_values_tell_a_real_gap_from_none() -> None:
    _, _, (apart,) = group_gaps({"x": [1.0] * 10, "y": [0.0] * 10}, measure="difference",
                                compare="between_groups", n_boot=999, seed=0)
    _, _, (same,) = group_gaps({"x": [1.0, 0.0] * 5, "y": [0.0, 1.0] * 5}, measure="difference",
                               compare="between_groups", n_boot=999, seed=0)
    assert apart.p_value < 0.005  # hardly any shuffle separates the groups as completely
    assert same.p_value == 1.0 and same.value == 0.0  # every shuffle gives a gap at least as large as zero
    _, _, (ratio_gap,) = group_gaps({"x": [1.0] * 10, "y": [0.0] * 10}, measure="ratio",
                                    compare="between_groups", n_boot=999, seed=0)
    assert ratio_gap.value == 0.0 and ratio_gap.p_value < 0.005


def test_ratio_edge_cases() -> None:
    assert ratio(0.0, 0.0) == 1.0 and ratio(0.0, 0.5) == 0.0 and ratio(0.4, 0.8) == 0.5
    assert badness(0.3, "difference") == 0.3 and badness(0.8, "ratio") == pytest.approx(0.2)


def test_missing_fairlearn_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_fairlearn(name, *args, **kwargs):
        if name.startswith("fairlearn"):
            raise ImportError("no fairlearn")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_fairlearn)
    with pytest.raises(MissingExtraError, match=r"auditkit\[fairness\]"):
        fairness.group_means(VALUES, GROUPS)
