"""An API key never reaches the attempt log, the manifest, the reports, the logs or the store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.openai_server import Fault, OpenAIStubServer

FAKE_KEY = "sk-auditkit-FAKE-KEY-7d41c9e2b8a0"


def echo_everything(body: dict) -> str:
    # A hostile endpoint that repeats the request back, including anything that looks like a credential.
    return f"You sent {body}. Your key is {FAKE_KEY}."


def every_byte_under(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.slow
@pytest.mark.parametrize("via", ["environment", "secrets_file"])
def test_key_never_leaves_the_process(tmp_path, via):
    env = {**os.environ, "CI": "true", "AUDITKIT_DEBUG": ""}
    env.pop("MY_ENDPOINT_KEY", None)
    extra: list[str] = []
    if via == "environment":
        env["MY_ENDPOINT_KEY"] = FAKE_KEY
    else:
        secrets = tmp_path / "secrets.env"
        secrets.write_text(f"# team secrets\nMY_ENDPOINT_KEY={FAKE_KEY}\n")
        extra = ["--secrets", str(secrets)]
    faults = {2: Fault.http(401, body={"error": {"message": f"Incorrect API key provided: {FAKE_KEY}"}})}
    with OpenAIStubServer(responder=echo_everything, faults=faults) as server:
        config = tmp_path / "auditkit.yaml"
        config.write_text(f"target:\n  type: openai\n  model: stub\n  base_url: {server.base_url}\n"
                          f"  api_key_env: MY_ENDPOINT_KEY\nsuites: [starter-misuse]\nout: run\n")
        result = subprocess.run([sys.executable, "-m", "auditkit", "run", "-c", str(config), *extra],
                                env=env, capture_output=True, text=True, timeout=120, check=False)
        auth = {r.headers.get("authorization") for r in server.chat_requests}
    assert auth == {f"Bearer {FAKE_KEY}"}  # the key was really used
    assert result.returncode in (0, 1), result.stderr
    artifacts = every_byte_under(tmp_path / "run")
    assert {"attempts.jsonl", "manifest.json", "report.json", "report.md", "junit.xml"} <= {p.name for p in artifacts}
    leaks = [str(p) for p, data in artifacts.items() if FAKE_KEY.encode() in data]
    store = os.environ.get("AUDITKIT_STORE", "")
    if store.startswith("sqlite:///") and Path(store.removeprefix("sqlite:///")).exists():
        leaks += [store] if FAKE_KEY.encode() in Path(store.removeprefix("sqlite:///")).read_bytes() else []
    assert leaks == []
    assert FAKE_KEY not in result.stdout and FAKE_KEY not in result.stderr
    log = (tmp_path / "run" / "attempts.jsonl").read_text()
    assert "***" in log  # the echoed key was replaced, and the 401's message too
