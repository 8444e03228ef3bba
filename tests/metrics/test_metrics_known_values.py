"""Statistics checked against published or hand-computed values: Wilson, Newcombe, the two-proportion test,
bootstrap with a fixed seed, Holm, Rogan-Gladen, order-statistic quantile intervals and samples needed."""

from __future__ import annotations

from statistics import NormalDist, fmean

import pytest

from auditkit.metrics.bootstrap import bootstrap, bootstrap_p, mean_difference, percentile_interval, resamples
from auditkit.metrics.correction import rogan_gladen, rogan_gladen_interval
from auditkit.metrics.multiple import holm
from auditkit.metrics.samples import rate_samples_needed, scaled_samples_needed
from auditkit.metrics.stats import quantile, quantile_interval, wilson_bounds, wilson_interval
from auditkit.metrics.twosample import newcombe_interval, newcombe_p_value, two_proportion_test


def test_wilson_known_values() -> None:
    # Newcombe (1998), table I: 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605.
    assert wilson_interval(81, 263) == pytest.approx((0.2553, 0.3662), abs=5e-5)
    assert wilson_interval(15, 148) == pytest.approx((0.0624, 0.1605), abs=5e-5)
    assert wilson_interval(0, 10) == (0.0, pytest.approx(0.2775, abs=5e-5))
    assert wilson_bounds(0.5, 40) == pytest.approx(wilson_interval(20, 40))


def test_newcombe_interval_known_value() -> None:
    # Newcombe (1998), method 10, example (a): 56/70 vs 48/80 -> 0.2000, 95% CI 0.0524 to 0.3339.
    diff, low, high = newcombe_interval(56, 70, 48, 80)
    assert diff == pytest.approx(0.2)
    assert (round(low, 4), round(high, 4)) == (0.0524, 0.3339)
    # Swapping the samples mirrors the interval.
    assert newcombe_interval(48, 80, 56, 70)[1:] == pytest.approx((-high, -low))


def test_two_proportion_test_matches_chi_square() -> None:
    # prop.test(c(56, 48), c(70, 80), correct = FALSE): X-squared = 7.0234, p = 0.008045.
    z, p = two_proportion_test(56, 70, 48, 80)
    assert z * z == pytest.approx(7.0234, abs=1e-4)
    assert p == pytest.approx(0.008045, abs=1e-6)
    assert two_proportion_test(0, 10, 0, 20) == (0.0, 1.0)


def test_newcombe_p_value_agrees_with_the_interval() -> None:
    # p < alpha exactly when the (1 - 2 alpha) interval lies above the margin.
    for margin in (0.0, 0.05, 0.1):
        p = newcombe_p_value(56, 70, 48, 80, margin)
        z = NormalDist().inv_cdf(1 - p)
        assert newcombe_interval(56, 70, 48, 80, z)[1] == pytest.approx(margin, abs=1e-9)
    assert newcombe_p_value(56, 70, 48, 80, 0.0) < 0.025 < newcombe_p_value(56, 70, 48, 80, 0.06)
    assert newcombe_p_value(10, 100, 20, 100, 0.0) > 0.5  # the candidate is better: no evidence it is worse


def test_bootstrap_is_fixed_by_its_seed() -> None:
    values = [0.1, 0.4, 0.35, 0.8, 0.9, 0.05, 0.6, 0.55, 0.2, 0.7]
    reps = bootstrap([values], lambda s: fmean(s[0]), n_boot=2000, seed=0)
    assert len(reps) == 2000
    assert percentile_interval(reps) == pytest.approx((0.285, 0.63))
    assert bootstrap([values], lambda s: fmean(s[0]), n_boot=2000, seed=0) == reps
    assert bootstrap([values], lambda s: fmean(s[0]), n_boot=2000, seed=1) != reps
    assert next(iter(resamples([[1, 2, 3, 4]], n_boot=1, seed=0))) == [[4, 4, 2, 2]]


def test_bootstrap_mean_difference_and_p_values() -> None:
    diff, low, high, reps = mean_difference([0.9, 0.8, 0.7, 0.95, 0.85], [0.1, 0.2, 0.3, 0.15, 0.25],
                                            n_boot=1000, seed=1)
    assert (diff, low, high) == pytest.approx((0.64, 0.54, 0.74))
    assert bootstrap_p(reps, 0.0, greater=True) == pytest.approx(1 / 1001)  # every replicate above 0
    assert bootstrap_p(reps, 0.0, greater=False) == pytest.approx(1.0)


def test_percentile_interval_interpolates_like_numpy() -> None:
    assert quantile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile_interval([float(i) for i in range(101)]) == pytest.approx((2.5, 97.5))


def test_holm_known_values() -> None:
    # Sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04 -> monotone: 0.02, 0.03, 0.06, 0.06.
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert holm([0.02]) == [0.02]
    assert holm([]) == []


def test_rogan_gladen_known_values() -> None:
    # (0.3 + 0.95 - 1) / (0.9 + 0.95 - 1) = 0.25 / 0.85
    assert rogan_gladen(0.3, 0.9, 0.95) == pytest.approx(0.294118, abs=1e-6)
    assert rogan_gladen(0.01, 0.9, 0.95) == 0.0  # below the false-positive floor: clipped
    assert rogan_gladen(1.0, 0.9, 0.95) == 1.0
    assert rogan_gladen_interval(0.2, 0.4, 0.9, 0.95) == pytest.approx((0.15 / 0.85, 0.35 / 0.85))
    with pytest.raises(ValueError, match="must exceed 1"):
        rogan_gladen(0.3, 0.5, 0.5)


def test_quantile_interval_order_statistics() -> None:
    # The classic n = 100 median interval uses the 40th and 61st order statistics (coverage 0.965).
    values = [i / 100 for i in range(1, 101)]
    assert quantile_interval(values, 0.5) == pytest.approx((0.505, 0.40, 0.61))
    # Too few values for an upper order statistic at p95: the range's end stands in.
    assert quantile_interval([0.1, 0.2, 0.3], 0.95) == pytest.approx((0.29, 0.2, 1.0))


def test_samples_needed() -> None:
    # 0 events in n: the Wilson upper bound z^2 / (n + z^2) first reaches 0.05 at n = 73.
    assert rate_samples_needed(0.0, 0.05, above=False) == 73
    assert wilson_interval(0, 73)[1] <= 0.05 < wilson_interval(0, 72)[1]
    assert rate_samples_needed(0.05, 0.05, above=False) is None  # on the bound: no n decides it
    assert rate_samples_needed(0.0, 0.05, above=True) is None  # below the bound: it can never fail
    n = rate_samples_needed(0.2, 0.1, above=True)
    assert n is not None and wilson_bounds(0.2, n)[0] > 0.1 >= wilson_bounds(0.2, n - 1)[0]
    # Half-width 0.2 around 0.5 must shrink to 0.1: four times the attempts.
    assert scaled_samples_needed(25, 0.5, 0.7, 0.6) == 100
    assert scaled_samples_needed(25, 0.5, 0.7, 0.5) is None

