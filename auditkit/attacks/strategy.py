"""The Strategy protocol (what an `auditkit.attacks` entry point names) and what an attack on one goal returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from auditkit.attacks.context import GoalContext
from auditkit.records.probes import Message


@dataclass
class Outcome:
    """How a strategy's attack on one goal ended: success, the winning conversation, turns used, why it stopped."""

    success: bool
    conversation: list[Message] = field(default_factory=list)
    turns: int = 0
    stopped: str | None = None


@runtime_checkable
class Strategy(Protocol):
    """An attacker-driven strategy. Built with keyword options; `attack` works only through the context, so
    every call is budgeted, logged and replayable; it raises AttackerError or JudgeError on a failure."""

    name: str

    async def attack(self, ctx: GoalContext) -> Outcome:
        """Attack the context's goal within its budget."""
        ...
