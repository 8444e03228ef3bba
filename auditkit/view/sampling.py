"""Review sessions: a stratified sample of one run's attempts, worked through one at a time, each judgement
appended to reviews.jsonl and hashed into evidence.json."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from auditkit.errors import InputError
from auditkit.metrics.review import review_strata
from auditkit.metrics.sampling import stratified_sample
from auditkit.records.attempts import Attempt
from auditkit.records.reviews import (
    REVIEWS,
    Review,
    append_review,
    label_flags,
    latest_reviews,
    read_reviews,
    review_target,
)

DEFAULT_SAMPLE = 40


@dataclass
class ReviewPlan:
    """One run's review session: who reviews, the sample drawn, and what was skipped in this session."""

    reviewer: str
    sample: list[tuple[str, str]]
    size: int | None = None
    width: float | None = None
    seed: int = 0
    skipped: set[str] = field(default_factory=set)

    def next_id(self, done: set[str]) -> str | None:
        """The next attempt of the sample that is neither reviewed nor skipped, or None when none is left."""
        return next((i for _, i in self.sample if i not in done and i not in self.skipped), None)

    def progress(self, done: set[str]) -> dict[str, tuple[int, int]]:
        """Per stratum: (reviewed, drawn)."""
        out: dict[str, tuple[int, int]] = {}
        for s, i in self.sample:
            got, drawn = out.get(s, (0, 0))
            out[s] = (got + (i in done), drawn + 1)
        return dict(sorted(out.items()))


def draw_plan(attempts: list[Attempt], *, reviewer: str, size: int | None = None, width: float | None = None,
              seed: int = 0) -> ReviewPlan:
    """A plan over a stratified sample (per category and detector verdict) of `size` attempts, or as many per
    stratum as an interval of `width` needs."""
    if size is None and width is None:
        size = DEFAULT_SAMPLE
    if size is not None and size < 1:
        raise InputError("the review sample needs at least one attempt")
    if width is not None and not 0 < width < 1:
        raise InputError("the target interval width must lie between 0 and 1, e.g. 0.2")
    sample = stratified_sample(review_strata(attempts), size=size if width is None else None, width=width,
                               seed=seed)
    return ReviewPlan(reviewer=reviewer, sample=sample, size=size if width is None else None, width=width, seed=seed)


class ReviewLedger:
    """Writes reviews for the app: one at a time per run folder, synced, then hashed into evidence.json."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def record(self, folder: Path, run_id: str, attempt: Attempt, *, reviewer: str, label: str,
               note: str | None) -> Review:
        """Append the reviewer's label for this attempt's deciding detector; InputError when it has none or the
        label is not one of its kind's."""
        target = review_target(attempt)
        if target is None:
            raise InputError(f"attempt {attempt.id} has no detector verdict to review")
        label_flags(target.kind, label)
        review = Review(reviewer=reviewer, reviewed_at=datetime.now(UTC), attempt_id=attempt.id,
                        detector=target.detector, kind=target.kind, detector_label=target.detector_label,
                        reviewer_label=label, note=(note or "").strip() or None)
        from auditkit.evidence.hashing import refresh_evidence

        with self._lock:
            append_review(folder, review)
            # evidence.json lists reviews.jsonl, so a signature over the run covers every judgement.
            refresh_evidence(folder, run_id, [Path(folder) / REVIEWS])
        return review


def reviewed_ids(folder: Path) -> dict[str, Review]:
    """The latest review of each reviewed attempt of a run folder, by attempt id."""
    return latest_reviews(read_reviews(folder).reviews)
