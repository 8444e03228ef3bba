"""The runner: send every planned attempt once, score it, stream it to disk, judge, report."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from auditkit._version import __version__
from auditkit.aio import run_sync
from auditkit.atomic import open_private_append
from auditkit.detectors.registry import check_specs
from auditkit.errors import InputError, RunError
from auditkit.policy.coverage import check_preflight, planned_attempts
from auditkit.policy.load import load_policy
from auditkit.policy.model import Policy
from auditkit.records.attempts import Attempt
from auditkit.records.manifest import DetectorRef, PolicyRef, RunManifest
from auditkit.records.probes import Probe
from auditkit.report.model import Report
from auditkit.runs.config import RunConfig
from auditkit.runs.environment import package_versions, platform_name, python_version
from auditkit.runs.executor import DetectorRefs, Executor, RunHooks
from auditkit.runs.folder import RunFolder, compact_log, iter_attempts, read_attempts, repair_log
from auditkit.runs.judging import judge_run
from auditkit.runs.local_executor import LocalExecutor
from auditkit.runs.planning import Plan, plan, plan_hash  # noqa: F401  (plan and plan_hash: re-exported)
from auditkit.runs.provenance import collect_provenance, suite_ref
from auditkit.secrets import use_secrets_file
from auditkit.suites.load import load_suites
from auditkit.suites.model import Suite
from auditkit.targets.base import Target
from auditkit.targets.startup import open_target

Progress = Callable[[int, int, int], None]
"""Called with (attempts done, attempts planned, errors so far) after each attempt."""


@dataclass
class RunOutcome:
    """What a finished run left: its folder, manifest and judged report."""

    folder: Path
    manifest: RunManifest
    report: Report

    @property
    def exit_code(self) -> int:
        """The gate verdict as an exit code: 0 pass, 1 a rule at or above fail_on failed."""
        return self.report.exit_code


def default_out_dir(target: Target, now: datetime) -> Path:
    """runs/<UTC time>-<target model> under the current directory."""
    desc = target.describe()
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", str(desc.get("model") or desc.get("type") or "target")).strip("-")
    return Path("runs") / f"{now:%Y%m%d-%H%M%S}-{slug[:40] or 'target'}"


class _Log:
    """The append-only attempt log; one line per finished attempt, flushed as it lands."""

    def __init__(self, path: Path):
        self._file = open_private_append(path)  # raw answers may hold personal data: 0600, like the reports

    def append(self, attempt: Attempt) -> None:
        self._file.write(attempt.model_dump_json() + "\n")
        # Flushing hands the line to the OS, so it survives the process being killed.
        self._file.flush()

    def waiting(self, attempt: Attempt) -> None:
        """Record an answer that waits to be scored (its scored record follows; the last record wins)."""
        self.append(attempt)

    def close(self) -> None:
        self._file.close()


def _manifest(config: RunConfig, target: Target, suites: list[Suite], policy: Policy | None,
              detectors: list[DetectorRef], attempts: Plan, started: datetime) -> RunManifest:
    return RunManifest(
        run_id=uuid.uuid4().hex[:16], auditkit_version=__version__, python=python_version(),
        platform=platform_name(), packages=package_versions(), target=target.describe(),
        suites=[suite_ref(s) for s in suites],
        policy=PolicyRef(id=policy.id, path=policy.files[0] if policy.files else "", sha256=policy.sha256,
                         files=policy.files) if policy else None,
        detectors=detectors, plan_sha256=attempts.sha256(), seed=config.seed, samples=config.samples,
        concurrency=config.concurrency, started_at=started, attempts_planned=len(attempts), media=attempts.media())


def choose_executor(config: RunConfig) -> Executor:
    """The executor the run's config names: this process (`local`), or Ray workers (`ray`, `ray://HOST:PORT`)."""
    if config.executor == "local":
        return LocalExecutor(concurrency=config.concurrency, seed=config.seed,
                             scoring_threads=config.scoring_threads)
    # Imported only here: a local run never loads the Ray executor.
    from auditkit.runs.ray_executor import RayExecutor

    return RayExecutor(config)


async def run_audit_async(config: RunConfig, *, resume: bool = False, progress: Progress | None = None) -> RunOutcome:
    """Run an audit end to end (see run_audit)."""
    use_secrets_file(config.secrets_file)  # for this run's task (and its children) only; os.environ is untouched
    suites = load_suites(config.suites)
    policy = load_policy(config.policy) if config.policy else None
    if policy is not None:
        if config.fail_on_inconclusive:
            policy = policy.with_inconclusive("fail")
        # A rule these suites can never feed stops the run before anything is sent.
        check_preflight(policy, planned_attempts(suites), fail_on=config.fail_on, baseline=False,
                        suites=config.suites)
    attempts = Plan(suites, samples=config.samples, limit=config.limit)
    probes = {p.id: p for s in suites for p in s.probes}
    # Detector models take seconds to load: build them in a thread while the first requests go out (scoring
    # waits for them, sending does not). Without scoring no detector, and so no model, is built.
    scored = [probes[probe_id] for probe_id in attempts.probe_ids()] if config.score else []
    # Models load in the background, but a misspelt detector or option must stop the run before anything is sent.
    check_specs(scored)
    executor = choose_executor(config)
    target = open_target(config.target, concurrency=config.concurrency)
    # Locally the model loads now and the detector models in a thread; on Ray the workers do both, and this
    # process plans, logs and judges.
    detectors = await executor.start(target, scored)
    detectors.add_done_callback(lambda task: task.cancelled() or task.exception())
    try:
        return await _run(config, executor, target, suites, policy, detectors, attempts, probes, resume, progress)
    finally:
        detectors.cancel()
        await target.aclose()


