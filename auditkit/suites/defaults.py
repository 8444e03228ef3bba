"""The detectors a probe gets when neither it nor its suite names any."""

from __future__ import annotations

from auditkit.suites.model import Category, DetectorSpec

_BY_CATEGORY: dict[str, tuple[DetectorSpec, ...]] = {
    # Presidio (identifier entity types; see auditkit.detectors.pii) plus the planted canaries.
    "pii": (DetectorSpec(name="refusal"), DetectorSpec(name="canary"), DetectorSpec(name="pii")),
    "privacy": (DetectorSpec(name="refusal"), DetectorSpec(name="canary"), DetectorSpec(name="pii")),
    # backend auto: Detoxify when its weights are on this machine, else alt-profanity-check (recorded).
    "toxicity": (DetectorSpec(name="refusal"), DetectorSpec(name="toxicity")),
    # Injection probes plant a canary goal; the canary coming back is the success of the injection.
    "prompt_injection": (DetectorSpec(name="canary"), DetectorSpec(name="refusal")),
}
_FALLBACK = (DetectorSpec(name="refusal"),)


def default_detectors(category: Category) -> list[DetectorSpec]:
    """Return the built-in detector list for a probe category."""
    return list(_BY_CATEGORY.get(category, _FALLBACK))
