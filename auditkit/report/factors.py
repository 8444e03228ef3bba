"""What a run covered: demographic factors, modalities, suites and transforms, and jailbreak lift per transform."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from auditkit.metrics.compute import compute_metric
from auditkit.metrics.diff import difference
from auditkit.records.attempts import Attempt
from auditkit.report.model import Factor, SuiteData, TransformLift

PLAIN = "none"
PROTECTED = "protected:"  # taxonomy prefix of the attribute a bias probe varies


def _demographic(attempt: Attempt) -> bool:
    # Variables of other probes (a request number, a topic) are not groups of people.
    return attempt.category == "bias" or any(t.startswith(PROTECTED) for t in attempt.tags)


def factors(attempts: Sequence[Attempt]) -> list[Factor]:
    """Each variable of bias probes (a demographic axis) with its groups and attempts per group, by axis."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    categories: dict[str, set[str]] = defaultdict(set)
    for a in filter(_demographic, attempts):
        for axis, value in a.variables.items():
            groups[axis][value] += 1
            categories[axis].add(a.category)
    return [Factor(axis=axis, groups=dict(sorted(groups[axis].items())), categories=sorted(categories[axis]))
            for axis in sorted(groups)]


def modalities(attempts: Sequence[Attempt]) -> list[str]:
    """The input modalities the run sent: text, and image, audio and video when probes carried them."""
    found = ["text"] if attempts else []
    for modality, present in (("image", any(a.images for a in attempts)), ("audio", any(a.audio for a in attempts)),
                              ("video", any(a.video for a in attempts))):
        if present:
            found.append(modality)
    return found


def suite_data(attempts: Sequence[Attempt]) -> list[SuiteData]:
    """Attempts per suite and per transform within it, suites sorted by id."""
    per_suite: dict[str, Counter[str]] = defaultdict(Counter)
    for a in attempts:
        per_suite[a.suite][a.transform or PLAIN] += 1
    return [SuiteData(suite=s, attempts=sum(c.values()), transforms=dict(sorted(c.items())))
            for s, c in sorted(per_suite.items())]


def transform_lift(attempts: Sequence[Attempt]) -> list[TransformLift]:
    """For each transform: its violation rate, that of the same probes sent plainly, and the difference."""
    by_transform: dict[str, list[Attempt]] = defaultdict(list)
    plain: dict[str, list[Attempt]] = defaultdict(list)
    for a in attempts:
        if a.transform:
            by_transform[a.transform].append(a)
        else:
            plain[a.probe_id].append(a)
    out = []
    for name in sorted(by_transform):
        transformed = by_transform[name]
        # Only the probes this transform rewrote form its baseline, so the lift compares like with like.
        baseline = [b for pid in dict.fromkeys(a.probe_id for a in transformed) for b in plain.get(pid, [])]
        selection = f"transform={name}"
        diff = difference(baseline, transformed, metric="violation_rate")
        out.append(TransformLift(
            transform=name,
            transformed=compute_metric(transformed, metric="violation_rate", selection=selection),
            plain=compute_metric(baseline, metric="violation_rate", selection=f"same probes, transform={PLAIN}"),
            lift=diff.value if diff else None, lift_low=diff.low if diff else None,
            lift_high=diff.high if diff else None))
    return out
