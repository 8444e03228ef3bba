"""Records: the plain data every layer shares — probes as sent, attempts and their verdicts, the run manifest and
its refs, provenance, detector cards, and file hashing. This package imports no other layer of auditkit.

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "Attempt": "auditkit.records.attempts",
    "Response": "auditkit.records.attempts",
    "Score": "auditkit.records.attempts",
    "Span": "auditkit.records.attempts",
    "GenerationRequest": "auditkit.records.attempts",
    "UNPARSED": "auditkit.records.attempts",
    "verdict": "auditkit.records.expectations",
    "Message": "auditkit.records.probes",
    "Probe": "auditkit.records.probes",
    "DetectorSpec": "auditkit.records.probes",
    "RunManifest": "auditkit.records.manifest",
    "DetectorRef": "auditkit.records.manifest",
    "read_manifest": "auditkit.records.manifest",
    "DetectorCard": "auditkit.records.cards",
    "load_cards": "auditkit.records.cards",
    "card_for": "auditkit.records.cards",
    "Provenance": "auditkit.records.provenance",
    "sha256_file": "auditkit.records.hashing",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
