"""The local executor: this process sends the attempts and scores them on its own threads (runs.pipeline)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable, Sequence

from auditkit.detectors.registry import DetectorSet
from auditkit.records.attempts import Attempt
from auditkit.records.probes import Probe
from auditkit.runs.executor import AttemptSink, RunHooks
from auditkit.runs.pipeline import Pipeline
from auditkit.targets.base import Target
from auditkit.targets.startup import start_target


class LocalExecutor:
    """Sends and scores in this process: the model loads here, the detectors load in a thread meanwhile."""

    scores_logged_answers = True

    def __init__(self, *, concurrency: int, seed: int, scoring_threads: int | None = None):
        self.concurrency = concurrency
        self.seed = seed
        self.scoring_threads = scoring_threads

    async def start(self, target: Target, scored: list[Probe]) -> asyncio.Future[DetectorSet]:
        """Load the target's model now, then start building the detectors in a thread (first requests go out)."""
        # The model loads before the detector models do (see start_target).
        await start_target(target)
        # Detector models take seconds to load: they build in a thread while the first requests go out
        # (scoring waits for them, sending does not). Without scoring no detector, and so no model, is built.
        return asyncio.ensure_future(asyncio.to_thread(DetectorSet, scored))

    async def send_and_score(self, pending: Iterable[Attempt], probes: dict[str, Probe], target: Target,
                             detectors: Awaitable[DetectorSet] | None, log: AttemptSink, hooks: RunHooks, *,
                             count: int, unscored: Sequence[Attempt] = ()) -> None:
        """Send and score every pending attempt through the pipeline (`count` is not needed here)."""
        await Pipeline(probes, target, detectors, log, concurrency=self.concurrency, seed=self.seed, hooks=hooks,
                       scoring_threads=self.scoring_threads).run(pending, unscored)
