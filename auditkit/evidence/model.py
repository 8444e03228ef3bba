"""evidence.json: the SHA-256 of every artifact of a run, and optionally an Ed25519 signature over them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Literal

from pydantic import Field

from auditkit._base import Record

EVIDENCE_FORMAT = "auditkit-evidence/1"
# Signatures cover this prefix and the canonical JSON, so a signature made for another purpose with the
# same key can never pass as an evidence signature.
SIGNING_CONTEXT = b"auditkit evidence signature v1\n"


class Statement(Record):
    """What is hashed: the run and each artifact's SHA-256, by path relative to the run folder."""

    format: Literal["auditkit-evidence/1"] = EVIDENCE_FORMAT
    run_id: str
    algorithm: Literal["sha256"] = "sha256"
    files: dict[str, str] = Field(description="relative POSIX path -> hex SHA-256, sorted by path")


class Signature(Record):
    """An Ed25519 signature over the statement, who made it and when."""

    algorithm: Literal["ed25519"] = "ed25519"
    public_key: str = Field(description="the raw 32-byte public key, base64")
    key_id: str = Field(description="first 16 hex digits of the SHA-256 of the raw public key")
    signer: str | None = None
    signed_at: datetime
    value: str = Field(description="the 64-byte signature, base64")


class Evidence(Record):
    """The content of evidence.json."""

    statement: Statement
    signature: Signature | None = None


def signed_bytes(statement: Statement, signer: str | None, signed_at: datetime) -> bytes:
    """The exact bytes a signature covers: context, then canonical JSON of statement, signer and time."""
    payload = {"statement": statement.model_dump(mode="json"), "signer": signer,
               "signed_at": signed_at.isoformat()}
    return SIGNING_CONTEXT + json.dumps(payload, sort_keys=True, separators=(",", ":"),
                                        ensure_ascii=False).encode("utf-8")
