"""Shared fixtures. Tests never reach the network: hub access is off and HTTP goes to local servers."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any test imports transformers/huggingface_hub, which read it at import time.
os.environ["HF_HUB_OFFLINE"] = "1"

# What auditkit keeps in the user cache (the ONNX export of the sentence encoder, converted models) goes to a
# folder of this test session's own, shared with the `auditkit` commands the tests start; set AUDITKIT_CACHE
# to keep one between sessions.
if not os.environ.get("AUDITKIT_CACHE"):
    os.environ["AUDITKIT_CACHE"] = tempfile.mkdtemp(prefix="auditkit-tests-cache-")
    atexit.register(shutil.rmtree, os.environ["AUDITKIT_CACHE"], ignore_errors=True)

# Make `from support.openai_server import ...` work under every pytest import mode.
_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from support.openai_server import OpenAIStubServer  # noqa: E402 (needs tests/ on sys.path first)


@pytest.fixture
def openai_server() -> Iterator[OpenAIStubServer]:
    """A started OpenAI-compatible stub server with default behaviour; `.base_url` is its API root."""
    with OpenAIStubServer() as server:
        yield server


@pytest.fixture(autouse=True)
def _private_run_store(tmp_path_factory, monkeypatch) -> None:
    """Every `auditkit run` records itself: point it at a throwaway SQLite store, never the user's data dir."""
    store = tmp_path_factory.mktemp("store") / "store.db"
    monkeypatch.setenv("AUDITKIT_STORE", f"sqlite:///{store}")
