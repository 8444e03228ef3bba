"""Power and sample sizes in closed form agree with statsmodels' NormalIndPower and proportion_effectsize."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from auditkit.metrics import power as pw

pytestmark = pytest.mark.filterwarnings("ignore")  # statsmodels' convergence warnings where it gives up
statsmodels = pytest.importorskip("statsmodels")


def test_rate_figures_match_statsmodels():
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize

    solver = NormalIndPower()
    for true_rate, bound, alpha in itertools.product((0.0, 0.01, 0.07, 0.3, 0.5, 0.93), (0.02, 0.05, 0.2, 0.6),
                                                     (0.025, 0.05, 0.5)):
        effect = abs(float(proportion_effectsize(true_rate, bound)))
        assert pw.rate_effect(true_rate, bound) == pytest.approx(effect, rel=1e-12, abs=1e-15)
        if effect == 0:
            continue
        for n in (1, 17, 250, 4000):
            theirs = solver.power(effect_size=effect, nobs1=n, alpha=alpha, ratio=0, alternative="larger")
            assert pw.rate_power(n, true_rate, bound, alpha=alpha) == pytest.approx(float(theirs), abs=1e-10)
        for goal in (0.5, 0.8, 0.95):
            theirs = pw._ceil(solver.solve_power(effect_size=effect, alpha=alpha, power=goal, ratio=0,
                                                 alternative="larger"))
            ours = pw.rate_n(true_rate, bound, alpha=alpha, power=goal)
            # statsmodels' search starts at n = 2 and gives up (None) below; the closed form answers there.
            assert ours == theirs if theirs is not None else (ours is None or ours <= 2)


def test_gap_figures_match_statsmodels():
    from statsmodels.stats.power import NormalIndPower

    solver = NormalIndPower()
    for excess, alpha, (n1, n2) in itertools.product((0.02, 0.1, 0.3), (0.025 / 6, 0.025, 0.5),
                                                     ((5, 5), (12, 40), (300, 90))):
        effect = excess / pw.MAX_SD
        theirs = solver.power(effect_size=effect, nobs1=n1, alpha=alpha, ratio=n2 / n1, alternative="larger")
        assert pw.gap_power(n1, n2, excess, alpha=alpha) == pytest.approx(float(theirs), abs=1e-10)
        for ratio in (1.0, 0.25, 3.0):
            theirs_n = pw._ceil(solver.solve_power(effect_size=effect, alpha=alpha, power=0.8, ratio=ratio,
                                                   alternative="larger"))
            ours_n = pw.gap_n(excess, ratio=ratio, alpha=alpha, power=0.8)
            assert ours_n == theirs_n if theirs_n is not None else (ours_n is None or ours_n <= 2)


def test_sizing_imports_neither_statsmodels_nor_scipy():
    code = ("import sys\n"
            "from auditkit.metrics import power\n"
            "print(power.rate_n(0.1, 0.05), power.gap_n(0.1))\n"
            "print(sorted(m for m in ('statsmodels', 'scipy', 'numpy', 'pandas') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    sizes, imported = out.stdout.splitlines()
    assert imported == "[]" and sizes.split() == [str(pw.rate_n(0.1, 0.05)), str(pw.gap_n(0.1))]
