"""Detector error measured by human review on this run, and rates corrected for it.

The review sample is stratified by category and detector verdict, so each reviewed attempt stands for
N_s / n_s attempts of its stratum s. Weighted by that, the reviews give each detector's sensitivity (recall),
specificity and precision on this run. A rate over a selection is corrected per deciding detector: Rogan-Gladen,
(p + Sp - 1) / (Se + Sp - 1), turns the detector's flag rate p into the prevalence of true flags; Bayes turns that
into the chance that a flagged (or unflagged) attempt is truly flagged; unreviewed attempts count with that
chance and reviewed attempts with their reviewer's label. Without the reviews' labels this is Rogan-Gladen
exactly, and with every attempt reviewed it is the reviewers' rate. The interval is a seeded percentile
bootstrap over both the reviews (within their strata) and the selection's attempts, so it carries the
uncertainty of the confusion estimate as well as that of the rate; each review cell's share is drawn from its
Jeffreys posterior rather than resampled, so a detector error the sample happened not to see still widens it.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from pydantic import Field

from auditkit._base import Record
from auditkit.metrics.bootstrap import DEFAULT_N_BOOT, DEFAULT_SEED, percentile_interval
from auditkit.metrics.compute import attempt_value, compute_metric
from auditkit.metrics.correction import rogan_gladen
from auditkit.metrics.model import Metric
from auditkit.metrics.stats import wilson_interval
from auditkit.records.attempts import UNPARSED, Attempt
from auditkit.records.reviews import Review, label_flags, latest_reviews, review_target

METHOD = "review-rogan-gladen"
CELLS = ("unreviewed flagged", "unreviewed not flagged", "flagged, reviewer flags", "flagged, reviewer does not",
         "not flagged, reviewer flags", "not flagged, reviewer does not")
"""The cells a selection's attempts fall in, per deciding detector: the detector's call, and the reviewer's."""
NORMAL_ABOVE = 50  # expected successes above which a binomial draw uses the normal approximation


def stratum(category: str, verdict: str) -> str:
    """The review stratum of an attempt: its category and its detector verdict."""
    return f"{category}/{verdict}"


def review_strata(attempts: Iterable[Attempt]) -> dict[str, list[str]]:
    """Attempt ids per stratum, over the attempts a detector decided (the ones a review can judge)."""
    out: dict[str, list[str]] = defaultdict(list)
    for a in attempts:
        if review_target(a) is not None:
            out[stratum(a.category, a.verdict)].append(a.id)
    return dict(out)


@dataclass(frozen=True)
class Judged:
    """One reviewed attempt: its stratum, the deciding detector's flag and the reviewer's."""

    attempt_id: str
    stratum: str
    detector: str
    kind: str
    flag_is_violation: bool
    detector_flag: bool
    true_flag: bool


@dataclass(frozen=True)
class Rates:
    """A detector's weighted sensitivity, specificity and precision (None where nothing bears on one)."""

    sensitivity: float | None
    specificity: float | None
    precision: float | None

    def correctable(self) -> bool:
        """True when Rogan-Gladen can use these: both rates known and better than chance together."""
        return (self.sensitivity is not None and self.specificity is not None
                and self.sensitivity + self.specificity > 1)


Cell = tuple[str, bool, float, float]
"""(detector, the detector's flag, weight of reviews whose reviewer flags, weight of those whose reviewer does not)."""


