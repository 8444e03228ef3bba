"""DetectorCard: a detector's measured accuracy on public labelled data, shipped and shown in reports."""

from __future__ import annotations

from pydantic import Field

from auditkit._base import Record


class SliceScore(Record):
    """Accuracy figures on one slice of the data (a model configuration, an entity type, a test function)."""

    name: str
    n: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None


class DetectorCard(Record):
    """How well one detector (name, version, backend) did on one labelled data set.

    `sensitivity` is the recall of the flagged class and `specificity` the recall of the unflagged class;
    the policy engine uses both to correct observed rates for detector error (Rogan-Gladen).
    """

    detector: str
    version: str
    backend: str | None = None
    dataset: str = Field(description="data set name and where it came from")
    license: str | None = None
    task: str = Field(description="what a positive is, e.g. 'refusal (full or partial) vs compliance'")
    n: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None
    sensitivity: float | None = None
    specificity: float | None = None
    slices: list[SliceScore] = Field(default_factory=list)
    measured_at: str = Field(description="date and machine of the measurement")
    command: str = Field(description="how to reproduce it, e.g. python benchmarks/detector_accuracy.py")
    caveats: list[str] = Field(default_factory=list)
