"""What a safety judge returns for one (prompt, response) pair, and the protocol every judge follows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class SafetyVerdict:
    """One judge's decision on one response.

    unsafe: True (harmful), False (not harmful), None (the judge's output could not be parsed or it failed);
    probability: the judge's probability that the response is unsafe, where its logits were available;
    category: the judge's harm category (Llama Guard's S-codes, ShieldGemma's policy, Granite's risk name);
    raw: the judge's own output text (or an error message when it failed);
    truncated: the prompt or response was cut to fit the judge's context (its head was kept).
    """

    unsafe: bool | None
    probability: float | None
    category: str | None
    raw: str
    truncated: bool = False


@runtime_checkable
class SafetyJudge(Protocol):
    """A harm judge over (prompt, response) pairs: a local classifier or an OpenAI-compatible endpoint."""

    family: str

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[SafetyVerdict]:
        """One verdict per (prompt, response) pair, in order."""
        ...

    def describe(self) -> dict[str, Any]:
        """{"backend": "judge:<family>", "model": ..., "details": {...}} for manifests and detector cards."""
        ...