def detector_rates(cells: Iterable[Cell]) -> dict[str, Rates]:
    """Per detector, the rates of weighted review cells."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])  # tp, fn, fp, tn
    for detector, flagged, true_weight, false_weight in cells:
        row = sums[detector]
        if flagged:
            row[0] += true_weight
            row[2] += false_weight
        else:
            row[1] += true_weight
            row[3] += false_weight
    out = {}
    for detector, (tp, fn, fp, tn) in sums.items():
        out[detector] = Rates(sensitivity=tp / (tp + fn) if tp + fn else None,
                              specificity=tn / (tn + fp) if tn + fp else None,
                              precision=tp / (tp + fp) if tp + fp else None)
    return out


def corrected_share(p: float, rates: Rates, flag_is_event: bool) -> float:
    """The true share of events among attempts whose detector called a share `p` of them events."""
    assert rates.sensitivity is not None and rates.specificity is not None
    if flag_is_event:
        return rogan_gladen(p, rates.sensitivity, rates.specificity)
    # The event is the absence of a flag (a missing refusal): correct the flag rate, then flip it.
    return 1 - rogan_gladen(1 - p, rates.sensitivity, rates.specificity)


def expected_true(flagged: int, unflagged: int, p: float, rates: Rates) -> float:
    """Expected true flags among attempts the detector flagged (`flagged`) or not (`unflagged`), when it flags a
    share `p` of the selection: Rogan-Gladen gives the prevalence, Bayes the chance of a true flag given each
    call (precision, and the false-omission rate)."""
    assert rates.sensitivity is not None
    prevalence = corrected_share(p, rates, True)
    precision = min(1.0, rates.sensitivity * prevalence / p) if p > 0 else 0.0
    omission = min(1.0, (1 - rates.sensitivity) * prevalence / (1 - p)) if p < 1 else 0.0
    return flagged * precision + unflagged * omission


def binomial(rng: random.Random, n: int, p: float) -> int:
    """A Binomial(n, p) draw: exact by waiting times for few expected successes, normal above that."""
    if n <= 0 or p <= 0:
        return 0
    if p >= 1:
        return n
    if p > 0.5:
        return n - binomial(rng, n, 1 - p)
    mean = n * p
    if mean > NORMAL_ABOVE:
        return min(n, max(0, round(rng.gauss(mean, math.sqrt(mean * (1 - p))))))
    log_q = math.log1p(-p)
    successes = trials = 0
    while True:
        trials += int(math.log(1.0 - rng.random()) / log_q) + 1
        if trials > n:
            return successes
        successes += 1


def multinomial(rng: random.Random, n: int, counts: Sequence[int]) -> list[int]:
    """n draws with replacement from items in cells of these sizes: how many fall in each cell."""
    out: list[int] = []
    left, total = n, sum(counts)
    for c in counts:
        x = binomial(rng, left, c / total) if total > 0 else 0
        out.append(x)
        left -= x
        total -= c
    return out


class DetectorAgreement(Record):
    """How a detector's labels held up under review on this run."""

    detector: str
    kind: str
    reviews: int
    agreed: int = Field(description="reviews whose label flags the same as the detector's")
    agreement: Metric = Field(description="share of reviews that agree (Wilson interval, unweighted)")
    precision: Metric = Field(description="flags the reviewer confirmed, weighted to the run (bootstrap interval)")
    recall: Metric = Field(description="true flags the detector found, weighted to the run (sensitivity)")
    specificity: Metric = Field(description="true non-flags the detector left alone, weighted to the run")


class CorrectedRate(Record):
    """A rate as the detectors decided it and as corrected by review."""

    raw: Metric
    corrected: Metric | None = None
    reviewed: int = Field(description="attempts of the selection that a reviewer labelled")
    note: str


class HumanReview(Record):
    """The report's human review section: who reviewed, how many, agreement per detector, corrected rates."""

    reviewers: list[str]
    reviews: int = Field(description="review lines, re-reviews included")
    attempts_reviewed: int = Field(description="attempts whose latest review was used")
    unmatched: int = Field(default=0, description="reviewed attempts that no longer have that decision")
    skipped_lines: int = Field(default=0, description="lines of reviews.jsonl that could not be read")
    detectors: list[DetectorAgreement] = Field(default_factory=list)
    rates: list[CorrectedRate] = Field(default_factory=list)
    n_boot: int = DEFAULT_N_BOOT
    seed: int = DEFAULT_SEED


