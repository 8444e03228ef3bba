"""Helpers shared by the tests: a real OpenAI-compatible server and small request builders."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from auditkit.records.attempts import GenerationRequest, Response
from auditkit.records.probes import Message


def make_request(text: str = "Tell me about cats", *, probe_id: str = "p1", sample: int = 0,
                 seed: int | None = None, images: Sequence[str] = (), system: str | None = None,
                 messages: Sequence[tuple[str, str]] | None = None) -> GenerationRequest:
    """A GenerationRequest for one user message (or explicit (role, content) messages)."""
    pairs = list(messages) if messages is not None else ([("system", system)] if system else []) + [("user", text)]
    return GenerationRequest(attempt_id=f"{probe_id}#{sample}", probe_id=probe_id, sample=sample, seed=seed,
                             messages=[Message(role=r, content=c) for r, c in pairs], images=list(images))


def generate_once(target: Any, request: GenerationRequest | None = None) -> Response:
    """Run one target.generate in a fresh event loop and close the target after it."""

    async def main() -> Response:
        try:
            return await target.generate(request or make_request())
        finally:
            await target.aclose()

    return asyncio.run(main())
