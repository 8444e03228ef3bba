"""Send and score attempts on a Ray cluster; the driver still plans, logs, resumes, judges and reports.

`RayExecutor` is the runner's Executor for `executor: ray` and `ray://HOST:PORT`. Each worker is a Ray actor
that builds the target and the detectors once, then runs the local pipeline (`Pipeline`) on shards of
planned attempts and returns the finished ones as JSON lines: plain text crosses processes safely, and the
log stores exactly that text. The driver keeps at most SHARDS_PER_WORKER shards in flight per worker, so its
memory stays bounded and a killed run loses only those; it appends results to the attempt log as they
arrive (readers sort by index), so `--resume` works exactly as for a local run.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from collections.abc import Awaitable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from auditkit._version import __version__
from auditkit.errors import AuditkitError, MissingExtraError, RunError
from auditkit.records.attempts import Attempt, GenerationRequest, Response
from auditkit.records.manifest import DetectorRef
from auditkit.records.probes import Probe
from auditkit.runs.config import RunConfig
from auditkit.runs.executor import AttemptSink, RunHooks
from auditkit.runs.pipeline import Pipeline
from auditkit.targets.base import Target
from auditkit.targets.startup import open_target, start_target

SHARD_MAX = 256
"""The most attempts in one shard: a killed run loses at most SHARDS_PER_WORKER shards per worker."""

SHARDS_PER_WORKER = 2
"""Shards in flight per worker: while one drains its last requests, the next keeps the worker busy."""

SETUP_HELP = (f"every Ray worker needs auditkit {__version__} and the plugins the run uses (target, detectors) "
              "installed, and a `python:` target importable (see README, Running on Ray)")


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise MissingExtraError("--executor ray", "ray", "ray") from None
    return ray


class RemoteDetectors:
    """Stands in for the DetectorSet on the driver: the probes to score, then the detectors the workers built."""

    def __init__(self, probes: list[Probe]):
        self.probes = probes
        self.built: list[DetectorRef] = []

    def refs(self) -> list[DetectorRef]:
        """Name, version, options and backend of every detector the workers built, for the manifest."""
        return list(self.built)


def remote_detectors(probes: list[Probe]) -> asyncio.Future[RemoteDetectors]:
    """A ready future holding the detector plan, in place of the DetectorSet a local run builds."""
    _ray()  # a missing extra stops the run before its folder is written
    future: asyncio.Future[RemoteDetectors] = asyncio.get_running_loop().create_future()
    future.set_result(RemoteDetectors(probes))
    return future


def connect(executor: str) -> bool:
    """Join Ray: the session already initialised, `ray://HOST:PORT`, $RAY_ADDRESS, else a new local instance.

    Returns True when this call started the session (the caller shuts it down).
    """
    ray = _ray()
    if ray.is_initialized():
        return False
    # Without RAY_ADDRESS a new local instance, never Ray's guess of "the latest cluster started here" (a
    # stale guess waits for a dead cluster); RAY_ADDRESS=auto asks for that cluster explicitly.
    address = executor if executor.startswith("ray://") else os.environ.get("RAY_ADDRESS") or "local"
    options: dict[str, Any] = {"address": address, "log_to_driver": False, "logging_level": logging.ERROR}
    if address == "local":
        options["include_dashboard"] = False
    try:
        ray.init(**options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        hint = ("; check that the port is reachable, and for a cluster with token authentication set "
                "RAY_AUTH_MODE=token and its token (RAY_AUTH_TOKEN or ~/.ray/auth_token)")
        hint = hint if executor.startswith("ray://") else ""
        raise RunError(f"cannot connect to Ray at {address}: {exc}{hint}") from None
    return True


def worker_plan(cpus: float, concurrency: int, pending: int, workers: int | None) -> list[int]:
    """The requests in flight of each worker: `concurrency` split over one worker per CPU (or `workers`)."""
    # No more workers than requests in flight or attempts to send (one still starts to report the detectors).
    n = max(1, min(workers or max(1, int(cpus)), concurrency, max(pending, 1)))
    return [concurrency // n + (i < concurrency % n) for i in range(n)]


def shard_size(pending: int, plan: list[int]) -> int:
    """Attempts per shard: two rounds of a worker's requests, more in a long run (fewer calls), SHARD_MAX at most.

    Small shards keep the loss of a killed run small; the two shards in flight per worker share its request
    slots, so a shard's last requests do not leave slots idle.
    """
    return min(SHARD_MAX, max(2 * max(plan), math.ceil(pending / (16 * len(plan)))))


def _secrets_to_forward(target: Target) -> dict[str, str]:
    """Values of the secrets the target names (e.g. `api_key_env`), which workers on other nodes lack."""
    from auditkit import secrets

    config = getattr(target, "config", None)
    fields = config.model_dump() if hasattr(config, "model_dump") else {}
    names = {v for k, v in fields.items() if k.endswith("_env") and isinstance(v, str) and v}
    return {name: value for name in sorted(names) if (value := secrets.lookup(name))}


class _Throttled:
    """A target whose requests share one limit, however many shards a worker is sending at once."""

    def __init__(self, target: Target, limit: int):
        self._target = target
        self._slots = asyncio.Semaphore(limit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)

    async def generate(self, request: GenerationRequest) -> Response:
        """The wrapped target's answer, once a request slot is free."""
        async with self._slots:
            return await self._target.generate(request)


