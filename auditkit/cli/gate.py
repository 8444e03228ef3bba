"""`auditkit gate`: re-judge a saved run with a policy, without touching the model."""

from __future__ import annotations

from pathlib import Path

import click

from auditkit.cli.options import fail_on_inconclusive_option, fail_on_option, store_recording_options


@click.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-p", "--policy", help="Built-in policy id or a policy file. Default: the policy the run used.")
@fail_on_option
@fail_on_inconclusive_option
@click.option("--write", is_flag=True, help="Rewrite the run's reports with this judgement.")
@click.option("--baseline", "baseline", metavar="RUN",
              help="A saved run (folder or run id) that the policy's regression rules compare with.")
@store_recording_options
def gate(run_dir: Path, policy: str | None, fail_on: str | None, fail_on_inconclusive: bool | None, write: bool,
         baseline: str | None) -> None:
    """Judge a saved run and exit with the verdict (0 pass, 1 fail)."""
    from auditkit.cli.summary import print_summary, publish_to_ci
    from auditkit.runs.judging import judge_run

    resolved = None
    if fail_on_inconclusive:
        from auditkit.policy.load import load_policy
        from auditkit.runs.folder import RunFolder

        resolved = load_policy(policy) if policy else RunFolder(run_dir).policy()
        if resolved is not None:
            resolved = resolved.with_inconclusive("fail")
    report = judge_run(run_dir, policy=resolved or policy, fail_on=fail_on, write=write,  # type: ignore[arg-type]
                       baseline=baseline)
    if report.policy is None:
        raise click.UsageError(f"{run_dir} was run without a policy; pass --policy to judge it")
    print_summary(report, folder=str(run_dir))
    publish_to_ci(report, folder=str(run_dir))
    if write:
        # The rewritten report is a new judgement of the same run: the store keeps both verdicts.
        from auditkit.cli.options import record_requested_run

        record_requested_run(run_dir)
    raise click.exceptions.Exit(report.exit_code)
