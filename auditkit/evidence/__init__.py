"""Evidence integrity: SHA-256 of every artifact of a run (evidence.json), Ed25519 signatures, verification.

Names are imported lazily so that writing reports does not import the signing code (or `cryptography`).
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "EVIDENCE": "auditkit.evidence.hashing",
    "hash_artifacts": "auditkit.evidence.hashing",
    "read_evidence": "auditkit.evidence.hashing",
    "refresh_evidence": "auditkit.evidence.hashing",
    "sha256_file": "auditkit.records.hashing",
    "write_evidence": "auditkit.evidence.hashing",
    "Evidence": "auditkit.evidence.model",
    "Signature": "auditkit.evidence.model",
    "Statement": "auditkit.evidence.model",
    "generate_key": "auditkit.evidence.signing",
    "load_private_key": "auditkit.evidence.signing",
    "load_public_key": "auditkit.evidence.signing",
    "sign_evidence": "auditkit.evidence.signing",
    "Verification": "auditkit.evidence.verify",
    "verify_folder": "auditkit.evidence.verify",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