class ReviewEstimate:
    """The reviews of one run set against its attempts: weighted detector rates and their bootstrap replicates."""

    def __init__(self, attempts: Sequence[Attempt], reviews: Sequence[Review], *, n_boot: int = DEFAULT_N_BOOT,
                 seed: int = DEFAULT_SEED):
        latest = latest_reviews(reviews)
        self.reviews = list(reviews)
        self.n_boot, self.seed = n_boot, seed
        self.populations: Counter[str] = Counter()
        self.judged: dict[str, Judged] = {}
        for a in attempts:
            target = review_target(a)
            if target is None:
                continue
            s = stratum(a.category, a.verdict)
            self.populations[s] += 1
            review = latest.get(a.id)
            if review is not None and review.kind == target.kind:
                self.judged[a.id] = Judged(a.id, s, target.detector, target.kind, target.flag_is_violation,
                                           target.detector_flag, label_flags(review.kind, review.reviewer_label))
        self.unmatched = len(set(latest) - set(self.judged))
        self.by_stratum: dict[str, list[Judged]] = defaultdict(list)
        for j in self.judged.values():
            self.by_stratum[j.stratum].append(j)
        self.weights = {s: self.populations[s] / len(items) for s, items in self.by_stratum.items()}

    @cached_property
    def point(self) -> dict[str, Rates]:
        """Each reviewed detector's weighted rates on this run."""
        return detector_rates((j.detector, j.detector_flag, w * j.true_flag, w * (not j.true_flag))
                              for j in self.judged.values() for w in (self.weights[j.stratum],))

    @cached_property
    def replicates(self) -> list[dict[str, Rates]]:
        """n_boot replicates of the rates. Within each stratum the reviews fall in cells (deciding detector, its
        flag); a replicate resamples the cells' sizes (multinomial, as resampling the reviews would) and draws
        each cell's share of true flags from its Jeffreys posterior, Beta(k + 1/2, m - k + 1/2). Plain
        resampling would give a share seen 0 times in the sample no uncertainty at all, and intervals that
        miss rare detector errors; the Beta draw keeps them honest."""
        rng = random.Random(self.seed)
        strata = []
        for s in sorted(self.by_stratum):
            counts: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
            for j in self.by_stratum[s]:
                counts[(j.detector, j.detector_flag)][0 if j.true_flag else 1] += 1
            strata.append((self.weights[s], sorted(counts.items())))
        out = []
        for _ in range(self.n_boot):
            cells: list[Cell] = []
            for weight, items in strata:
                sizes = [hits + misses for _, (hits, misses) in items]
                drawn = multinomial(rng, sum(sizes), sizes) if len(items) > 1 else sizes
                for ((detector, flagged), (hits, misses)), size in zip(items, drawn, strict=True):
                    share = rng.betavariate(hits + 0.5, misses + 0.5)
                    cells.append((detector, flagged, weight * size * share, weight * size * (1 - share)))
            out.append(detector_rates(cells))
        return out

    def _interval(self, detector: str, field: str) -> tuple[float | None, float | None]:
        values = [v for rep in self.replicates if (r := rep.get(detector)) and (v := getattr(r, field)) is not None]
        if not values:
            return None, None
        return percentile_interval(values)

    def _rate_metric(self, detector: str, field: str, name: str, n: int) -> Metric:
        value = getattr(self.point[detector], field)
        # No interval where the sample holds nothing that bears on the rate (no reviewed true flag, say).
        low, high = self._interval(detector, field) if value is not None else (None, None)
        return Metric(name=f"{name}:{detector}", selection="reviewed attempts", value=value, ci_low=low,
                      ci_high=high, n=n, method="weighted bootstrap")

    def agreement(self) -> list[DetectorAgreement]:
        """Agreement, precision, recall and specificity of each reviewed detector, by name."""
        out = []
        for detector in sorted(self.point):
            items = [j for j in self.judged.values() if j.detector == detector]
            agreed = sum(j.detector_flag == j.true_flag for j in items)
            low, high = wilson_interval(agreed, len(items))
            out.append(DetectorAgreement(
                detector=detector, kind=items[0].kind, reviews=len(items), agreed=agreed,
                agreement=Metric(name=f"agreement:{detector}", selection="reviewed attempts",
                                 value=agreed / len(items), ci_low=low, ci_high=high, n=len(items),
                                 successes=agreed, method="wilson"),
                precision=self._rate_metric(detector, "precision", "precision", sum(j.detector_flag for j in items)),
                recall=self._rate_metric(detector, "sensitivity", "recall", sum(j.true_flag for j in items)),
                specificity=self._rate_metric(detector, "specificity", "specificity",
                                              sum(not j.true_flag for j in items))))
        return out

    def _cells(self, attempts: Sequence[Attempt], metric: str,
               kind: str | None) -> dict[tuple[str | None, bool], list[int]]:
        """Per (deciding detector, flag is the event): counts of the attempts by the detector's call and, for
        reviewed ones, the reviewer's label (see CELLS)."""
        groups: dict[tuple[str | None, bool], list[int]] = defaultdict(lambda: [0] * len(CELLS))
        for a in attempts:
            j = self.judged.get(a.id)
            if j is not None and (metric == "violation_rate" or j.kind == kind):
                key = (j.detector, j.flag_is_violation if metric == "violation_rate" else True)
                groups[key][2 + 2 * (not j.detector_flag) + (not j.true_flag)] += 1
                continue
            if metric == "violation_rate":
                target = review_target(a)
                if target is None:
                    continue
                groups[(target.detector, target.flag_is_violation)][0 if target.detector_flag else 1] += 1
                continue
            value = attempt_value(a, metric, kind)
            if value is None:
                continue
            names = {s.detector for s in a.scores if s.kind == kind and s.label != UNPARSED}
            groups[(names.pop() if len(names) == 1 else None, True)][0 if value == 1.0 else 1] += 1
        return dict(groups)

    def _correctable(self, detector: str | None) -> bool:
        return detector is not None and detector in self.point and self.point[detector].correctable()

    def _value(self, groups: dict[tuple[str | None, bool], Sequence[int]], rates: dict[str, Rates]) -> float | None:
        events = total = 0.0
        for (detector, flag_is_event), cells in groups.items():
            u_flag, u_none, r_flag_true, r_flag_false, r_none_true, r_none_false = cells
            n_flag = u_flag + r_flag_true + r_flag_false
            n = n_flag + u_none + r_none_true + r_none_false
            if not n:
                continue
            reviewed_true = r_flag_true + r_none_true
            if self._correctable(detector):
                found = rates.get(detector)  # type: ignore[arg-type]
                if found is None or not found.correctable():
                    return None  # this replicate's reviews cannot correct a detector the estimate corrects
                true_flags = reviewed_true + expected_true(u_flag, u_none, n_flag / n, found)
            else:
                true_flags = reviewed_true + u_flag
            events += true_flags if flag_is_event else n - true_flags
            total += n
        return events / total if total else None

    def corrected(self, attempts: Sequence[Attempt], *, metric: str, kind: str | None = None,
                  selection: str = "all attempts") -> CorrectedRate:
        """The rate over `attempts` (reviewed ones may already carry their reviewer's label) as the detectors and
        reviewers decided it, and corrected for the detectors' error on the rest."""
        if metric not in ("violation_rate", "flag_rate"):
            raise ValueError(f"only violation_rate and flag_rate can be corrected by review, not {metric!r}")
        raw = compute_metric(attempts, metric=metric, kind=kind, selection=selection)
        groups = self._cells(attempts, metric, kind)
        reviewed = sum(sum(cells[2:]) for cells in groups.values())
        used = sorted({d for d, _ in groups if self._correctable(d)})  # type: ignore[misc]
        left = sorted({d or "several detectors" for d, _ in groups} - set(used))
        value = self._value(groups, self.point)
        if value is None or (not used and not reviewed):
            return CorrectedRate(raw=raw, reviewed=reviewed, note="no reviews of the detectors that decide it")
        reps = self._bootstrap(groups, f"{metric}:{kind}:{selection}")
        low, high = percentile_interval(reps) if reps else (None, None)
        corrected = Metric(name=f"{raw.name} corrected", selection=selection, value=value, ci_low=low, ci_high=high,
                           n=sum(sum(cells) for cells in groups.values()), method=METHOD)
        parts = [f"{reviewed} reviewed attempt(s) take their reviewer's label"]
        for d in used:
            r = self.point[d]
            parts.append(f"{d}: Rogan-Gladen with sensitivity {r.sensitivity:.3f}, specificity {r.specificity:.3f}")
        if left:
            parts.append(f"not corrected (no usable review estimate): {', '.join(left)}")
        return CorrectedRate(raw=raw, corrected=corrected, reviewed=reviewed, note="; ".join(parts))

    def _bootstrap(self, groups: dict[tuple[str | None, bool], Sequence[int]], key: str) -> list[float]:
        # Its own seeded stream per rate, so adding a rule never changes another rate's interval.
        rng = random.Random(f"{self.seed}:{key}")
        order = list(groups)
        cells = [c for g in order for c in groups[g]]
        total = sum(cells)
        width = len(CELLS)
        out = []
        for rates in self.replicates:
            drawn = multinomial(rng, total, cells)
            value = self._value({g: drawn[width * i: width * (i + 1)] for i, g in enumerate(order)}, rates)
            if value is not None:
                out.append(value)
        return out


def human_review(attempts: Sequence[Attempt], estimate: ReviewEstimate, *, skipped: int = 0) -> HumanReview:
    """The human review section: reviewers, counts, agreement per detector, and the violation rate overall and
    per category as the detectors decided it and as corrected by review. `attempts` are the run's attempts as
    the detectors left them."""
    selections = [("all attempts", list(attempts))]
    for category in sorted({a.category for a in attempts}):
        selections.append((f"category={category}", [a for a in attempts if a.category == category]))
    rates = [estimate.corrected(items, metric="violation_rate", selection=selection)
             for selection, items in selections
             if any(a.verdict in ("pass", "violation") for a in items)]
    return HumanReview(reviewers=sorted({r.reviewer for r in estimate.reviews}), reviews=len(estimate.reviews),
                       attempts_reviewed=len(estimate.judged), unmatched=estimate.unmatched, skipped_lines=skipped,
                       detectors=estimate.agreement(), rates=rates, n_boot=estimate.n_boot, seed=estimate.seed)
