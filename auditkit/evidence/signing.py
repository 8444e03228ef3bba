"""Ed25519 keys and signatures over evidence.json (the `cryptography` package, imported when used)."""

from __future__ import annotations

import base64
import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditkit.errors import InputError, MissingExtraError
from auditkit.evidence.model import Evidence, Signature, signed_bytes

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PASSPHRASE_ENV = "AUDITKIT_SIGNING_PASSPHRASE"
PUBLIC_SUFFIX = ".pub"


def _crypto() -> Any:
    try:
        from cryptography.hazmat.primitives import serialization
    except ImportError:
        raise MissingExtraError("signing evidence", "sign", "cryptography") from None
    return serialization


def _passphrase() -> bytes | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value.encode("utf-8") if value else None


def key_id(raw_public: bytes) -> str:
    """A short fingerprint of a raw public key: 16 hex digits of its SHA-256."""
    return hashlib.sha256(raw_public).hexdigest()[:16]


def _raw(public: Ed25519PublicKey) -> bytes:
    serialization = _crypto()
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def generate_key(path: Path, *, force: bool = False) -> tuple[Path, Path, str]:
    """Write a new Ed25519 private key (PEM, mode 0600) and its public key beside it; return paths and key id."""
    serialization = _crypto()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(path)
    public_path = path.with_name(path.name + PUBLIC_SUFFIX)
    for p in (path, public_path):
        if p.exists() and not force:
            raise InputError(f"{p} exists; pass --force to overwrite it")
    key = Ed25519PrivateKey.generate()
    secret = _passphrase()
    encryption = (serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created with 0600 from the start: a private key must never be readable by others, even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    public = key.public_key()
    public_path.write_bytes(public.public_bytes(serialization.Encoding.PEM,
                                                serialization.PublicFormat.SubjectPublicKeyInfo))
    return path, public_path, key_id(_raw(public))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read an Ed25519 private key (PEM; encrypted ones take the passphrase from the environment)."""
    serialization = _crypto()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such key file")
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())
    except (ValueError, TypeError) as exc:
        raise InputError(f"{path}: cannot read the private key ({exc}); encrypted keys need "
                         f"{PASSPHRASE_ENV} set") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"{path}: not an Ed25519 key; make one with `auditkit keygen`")
    return key


def load_public_key(path: Path) -> bytes:
    """The raw public key from a public key file (PEM) or from a private key file."""
    serialization = _crypto()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such key file")
    data = path.read_bytes()
    if b"PRIVATE KEY" in data:
        return _raw(load_private_key(path).public_key())
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise InputError(f"{path}: cannot read the public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(f"{path}: not an Ed25519 public key")
    return _raw(key)


def sign_evidence(evidence: Evidence, key: Ed25519PrivateKey, *, signer: str | None = None,
                  signed_at: datetime | None = None) -> Evidence:
    """The evidence with an Ed25519 signature over its statement, signer and time."""
    when = (signed_at or datetime.now(UTC)).replace(microsecond=0)
    raw = _raw(key.public_key())
    value = key.sign(signed_bytes(evidence.statement, signer, when))
    signature = Signature(public_key=base64.b64encode(raw).decode("ascii"), key_id=key_id(raw), signer=signer,
                          signed_at=when, value=base64.b64encode(value).decode("ascii"))
    return evidence.model_copy(update={"signature": signature})


def signature_valid(evidence: Evidence) -> bool:
    """True when the evidence carries a signature that its embedded public key verifies."""
    _crypto()
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    sig = evidence.signature
    if sig is None:
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(sig.public_key, validate=True))
        public.verify(base64.b64decode(sig.value, validate=True), signed_bytes(evidence.statement, sig.signer,
                                                                                sig.signed_at))
    except (InvalidSignature, ValueError):
        return False
    return True
