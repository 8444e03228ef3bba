"""Where a run's attempts are sent and scored: one interface, met by this process and by Ray workers.

The runner picks one executor when the run starts (runner.choose_executor) and from then on talks to it
only through `Executor`: `start` gets the target and the detectors going, `send_and_score` works through
the pending attempts, logging each finished one and telling the runner through `RunHooks`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from auditkit.records.attempts import Attempt

if TYPE_CHECKING:
    from auditkit.records.manifest import DetectorRef
    from auditkit.records.probes import Probe
    from auditkit.targets.base import Target


class AttemptSink(Protocol):
    """Where finished attempts go (the run's attempt log).

    A sink may also have `waiting(attempt)`: it then records answers that wait in the backlog to be scored
    (as unscored attempts; the scored record follows), so a killed run does not lose them.
    """

    def append(self, attempt: Attempt) -> None:
        """Record one finished attempt."""


class DetectorRefs(Protocol):
    """The detectors a run scores with, as the manifest names them (a DetectorSet, or what Ray workers built)."""

    def refs(self) -> list[DetectorRef]:
        """Name, version, options and backend of every detector."""
        ...


def _ignore(_: Attempt) -> None:
    """Nothing to do with a finished attempt."""


@dataclass(frozen=True)
class RunHooks:
    """What an executor tells its caller as the run goes; every hook is called on the event loop's thread."""

    on_done: Callable[[Attempt], None] = _ignore
    """Each finished attempt, right after it is logged."""
    on_sent: Callable[[int], None] | None = None
    """The count of responses received so far, after each one."""
    on_detectors: Callable[[DetectorRefs], None] | None = None
    """The detectors, once, when they are built."""


class Executor(Protocol):
    """Sends a run's pending attempts to the target, scores the answers and logs every finished attempt."""

    scores_logged_answers: bool
    """True: answers a killed run logged unscored are scored on resume (`unscored`); False: they are sent again."""

    async def start(self, target: Target, scored: list[Probe]) -> asyncio.Future[DetectorRefs]:
        """Start what sending needs (the model, the detectors for `scored`); the future holds the detectors."""
        ...

    async def send_and_score(self, pending: Iterable[Attempt], probes: dict[str, Probe], target: Target,
                             detectors: Awaitable[DetectorRefs] | None, log: AttemptSink, hooks: RunHooks, *,
                             count: int, unscored: Sequence[Attempt] = ()) -> None:
        """Send and score the `count` pending attempts, logging each; None `detectors` means no scoring.

        `unscored` are answers logged before and not yet scored: scored and logged, not sent.
        """
        ...
