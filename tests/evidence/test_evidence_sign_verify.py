"""evidence.json, `auditkit keygen`, `sign` and `verify`: a fresh run verifies; one changed byte is named."""

from __future__ import annotations

import json
import shutil
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.report_runs import make_known_run

from auditkit.cli.main import cli
from auditkit.errors import MissingExtraError
from auditkit.evidence.hashing import read_evidence
from auditkit.records.hashing import sha256_file


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_known_run(tmp_path_factory.mktemp("evidence")).folder


@pytest.fixture
def run(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "run"
    shutil.copytree(pristine, copy)
    return copy


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "signing.key"
    result = CliRunner().invoke(cli, ["keygen", "--out", str(path)])
    assert result.exit_code == 0, result.output
    return path


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def flip_one_byte(path: Path, offset: int = 10) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_fresh_run_lists_every_artifact(run):
    evidence = read_evidence(run)
    assert evidence is not None and evidence.signature is None
    assert set(evidence.statement.files) == {"attempts.jsonl", "config.json", "junit.xml", "manifest.json",
                                              "policy.json", "report.html", "report.json", "report.md"}
    assert evidence.statement.files["manifest.json"] == sha256_file(run / "manifest.json")


def test_verify_passes_on_a_fresh_run(run):
    result = invoke("verify", str(run))
    assert result.exit_code == 0, result.output
    assert "OK: 8 artifact(s)" in result.output and "signature: none" in result.output


@pytest.mark.parametrize("name", ["attempts.jsonl", "manifest.json", "report.html"])
def test_one_changed_byte_is_named(run, name):
    flip_one_byte(run / name)
    result = invoke("verify", str(run))
    assert result.exit_code == 1
    assert f"changed: {name}" in result.output
    assert result.output.count("changed:") == 1 and "FAILED" in result.output


def test_missing_and_added_files_are_named(run):
    (run / "junit.xml").unlink()
    (run / "extra.txt").write_text("x", encoding="utf-8")
    result = invoke("verify", str(run))
    assert result.exit_code == 1
    assert "missing: junit.xml" in result.output and "added after hashing): extra.txt" in result.output


def test_keygen_writes_a_private_key_only_its_owner_reads(key):
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in key.read_bytes()
    assert b"PUBLIC KEY" in key.with_name(key.name + ".pub").read_bytes()
    again = invoke("keygen", "--out", str(key))
    assert again.exit_code == 2 and "--force" in again.output


def test_sign_then_verify_with_the_public_key(run, key):
    signed = invoke("sign", str(run), "--key", str(key), "--signer", "Jane Roe")
    assert signed.exit_code == 0, signed.output
    pub = str(key.with_name(key.name + ".pub"))
    result = invoke("verify", str(run), "--key", pub)
    assert result.exit_code == 0, result.output
    assert "signature: valid" in result.output and "signed by Jane Roe" in result.output
    flip_one_byte(run / "attempts.jsonl", offset=3)
    tampered = invoke("verify", str(run), "--key", pub)
    assert tampered.exit_code == 1 and "changed: attempts.jsonl" in tampered.output


def test_editing_the_evidence_breaks_the_signature(run, key):
    assert invoke("sign", str(run), "--key", str(key)).exit_code == 0
    # Whoever changes an artifact and its recorded hash together still cannot forge the signature.
    flip_one_byte(run / "report.md")
    path = run / "evidence.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["statement"]["files"]["report.md"] = sha256_file(run / "report.md")
    path.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("verify", str(run))
    assert result.exit_code == 1 and "signature: INVALID" in result.output


def test_a_signature_by_another_key_is_refused(run, key, tmp_path):
    other = tmp_path / "other.key"
    assert invoke("keygen", "--out", str(other)).exit_code == 0
    assert invoke("sign", str(run), "--key", str(other)).exit_code == 0
    result = invoke("verify", str(run), "--key", str(key.with_name(key.name + ".pub")))
    assert result.exit_code == 1 and "not the key given with --key" in result.output


def test_unsigned_fails_when_a_signature_is_required(run, key):
    assert invoke("verify", str(run), "--require-signature").exit_code == 1
    assert invoke("verify", str(run), "--key", str(key.with_name(key.name + ".pub"))).exit_code == 1


def test_sign_refuses_a_folder_changed_since_the_run(run, key):
    flip_one_byte(run / "attempts.jsonl")
    refused = invoke("sign", str(run), "--key", str(key))
    assert refused.exit_code == 2 and "changed: attempts.jsonl" in refused.output
    assert read_evidence(run).signature is None
    assert invoke("sign", str(run), "--key", str(key), "--rehash").exit_code == 0
    assert invoke("verify", str(run)).exit_code == 0


def test_rerendering_keeps_the_signature_only_when_nothing_changed(run, key):
    assert invoke("sign", str(run), "--key", str(key)).exit_code == 0
    assert invoke("report", str(run), "-f", "md").exit_code == 0  # same bytes again
    assert read_evidence(run).signature is not None
    flip_one_byte(run / "attempts.jsonl")  # changed by hand: re-rendering must not bless it
    result = invoke("report", str(run), "-f", "md", "--signer", "Someone Else")
    assert result.exit_code == 0 and "signature was removed" in result.output
    after = invoke("verify", str(run))
    assert after.exit_code == 1 and "changed: attempts.jsonl" in after.output


def test_verify_without_evidence_says_how_to_make_it(run):
    (run / "evidence.json").unlink()
    result = invoke("verify", str(run))
    assert result.exit_code == 2 and "no evidence.json" in result.output


def test_signing_without_cryptography_names_the_extra(run, monkeypatch, key):
    monkeypatch.setitem(sys.modules, "cryptography.hazmat.primitives", None)
    from auditkit.evidence.signing import load_private_key

    with pytest.raises(MissingExtraError, match=r"pip install 'auditkit\[sign\]'"):
        load_private_key(key)
