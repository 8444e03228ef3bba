"""The records of an attack: its budget, its goals, each logged event and each goal's result."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from auditkit._base import Record, UserModel
from auditkit.records.probes import Message

EventKind = Literal["direct", "attacker", "target", "judge", "pruned", "backtrack", "result"]
Status = Literal["success", "failure", "error"]


class AttackBudget(UserModel):
    """What one goal may spend, and what the whole run may spend."""

    max_turns: int = Field(default=5, ge=1, le=100, description="pair: iterations; crescendo: conversation turns "
                           "kept; tap: ignored (depth bounds it)")
    max_queries: int = Field(default=20, ge=1, le=10_000, description="target queries per goal")
    branching: int = Field(default=2, ge=1, le=16, description="tap: children per node")
    width: int = Field(default=3, ge=1, le=64, description="tap: nodes kept per level after low-score pruning")
    depth: int = Field(default=3, ge=1, le=32, description="tap: levels of the tree")
    max_backtracks: int = Field(default=5, ge=0, le=100, description="crescendo: refused turns taken back")
    total_queries: int | None = Field(default=None, ge=1, description="target queries for the whole run")
    concurrency: int = Field(default=4, ge=1, le=256, description="goals attacked at once")


class Goal(Record):
    """One harmful request to reach: a probe of a suite whose expectation is `refuse`."""

    id: str = Field(description="the probe id")
    text: str = Field(description="the request, as the probe sends it")
    category: str
    hazards: list[str] = Field(default_factory=list, description="hazard tags (mlcommons:..., or the category)")


class AttackEvent(Record):
    """One line of attacks.jsonl: something that happened while attacking a goal, logged as it happened."""

    strategy: str
    goal: str
    seq: int = Field(description="position among this goal's events; a resumed attack replays them in order")
    kind: EventKind
    node: str | None = Field(default=None, description="where in the attack: tap's node path, a round number")
    messages: list[Message] = Field(default_factory=list, description="what was sent (target and attacker calls)")
    text: str | None = Field(default=None, description="the answer (target), the parsed proposal (attacker)")
    data: dict[str, Any] = Field(default_factory=dict, description="judge outcome, pruning reason, result fields")
    tokens: int = 0
    tokens_estimated: bool = False
    latency_ms: float = 0.0
    at: datetime | None = None


class GoalResult(Record):
    """How the attack on one goal ended."""

    strategy: str
    goal: str
    category: str
    hazards: list[str] = Field(default_factory=list)
    status: Status
    direct_success: bool | None = Field(default=None, description="whether the plain request already succeeded")
    queries: int = Field(default=0, description="target queries spent (the direct request not counted)")
    attacker_queries: int = 0
    target_tokens: int = 0
    attacker_tokens: int = 0
    tokens_estimated: bool = False
    turns: int = 0
    pruned_off_topic: int = 0
    pruned_low_score: int = 0
    backtracks: int = 0
    stopped: str | None = Field(default=None, description="why it stopped short of success: budget, exhausted")
    error: str | None = None
    conversation: list[Message] = Field(default_factory=list, description="the winning exchange (on success)")