class _ListSink:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def append(self, attempt: Attempt) -> None:
        self.lines.append(attempt.model_dump_json())


def _detector_set(probes: dict[str, Probe], scored: list[str]) -> Any:
    from auditkit.detectors.registry import DetectorSet

    return DetectorSet([probes[i] for i in scored])


class Worker:
    """One Ray actor: builds the target and the detectors once, then sends and scores shards of attempts."""

    def __init__(self, spec: dict[str, Any]):
        self._spec = spec
        self._lock = asyncio.Lock()
        self._info: dict[str, Any] | None = None
        self._target: Any = None
        self._detectors: Any = None
        self._probes: dict[str, Probe] = {}

    async def setup(self) -> dict[str, Any]:
        """Start the target and the detectors' loading, once; say which auditkit and process this is."""
        async with self._lock:
            if self._info is None:
                self._info = await self._build()
        return self._info

    async def _build(self) -> dict[str, Any]:
        spec = self._spec
        if spec["version"] != __version__:
            return {"version": __version__, "pid": os.getpid()}
        for name, value in spec["secrets"].items():
            os.environ.setdefault(name, value)
        self._probes = {p.id: p for p in (Probe.model_validate_json(line) for line in spec["probes"])}
        target = open_target(spec["target"], concurrency=spec["concurrency"])
        # The model loads before the detectors, as in a local run (transformers' loading is process-wide).
        await start_target(target)
        self._target = _Throttled(target, spec["concurrency"])
        if spec["scored"] is not None:
            # As in a local run, detector models load in a thread while the first requests go out.
            self._detectors = asyncio.ensure_future(asyncio.to_thread(_detector_set, self._probes, spec["scored"]))
        return {"version": __version__, "pid": os.getpid()}

    async def detectors(self) -> list[dict[str, Any]]:
        """The refs of the detectors this worker built (once they are built), as JSON-ready dicts."""
        await self.setup()
        if self._detectors is None:
            return []
        return [r.model_dump(mode="json") for r in (await self._detectors).refs()]

    async def process(self, shard: list[str]) -> list[str]:
        """Send and score one shard of planned attempts (JSON lines); return the finished ones as JSON lines."""
        await self.setup()
        sink = _ListSink()
        pipeline = Pipeline(self._probes, self._target, self._detectors, sink, concurrency=self._spec["concurrency"],
                            seed=self._spec["seed"], scoring_threads=self._spec["scoring_threads"])
        await pipeline.run([Attempt.model_validate_json(line) for line in shard])
        return sink.lines


def _shards(pending: Iterable[Attempt], size: int) -> Iterator[list[str]]:
    attempts = iter(pending)
    while shard := [a.model_dump_json() for a in islice(attempts, size)]:
        yield shard


def _run_error(ray: Any, exc: BaseException) -> BaseException:
    """The error to raise on the driver for a failed Ray call: auditkit's own errors keep their type."""
    cause = getattr(exc, "cause", None)
    if isinstance(exc, ray.exceptions.RayTaskError) and isinstance(cause, AuditkitError):
        return cause
    if isinstance(exc, ray.exceptions.RayError):
        return RunError(f"a Ray worker failed: {exc}; finished attempts are saved (continue with --resume); "
                        f"{SETUP_HELP}")
    return exc


