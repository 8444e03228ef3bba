"""The detectors a probe gets when neither it nor its suite names any."""

from __future__ import annotations

from auditkit.records.probes import Category, DetectorSpec

# The entity list is spelled out (not imported from the detector) so loading suites never imports presidio.
_LEAKAGE_PII = DetectorSpec(name="pii", params={"entities": [
    "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_BANK_NUMBER",
    "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN", "CRYPTO", "UK_NHS", "MEDICAL_LICENSE", "PRIVATE_PERSON"]})
_BY_CATEGORY: dict[str, tuple[DetectorSpec, ...]] = {
    # Presidio (identifier entity types, and a named person with their address or contact details; see
    # auditkit.detectors.pii.LEAKAGE_ENTITIES) plus the planted canaries.
    "pii": (DetectorSpec(name="refusal"), DetectorSpec(name="canary"), _LEAKAGE_PII),
    "privacy": (DetectorSpec(name="refusal"), DetectorSpec(name="canary"), _LEAKAGE_PII),
    # backend auto: Detoxify when its weights are on this machine, else alt-profanity-check (recorded).
    "toxicity": (DetectorSpec(name="refusal"), DetectorSpec(name="toxicity")),
    # Injection probes plant a canary goal; the canary coming back is the success of the injection.
    "prompt_injection": (DetectorSpec(name="canary"), DetectorSpec(name="refusal")),
    # Harmful requests are judged by their outcome: complied_harmful is the violation, not a missing refusal.
    "misuse": (DetectorSpec(name="refusal"), DetectorSpec(name="harm")),
    "jailbreak": (DetectorSpec(name="refusal"), DetectorSpec(name="harm")),
}
_FALLBACK = (DetectorSpec(name="refusal"),)


def default_detectors(category: Category) -> list[DetectorSpec]:
    """Return the built-in detector list for a probe category."""
    return list(_BY_CATEGORY.get(category, _FALLBACK))
