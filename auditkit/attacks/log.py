"""attacks.jsonl: every attack event appended and flushed as it happens; read back to resume or to report."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from pydantic import ValidationError

from auditkit.atomic import open_private_append
from auditkit.attacks.model import AttackEvent, GoalResult

ATTACKS_LOG = "attacks.jsonl"


class EventLog:
    """The append-only event log of a run folder; one line per event, flushed so a killed run keeps it."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / ATTACKS_LOG
        repair(self.path)
        self._file = open_private_append(self.path)  # target answers may hold personal data: 0600

    def append(self, event: AttackEvent) -> None:
        """Write one event and hand it to the OS."""
        self._file.write(event.model_dump_json() + "\n")
        self._file.flush()

    def close(self) -> None:
        """Close the file."""
        self._file.close()


def repair(path: Path) -> None:
    """Cut a torn last line (a run killed while writing it), so that the next event starts on a line of its own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, 2)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        # Walk back to the last newline (a torn line is at most one event long).
        position = size
        while position > 0:
            step = min(65536, position)
            file.seek(position - step)
            chunk = file.read(step)
            found = chunk.rfind(b"\n")
            if found >= 0:
                file.truncate(position - step + found + 1)
                return
            position -= step
        file.truncate(0)


def read_events(folder: Path) -> list[AttackEvent]:
    """Every complete event of the folder's log, in order; a torn last line (a killed run) is skipped."""
    path = folder / ATTACKS_LOG
    if not path.is_file():
        return []
    events = []
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                events.append(AttackEvent.model_validate_json(line))
            except (ValidationError, json.JSONDecodeError, ValueError):
                continue  # a line cut short by a kill: the attack replays up to the event before it
    return events


def history(events: list[AttackEvent], strategy: str) -> dict[str, list[AttackEvent]]:
    """Per goal, the events one strategy logged, in order (each goal's events replay from its first)."""
    by_goal: dict[str, list[AttackEvent]] = defaultdict(list)
    for event in events:
        if event.strategy == strategy:
            by_goal[event.goal].append(event)
    return by_goal


def results(events: list[AttackEvent]) -> list[GoalResult]:
    """The result of every finished goal (the last one logged for a strategy and goal wins)."""
    found: dict[tuple[str, str], GoalResult] = {}
    for event in events:
        if event.kind == "result":
            found[(event.strategy, event.goal)] = GoalResult.model_validate(event.data)
    return list(found.values())
