"""The detectors a probe gets when neither it nor its suite names any."""

from __future__ import annotations

from auditkit.suites.model import Category, DetectorSpec

_BY_CATEGORY: dict[str, tuple[DetectorSpec, ...]] = {
    "pii": (DetectorSpec(name="refusal"), DetectorSpec(name="canary"),
            DetectorSpec(name="pattern", params={"preset": "pii"})),
    "privacy": (DetectorSpec(name="refusal"), DetectorSpec(name="canary"),
                DetectorSpec(name="pattern", params={"preset": "pii"})),
    "toxicity": (DetectorSpec(name="refusal"), DetectorSpec(name="pattern", params={"preset": "toxicity"})),
}
_FALLBACK = (DetectorSpec(name="refusal"),)


def default_detectors(category: Category) -> list[DetectorSpec]:
    """Return the built-in detector list for a probe category."""
    return list(_BY_CATEGORY.get(category, _FALLBACK))
