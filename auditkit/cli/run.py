"""`auditkit run`: audit a target with suites and a policy, write the run folder, exit with the verdict."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from auditkit.cli.console import say
from auditkit.cli.options import fail_on_inconclusive_option, fail_on_option, store_recording_options
from auditkit.secrets import SECRETS_FILE_ENV

if TYPE_CHECKING:
    from auditkit.runs.config import RunConfig


@click.command()
@click.option("-t", "--target", help="openai:MODEL@URL, hf:MODEL, python:pkg.mod:fn or replay:PATH (or `target:` in "
              "--config). Default: the embedded demonstration model (embedded:smollm2).")
@click.option("-s", "--suite", "suites", multiple=True,
              help="Built-in suite id or folder (see `auditkit probes list`), or a suite file/folder. Repeatable. "
                   "Default: starter.")
@click.option("-p", "--policy", help="Built-in policy id or a policy file. Default: default.")
@click.option("--no-policy", is_flag=True, help="Collect and report without judging.")
@click.option("-c", "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="auditkit.yaml with the full form of every option; command-line options override it.")
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path),
              help="Run folder. Default: runs/<time>-<model>.")
@click.option("--concurrency", type=click.IntRange(1, 1024), help="Requests in flight at once. Default: 8.")
@click.option("--samples", type=click.IntRange(1, 100), help="Times each probe is sent. Default: 1.")
@click.option("--seed", type=int, help="Seed passed to the target (sample k gets seed+k). Default: 0.")
@click.option("--limit", type=click.IntRange(1), help="Send at most this many attempts (a smoke run).")
@click.option("--score/--no-score", "score", default=None,
              help="Score responses while the run goes (default), or only collect them to score later.")
@click.option("--scoring-threads", type=click.IntRange(1, 64),
              help="Threads scoring answers while requests are in flight. Default: one per CPU, at most 4.")
@fail_on_option
@fail_on_inconclusive_option
@click.option("--title", help="Report title.")
@click.option("--intended-use", help="The model's intended use, for the report's model card.")
@click.option("--executor", help="Where attempts are sent and scored: local (default), ray (the cluster in "
              "RAY_ADDRESS, else a local Ray instance) or ray://HOST:PORT. Needs auditkit[ray].")
@click.option("--ray-workers", type=click.IntRange(1, 4096),
              help="Ray workers to start. Default: one per CPU of the cluster, at most --concurrency.")
@click.option("--ray-gpus", type=click.FloatRange(0, 64),
              help="GPUs each Ray worker reserves, for a local model on GPU (Ray hides GPUs otherwise). Default: 0.")
@click.option("--resume", is_flag=True, help="Continue the run in --out without re-sending finished attempts.")
@click.option("--progress/--no-progress", default=True, help="Show progress (a bar on a terminal, lines in CI).")
@store_recording_options
@click.option("--secrets", "secrets_file", type=click.Path(dir_okay=False, exists=True),
              envvar=SECRETS_FILE_ENV, help="A NAME=VALUE file that api_key_env names are looked up in "
              "when the environment does not set them.")
def run(target: str | None, suites: tuple[str, ...], policy: str | None, no_policy: bool, config_path: Path | None,
        out: Path | None, concurrency: int | None, samples: int | None, seed: int | None, limit: int | None,
        fail_on: str | None, fail_on_inconclusive: bool | None, title: str | None, intended_use: str | None,
        resume: bool, progress: bool,
        score: bool | None, scoring_threads: int | None, executor: str | None, ray_workers: int | None,
        ray_gpus: float | None,
        secrets_file: str | None) -> None:
    """Run an audit and exit with the gate verdict."""
    from auditkit.cli.console import progress_reporter
    from auditkit.cli.options import record_requested_run
    from auditkit.cli.summary import print_summary, publish_to_ci
    from auditkit.runs.config import build_run_config
    from auditkit.runs.runner import run_audit
    from auditkit.targets.embedded import prepare_if_embedded

    given = {"target": target, "suites": list(suites) or None, "policy": policy, "out": out,
             "concurrency": concurrency, "samples": samples, "seed": seed, "limit": limit, "fail_on": fail_on,
             "fail_on_inconclusive": fail_on_inconclusive,
             "score": score, "scoring_threads": scoring_threads, "executor": executor, "ray_workers": ray_workers,
             "ray_gpus": ray_gpus, "title": title, "intended_use": intended_use,
             "secrets_file": Path(secrets_file).absolute() if secrets_file else None}
    overrides = {k: v for k, v in given.items() if v is not None} | ({"policy": None} if no_policy else {})
    config = build_run_config(config_path, overrides, default_target=True, resume=resume,
                              on_notice=lambda line: say(line, err=True))
    if config.policy:
        _preflight(config)
    # The first use converts the demonstration model (about a minute): say so rather than sit silent.
    prepare_if_embedded(config.target, on_status=lambda line: say(line, err=True))
    reporter = progress_reporter("auditing", progress)
    try:
        outcome = run_audit(config, resume=resume, progress=reporter)
    except KeyboardInterrupt:
        if reporter:
            reporter.close()
        where = f" --out {config.out}" if config.out else ""
        say(f"interrupted: finished attempts are saved; continue with `auditkit run ... --resume{where}`",
            err=True)
        raise click.exceptions.Exit(3) from None
    if reporter:
        reporter.close()
    print_summary(outcome.report, folder=str(outcome.folder))
    publish_to_ci(outcome.report, folder=str(outcome.folder))
    # After the summary and before the exit code: a failing gate is recorded too, and a store error only warns.
    record_requested_run(outcome.folder)
    raise click.exceptions.Exit(outcome.exit_code)


def _preflight(config: RunConfig) -> None:
    """Before anything is sent: stop on a rule the suites can never feed (exit 2), warn about rules that will be
    inconclusive, and print the sizing table when a rule is under-powered."""
    from auditkit.errors import InputError, MissingExtraError
    from auditkit.policy.coverage import check_preflight, planned_attempts
    from auditkit.policy.load import load_policy
    from auditkit.suites.load import load_suites

    assert config.policy is not None
    policy = load_policy(config.policy)
    if config.fail_on_inconclusive:
        policy = policy.with_inconclusive("fail")
    planned = planned_attempts(load_suites(config.suites))
    try:
        from auditkit.cli.plan import print_plan
        from auditkit.policy.sizing import plan_audit

        found = plan_audit(policy, planned, samples=config.samples, fail_on=config.fail_on, baseline=False)
    except MissingExtraError:
        # Should sizing be unavailable, the run still checks that every rule can be judged.
        check_preflight(policy, planned, fail_on=config.fail_on, baseline=False, suites=config.suites)
        return
    if found.preflight.errors:
        raise InputError(f"policy {policy.id}: {len(found.preflight.errors)} rule(s) can never be judged with "
                         f"suites {', '.join(config.suites)}; nothing was sent", problems=found.preflight.errors)
    for line in found.preflight.warnings:
        say(f"warning: {line}", err=True)
    weak = [r for r in found.underpowered() if r.coverage.problem is None]
    if weak:
        print_plan(found, rules=weak,
                   title=f"Under-powered rules ({len(weak)} of {len(found.rules)}; `auditkit plan` sizes the audit)")
        need = found.samples_for_all
        advice = f"--samples {need}" if need else "more probes (no --samples up to 100 is enough)"
        say(f"{len(weak)} rule(s) have under {100 * found.target_power:.0f}% power against the effects shown; "
            f"{advice} would give every rule that power", err=True)
