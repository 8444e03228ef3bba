"""`auditkit keygen`, `auditkit sign` and `auditkit verify`: tamper-evident run folders (Ed25519)."""

from __future__ import annotations

from pathlib import Path

import click

from auditkit.cli.console import say

DEFAULT_KEY = "auditkit-signing.key"


@click.command()
@click.option("-o", "--out", "path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_KEY,
              show_default=True, help="Private key file; the public key is written beside it with .pub added.")
@click.option("--force", is_flag=True, help="Overwrite existing key files.")
def keygen(path: Path, force: bool) -> None:
    """Make an Ed25519 key pair for signing runs (encrypted when AUDITKIT_SIGNING_PASSPHRASE is set)."""
    from auditkit.evidence.signing import generate_key

    private, public, kid = generate_key(path, force=force)
    say(f"private key: {private} (keep it secret)\npublic key:  {public} (give it to verifiers)\n"
        f"key id:      {kid}")


@click.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-k", "--key", "key", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Private key from `auditkit keygen`.")
@click.option("--signer", help="Who signs (name, role); stored in the signed statement.")
@click.option("--rehash", is_flag=True,
              help="Hash the folder as it is now instead of refusing when artifacts changed since the run.")
def sign(run_dir: Path, key: Path, signer: str | None, rehash: bool) -> None:
    """Sign a run folder's evidence.json: the SHA-256 of every artifact, manifest.json included."""
    from auditkit.evidence.folder import sign_folder

    evidence = sign_folder(run_dir, key, signer=signer, rehash=rehash)
    sig = evidence.signature
    assert sig is not None
    say(f"signed {len(evidence.statement.files)} artifact(s) of run {evidence.statement.run_id} "
        f"with key {sig.key_id}{f' as {signer}' if signer else ''} at {sig.signed_at.isoformat()}")


@click.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-k", "--key", "key", type=click.Path(dir_okay=False, path_type=Path),
              help="Public key (.pub) the signature must come from; without it any valid signature passes.")
@click.option("--require-signature", is_flag=True, help="Fail when the folder is not signed.")
def verify(run_dir: Path, key: Path | None, require_signature: bool) -> None:
    """Check every artifact's hash and the signature; exit 1 naming whatever changed."""
    from auditkit.evidence.folder import describe_problems
    from auditkit.evidence.signing import load_public_key
    from auditkit.evidence.verify import verify_folder

    trusted = load_public_key(key) if key else None
    result = verify_folder(run_dir, trusted_key=trusted, require_signature=require_signature)
    for line in describe_problems(result):
        say(line)
    messages = {
        "valid": f"signature: valid, key {result.key_id}"
                 + (f", signed by {result.signer}" if result.signer else "") + f" at {result.signed_at}"
                 + ("" if trusted else " (not checked against a trusted key: pass --key KEY.pub)"),
        "invalid": f"signature: INVALID (key {result.key_id}): evidence.json was altered after signing",
        "untrusted": f"signature: made by key {result.key_id}, which is not the key given with --key",
        "unsigned": "signature: none (hashes only; `auditkit sign` makes the folder tamper-evident)",
    }
    say(messages[result.signature])
    verdict = "OK" if result.ok else "FAILED"
    say(f"{verdict}: {result.checked} artifact(s) of run {result.run_id} checked")
    raise click.exceptions.Exit(0 if result.ok else 1)