class RayExecutor:
    """Sends and scores on Ray workers; this process (the driver) plans, logs, resumes and judges.

    Answers a killed run logged unscored are sent again (workers score what they send).
    """

    scores_logged_answers = False

    def __init__(self, config: RunConfig):
        self.config = config

    async def start(self, target: Target, scored: list[Probe]) -> asyncio.Future[RemoteDetectors]:
        """The detector plan, ready at once: the workers start the model and build the detectors."""
        return remote_detectors(scored)

    async def send_and_score(self, pending: Iterable[Attempt], probes: dict[str, Probe], target: Target,
                             detectors: Awaitable[RemoteDetectors] | None, log: AttemptSink, hooks: RunHooks, *,
                             count: int, unscored: Sequence[Attempt] = ()) -> None:
        """Like the local pipeline, with `count` pending attempts sent and scored by Ray workers.

        `target` is the driver's (unstarted) target: only the secrets it names are read from it. Workers build
        their own target from `config.target` and their own detectors for the probes `detectors` holds (None:
        no scoring), once each. Every finished attempt is appended to `log` on the driver as it comes back.
        """
        if unscored:
            raise ValueError("the Ray executor sends logged answers again; it takes no unscored attempts")
        await _send_and_score_on_ray(pending, probes, target, detectors, log, hooks, config=self.config, count=count)


async def _send_and_score_on_ray(pending: Iterable[Attempt], probes: dict[str, Probe], target: Target,
                                 detectors: Awaitable[RemoteDetectors] | None, log: AttemptSink, hooks: RunHooks, *,
                                 config: RunConfig, count: int) -> None:
    ray = _ray()
    remote = await detectors if detectors is not None else None
    started = connect(config.executor)
    actors: list[Any] = []
    try:
        cpus = ray.cluster_resources().get("CPU", 1)
        plan = worker_plan(cpus, config.concurrency, count, config.ray_workers)
        # A worker has one CPU: each of its shards scores in one thread unless the run asks for more.
        spec = {"version": __version__, "target": config.target, "seed": config.seed,
                "scoring_threads": config.scoring_threads or 1,
                "secrets": _secrets_to_forward(target), "probes": [p.model_dump_json() for p in probes.values()],
                "scored": [p.id for p in remote.probes] if remote is not None else None}
        actor_class = ray.remote(Worker)
        # Fractional CPUs let more workers than cores run (I/O-bound targets). A worker that dies is not
        # restarted: the run stops, the log keeps what finished and --resume sends the rest.
        options = {"num_cpus": min(1.0, cpus / len(plan)), "num_gpus": config.ray_gpus}
        actors = [actor_class.options(**options).remote(spec | {"concurrency": c}) for c in plan]
        try:
            infos = await asyncio.gather(*(a.setup.remote() for a in actors))
        except Exception as exc:
            raise _run_error(ray, exc) from None
        stale = sorted({i["version"] for i in infos if i["version"] != __version__})
        if stale:
            raise RunError(f"the Ray workers run auditkit {', '.join(stale)}, this process {__version__}; "
                           f"{SETUP_HELP}")
        shards = _shards(pending, shard_size(count, plan))
        received = 0

        async def feed(actor: Any) -> None:
            nonlocal received
            in_flight: set[asyncio.Future[list[str]]] = set()
            try:
                while True:
                    while len(in_flight) < SHARDS_PER_WORKER and (shard := next(shards, None)):
                        in_flight.add(asyncio.wrap_future(actor.process.remote(shard).future()))
                    if not in_flight:
                        return
                    finished, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                    for future in finished:
                        try:
                            lines = future.result()
                        except Exception as exc:
                            raise _run_error(ray, exc) from None
                        for line in lines:
                            attempt = Attempt.model_validate_json(line)
                            log.append(attempt)
                            hooks.on_done(attempt)
                        received += len(lines)
                        if hooks.on_sent:
                            hooks.on_sent(received)
            finally:
                for future in in_flight:
                    future.cancel()

        async def detector_refs(actor: Any) -> None:
            try:
                built = await actor.detectors.remote()
            except Exception as exc:
                raise _run_error(ray, exc) from None
            if remote is not None:
                remote.built = [DetectorRef.model_validate(r) for r in built]
                if hooks.on_detectors:
                    hooks.on_detectors(remote)

        async with asyncio.TaskGroup() as group:
            if remote is not None:
                group.create_task(detector_refs(actors[0]))
            for actor in actors:
                group.create_task(feed(actor))
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None
    finally:
        # Killing the workers stops their requests in flight: what finished is in the log, --resume sends the rest.
        for actor in actors:
            ray.kill(actor)
        if started:
            ray.shutdown()
