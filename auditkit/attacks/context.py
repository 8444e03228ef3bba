"""What a strategy works with while attacking one goal: the attacker, the target and the judge, each call logged
as it happens and counted against the budgets. A resumed attack replays its logged events in order instead of
calling again, so a deterministic strategy continues from its last logged turn without re-asking anything."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from auditkit.attacks.attacker import AttackerError, JudgeError, parse_move
from auditkit.attacks.judge import Judge, Judgement
from auditkit.attacks.model import AttackBudget, AttackEvent, EventKind, Goal
from auditkit.errors import TargetError
from auditkit.records.attempts import GenerationRequest, Response
from auditkit.records.probes import Message
from auditkit.targets.base import Target

CHARS_PER_TOKEN = 4
"""The rough size of a token where a target reports no usage (python targets): tokens are then estimated."""


class BudgetSpent(Exception):  # noqa: N818 - a control-flow signal, not an error
    """The goal's or the run's query budget is spent: the attack stops where it is (a failure, not an error)."""


class RunBudget:
    """Target queries left for the whole run, shared by the goals attacked at once."""

    def __init__(self, total: int | None):
        self.left = total

    def take(self) -> bool:
        """Spend one query; False when none is left."""
        if self.left is None:
            return True
        if self.left <= 0:
            return False
        self.left -= 1
        return True


def _tokens(response: Response, messages: list[Message]) -> tuple[int, bool]:
    if response.prompt_tokens is not None or response.completion_tokens is not None:
        return (response.prompt_tokens or 0) + (response.completion_tokens or 0), False
    chars = sum(len(m.content) for m in messages) + len(response.text)
    return max(1, chars // CHARS_PER_TOKEN), True


class GoalContext:
    """The calls of one goal's attack, with its budget, its log and (when resuming) the events to replay."""

    def __init__(self, *, strategy: str, goal: Goal, attacker: Target, target: Target, judge: Judge,
                 budget: AttackBudget, run_budget: RunBudget, seed: int, log: Callable[[AttackEvent], None],
                 replay: list[AttackEvent] | None = None):
        self.strategy, self.goal = strategy, goal
        self.attacker, self.target, self.judge_ = attacker, target, judge
        self.budget, self.run_budget, self.seed = budget, run_budget, seed
        self._log = log
        self._replay = list(replay or [])
        self.seq = 0
        self.queries = self.attacker_queries = 0
        self.target_tokens = self.attacker_tokens = 0
        self.tokens_estimated = False
        self.counters: dict[str, int] = {"pruned_off_topic": 0, "pruned_low_score": 0, "backtracks": 0}

    @property
    def replaying(self) -> bool:
        """True while logged events are being replayed (a resumed attack)."""
        return bool(self._replay)

    def _next_logged(self, kind: EventKind) -> AttackEvent | None:
        if not self._replay:
            return None
        event = self._replay[0]
        if event.kind != kind:
            # The log and the strategy disagree (a changed strategy or budget): continue live from here.
            self._replay.clear()
            return None
        self._replay.pop(0)
        return event

    def _record(self, kind: EventKind, **fields: Any) -> AttackEvent:
        event = AttackEvent(strategy=self.strategy, goal=self.goal.id, seq=self.seq, kind=kind,
                            at=datetime.now(UTC), **fields)
        self.seq += 1
        self._log(event)
        return event

    def note(self, kind: EventKind, node: str | None = None, **data: Any) -> None:
        """Log a strategy's own event (a pruning, a backtrack); replayed like the calls."""
        if kind in ("pruned", "backtrack"):
            reason = data.get("reason", "")
            key = "backtracks" if kind == "backtrack" else f"pruned_{reason}"
            self.counters[key] = self.counters.get(key, 0) + 1
        logged = self._next_logged(kind)
        if logged is not None:
            self.seq += 1
            return
        self._record(kind, node=node, data=data)

    async def ask_target(self, messages: list[Message], node: str | None = None, *, direct: bool = False) -> str:
        """The target's answer to `messages`; BudgetSpent when no query is left; TargetError when it fails."""
        kind: EventKind = "direct" if direct else "target"
        logged = self._next_logged(kind)
        if not direct and self.queries >= self.budget.max_queries:
            raise BudgetSpent("max_queries")
        if logged is not None:
            self.seq += 1
            self._count_target(logged.tokens, logged.tokens_estimated, direct)
            return logged.text or ""
        if not direct and not self.run_budget.take():
            raise BudgetSpent("total_queries")
        request = GenerationRequest(attempt_id=f"{self.strategy}:{self.goal.id}:{self.seq}", probe_id=self.goal.id,
                                    messages=messages, seed=self.seed + self.seq)
        started = time.perf_counter()
        response = await self.target.generate(request)
        tokens, estimated = _tokens(response, messages)
        self._count_target(tokens, estimated, direct)
        self._record(kind, node=node, messages=messages, text=response.text, tokens=tokens,
                     tokens_estimated=estimated, latency_ms=(time.perf_counter() - started) * 1000)
        return response.text

    def _count_target(self, tokens: int, estimated: bool, direct: bool) -> None:
        if direct:
            return
        self.queries += 1
        self.target_tokens += tokens
        self.tokens_estimated |= estimated

    async def ask_attacker(self, system: str, messages: list[Message], field: str,
                           node: str | None = None) -> dict[str, Any]:
        """The attacker's next move (a JSON object with a `field` string); AttackerError when it fails."""
        logged = self._next_logged("attacker")
        if logged is not None:
            self.seq += 1
            self.attacker_queries += 1
            self.attacker_tokens += logged.tokens
            return dict(logged.data.get("move") or {field: logged.text or ""})
        sent = [Message(role="system", content=system), *messages]
        request = GenerationRequest(attempt_id=f"{self.strategy}:{self.goal.id}:attacker:{self.seq}",
                                    probe_id=self.goal.id, messages=sent, seed=self.seed + self.seq)
        started = time.perf_counter()
        try:
            response = await self.attacker.generate(request)
        except (asyncio.CancelledError, KeyboardInterrupt):
            raise
        except TargetError as exc:
            raise AttackerError(f"the attacker failed: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - an attacker crash is an error on this goal
            raise AttackerError(f"the attacker failed: {type(exc).__name__}: {exc}") from None
        move = parse_move(response.text, field)
        tokens, estimated = _tokens(response, sent)
        self.attacker_queries += 1
        self.attacker_tokens += tokens
        self.tokens_estimated |= estimated
        # The system prompt is the same for every call of a goal: the log keeps the conversation, not it again.
        self._record("attacker", node=node, messages=messages, text=move[field], data={"move": move},
                     tokens=tokens, tokens_estimated=estimated, latency_ms=(time.perf_counter() - started) * 1000)
        return move

    async def judge(self, answer: str, node: str | None = None) -> Judgement:
        """The judge's verdict on an answer; JudgeError when it cannot decide."""
        logged = self._next_logged("judge")
        if logged is not None:
            self.seq += 1
            return Judgement(**logged.data)
        try:
            found = await self.judge_.judge(self.goal, answer)
        except JudgeError:
            raise
        except Exception as exc:  # noqa: BLE001 - a judge crash is an error on this goal
            raise JudgeError(f"the judge failed: {type(exc).__name__}: {exc}") from None
        self._record("judge", node=node, data={"success": found.success, "score": found.score,
                                               "refused": found.refused, "label": found.label})
        return found
