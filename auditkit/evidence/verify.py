"""Verify a run folder against its evidence.json: every hash, and the signature when there is one."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from auditkit.errors import InputError
from auditkit.evidence.hashing import EVIDENCE, artifact_paths, read_evidence
from auditkit.evidence.signing import key_id, signature_valid
from auditkit.records.hashing import sha256_file

SignatureState = Literal["valid", "invalid", "unsigned", "untrusted"]


@dataclass
class Verification:
    """The outcome of verifying a run folder: what changed, and what the signature says."""

    run_id: str
    checked: int
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    signature: SignatureState = "unsigned"
    key_id: str | None = None
    signer: str | None = None
    signed_at: str | None = None
    required_signature: bool = False

    @property
    def ok(self) -> bool:
        """True when no artifact changed, none is missing or new, and the signature (if any or required) holds."""
        sig_ok = self.signature == "valid" or (self.signature == "unsigned" and not self.required_signature)
        return not (self.changed or self.missing or self.added) and sig_ok


def verify_folder(folder: Path, *, trusted_key: bytes | None = None, require_signature: bool = False) -> Verification:
    """Check every artifact's hash and the signature; `trusted_key` (raw) must have made the signature."""
    root = Path(folder)
    evidence = read_evidence(root)
    if evidence is None:
        raise InputError(f"{root}: no {EVIDENCE}; runs write it when they finish (re-render the reports with "
                         "`auditkit report` to create it for an older run)")
    recorded = evidence.statement.files
    present = set(artifact_paths(root))
    result = Verification(run_id=evidence.statement.run_id, checked=len(recorded),
                          required_signature=require_signature or trusted_key is not None)
    for rel, digest in recorded.items():
        if rel not in present:
            result.missing.append(rel)
        elif sha256_file(root / rel) != digest:
            result.changed.append(rel)
    result.added = sorted(present - set(recorded))
    sig = evidence.signature
    if sig is not None:
        result.key_id, result.signer, result.signed_at = sig.key_id, sig.signer, sig.signed_at.isoformat()
        if not signature_valid(evidence):
            result.signature = "invalid"
        elif trusted_key is not None and base64.b64decode(sig.public_key) != trusted_key:
            result.signature = "untrusted"
        else:
            result.signature = "valid"
    if trusted_key is not None and sig is None:
        result.key_id = key_id(trusted_key)
    return result
