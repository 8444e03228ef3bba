"""Sign a run folder: check that nothing changed since the run hashed it, then sign the hashes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from auditkit.errors import InputError
from auditkit.evidence.hashing import read_evidence, write_evidence
from auditkit.evidence.model import Evidence
from auditkit.evidence.signing import load_private_key, sign_evidence
from auditkit.evidence.verify import verify_folder


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
    from auditkit.runs.folder import RunFolder

    run = RunFolder(folder)
    run.require()
    key = load_private_key(key_path)
    evidence = read_evidence(run.path)
    if evidence is None or rehash:
        evidence = write_evidence(run.path, run.manifest().run_id)
    else:
        result = verify_folder(run.path)
        problems = describe_problems(result)
        if problems:
            raise InputError(f"{run.path}: artifacts differ from the hashes the run recorded; refusing to sign "
                             "(pass --rehash to sign the folder as it is now)", problems=problems)
    return write_evidence(run.path, evidence.statement.run_id,
                          evidence=sign_evidence(evidence, key, signer=signer, signed_at=signed_at))
