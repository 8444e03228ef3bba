"""Sign a run folder: check that nothing changed since the run hashed it, then sign the hashes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from auditkit.errors import InputError
from auditkit.evidence.hashing import read_evidence, write_evidence
from auditkit.evidence.model import Evidence
from auditkit.evidence.signing import load_private_key, sign_evidence
from auditkit.evidence.verify import verify_folder
from auditkit.records.manifest import read_manifest, require_run_folder


def describe_problems(result: object) -> list[str]:
    """One line per changed, missing or new artifact of a Verification."""
    lines = [f"changed: {p}" for p in getattr(result, "changed", [])]
    lines += [f"missing: {p}" for p in getattr(result, "missing", [])]
    lines += [f"not in the evidence (added after hashing): {p}" for p in getattr(result, "added", [])]
    return lines


def sign_folder(folder: Path, key_path: Path, *, signer: str | None = None, rehash: bool = False,
                signed_at: datetime | None = None) -> Evidence:
    """Sign the run folder's evidence with the key; refuse when artifacts changed since they were hashed.

    `rehash` hashes the folder as it is now instead, for a folder without evidence or one knowingly changed.
    """
    folder = Path(folder)
    require_run_folder(folder)
    key = load_private_key(key_path)
    evidence = read_evidence(folder)
    if evidence is None or rehash:
        evidence = write_evidence(folder, read_manifest(folder).run_id)
    else:
        result = verify_folder(folder)
        problems = describe_problems(result)
        if problems:
            raise InputError(f"{folder}: artifacts differ from the hashes the run recorded; refusing to sign "
                             "(pass --rehash to sign the folder as it is now)", problems=problems)
    return write_evidence(folder, evidence.statement.run_id,
                          evidence=sign_evidence(evidence, key, signer=signer, signed_at=signed_at))
