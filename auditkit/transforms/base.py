"""The Transform protocol: a deterministic rewrite of a probe's messages that keeps its identity and expectation."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from auditkit.records.probes import Message


@runtime_checkable
class Transform(Protocol):
    """Rewrites the messages of a probe (a jailbreak wrapper, an encoding). Same input, same output, always."""

    name: str
    version: str

    def apply(self, messages: Sequence[Message]) -> list[Message]:
        """Return the rewritten messages."""
        ...


def stable_pick(text: str, options: Sequence[str]) -> str:
    """Pick one option from a hash of the text: varied across probes, identical across runs and machines."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


class RequestTransform:
    """Base for transforms that rewrite the request: the last user message; other messages are kept."""

    name = "request"
    version = "1"

    def rewrite(self, request: str) -> str:
        """Return the rewritten request text."""
        raise NotImplementedError

    def apply(self, messages: Sequence[Message]) -> list[Message]:
        """Rewrite the last user message and keep the others as they are."""
        out = list(messages)
        for i in range(len(out) - 1, -1, -1):
            if out[i].role == "user":
                out[i] = Message(role="user", content=self.rewrite(out[i].content))
                break
        return out


def with_request(frame: str, request: str) -> str:
    """Put the request into a frame at its `{request}` placeholder."""
    if "{request}" not in frame:
        raise ValueError("a frame must contain the placeholder {request}")
    return frame.replace("{request}", request)