async def _run(config: RunConfig, executor: Executor, target: Target, suites: list[Suite], policy: Policy | None,
               detectors: asyncio.Future[DetectorRefs], attempts: Plan, probes: dict[str, Probe], resume: bool,
               progress: Progress | None) -> RunOutcome:
    started = datetime.now(UTC)
    out = Path(config.out) if config.out else default_out_dir(target, started)
    folder = RunFolder(out)
    fresh = _manifest(config, target, suites, policy, [], attempts, started)
    if resume:
        if not folder.exists():
            raise InputError(f"{out}: nothing to resume (no run folder there)")
        manifest = folder.manifest()
        if manifest.plan_sha256 != fresh.plan_sha256:
            raise InputError(f"{out}: the suites, samples or limit differ from the run being resumed; "
                             "resume with the same options, or start a new run with another --out")
        repair_log(folder.attempts_path)
        manifest = manifest.model_copy(update={"resumed": manifest.resumed + 1, "complete": False,
                                               "finished_at": None})
    else:
        if folder.exists():
            raise InputError(f"{out}: already holds a run; pass --resume to continue it, or choose another --out")
        manifest = fresh
    if manifest.provenance is None:
        # Before the first request: the model's licence, lineage and file hashes, and what the config states.
        manifest = manifest.model_copy(update={"provenance": await collect_provenance(
            target, config.model_card, commercial_use=config.commercial_use)})
    out.mkdir(parents=True, exist_ok=True)
    folder.write_policy(policy)
    folder.write_config(config.model_dump(mode="json", exclude={"target"}) | {"target": manifest.target})
    folder.write_manifest(manifest)

    # One streamed pass over the log keeps only ids and error kinds of finished attempts, and the ids of answers
    # logged while they waited to be scored; only those few are read again in full, to be scored now.
    finished: dict[str, str | None] = {}
    unscored: list[Attempt] = []
    if resume and folder.attempts_path.exists():
        waiting: set[str] = set()
        for a in iter_attempts(folder.attempts_path):
            finished[a.id] = a.error.kind if a.error else None
            # An answer logged while it waited to be scored, when the run was killed: score it, do not resend.
            if config.score and a.verdict == "unscored" and a.error is None and a.response is not None:
                waiting.add(a.id)
            else:
                waiting.discard(a.id)
        for attempt_id in waiting:
            del finished[attempt_id]
        # Ray workers score what they send: there, the waiting answers are sent again.
        if waiting and executor.scores_logged_answers:
            unscored = read_attempts(folder.attempts_path, ids=waiting)
    unscored_ids = {a.id for a in unscored}
    # The pending attempts are made one by one as senders take them: a long run never holds its whole plan.
    pending = (a for a in attempts if a.id not in finished and a.id not in unscored_ids)
    done = sum(1 for a in attempts if a.id in finished) if finished else 0
    count = len(attempts) - done - len(unscored)
    errors: Counter[str] = Counter(kind for kind in finished.values() if kind)

    def on_detectors(built: DetectorRefs) -> None:
        nonlocal manifest
        manifest = manifest.model_copy(update={"detectors": built.refs()})
        folder.write_manifest(manifest)

    def on_done(attempt: Attempt) -> None:
        nonlocal done
        done += 1
        if attempt.error:
            errors[attempt.error.kind] += 1
        if progress:
            progress(done, len(attempts), sum(errors.values()))

    if progress:
        progress(done, len(attempts), sum(errors.values()))
    hooks = RunHooks(on_done=on_done, on_sent=getattr(progress, "sent", None), on_detectors=on_detectors)
    log = _Log(folder.attempts_path)
    try:
        await executor.send_and_score(pending, probes, target, detectors if config.score else None, log, hooks,
                                      count=count, unscored=unscored)
    finally:
        log.close()
        # Answers logged while they waited to be scored have a second, scored record: a finished (or interrupted)
        # run's log keeps only the last record of each attempt. Atomic: a kill now leaves the old log or the new.
        compact_log(folder.attempts_path)
        # Whether finished or interrupted, the manifest says how far the run got.
        manifest = manifest.model_copy(update={"attempts_done": done, "errors": sum(errors.values()),
                                               "errors_by_kind": dict(sorted(errors.items()))})
        folder.write_manifest(manifest)

    manifest = manifest.model_copy(update={"finished_at": datetime.now(UTC), "detectors": (await detectors).refs(),
                                           "complete": done == len(attempts)})
    folder.write_manifest(manifest)
    report = judge_run(out, policy=policy, write=True, fail_on=config.fail_on)
    if attempts and sum(errors.values()) == len(attempts):
        # Reports are written (they show the errors), but a run with no answers cannot gate a release.
        first = next(a.error for a in folder.attempts(light=True) if a.error)
        raise RunError(f"no attempt got a response; the first error was {first.kind}: {first.message} "
                       f"(see {folder.attempts_path})")
    return RunOutcome(folder=out, manifest=manifest, report=report)


def run_audit(config: RunConfig, *, resume: bool = False, progress: Progress | None = None) -> RunOutcome:
    """Run an audit: load suites and policy, query the target, score, judge and write the run folder.

    Callable from inside a running event loop too (a notebook): the audit then runs on a loop in its own thread.
    """
    return run_sync(run_audit_async(config, resume=resume, progress=progress), thread_name="auditkit-run")
