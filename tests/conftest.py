"""Shared fixtures. Tests never reach the network: hub access is off and HTTP goes to local servers."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any test imports transformers/huggingface_hub, which read it at import time.
os.environ["HF_HUB_OFFLINE"] = "1"

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
