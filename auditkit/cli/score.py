"""`auditkit score`: re-score a saved run with new or updated detectors, without the model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from auditkit.cli.console import say
from auditkit.cli.detect import parse_options
from auditkit.cli.options import fail_on_option


@click.command()
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--detectors", "detector_names", help="Comma-separated detectors replacing every probe's own, "
              "e.g. refusal,pii,toxicity. Default: each probe's own detectors, rebuilt with today's versions.")
@click.option("-O", "--option", "options", multiple=True, metavar="DETECTOR.KEY=VALUE",
              help="Option for one of --detectors, repeatable, e.g. toxicity.threshold=0.7.")
@click.option("-p", "--policy", help="Built-in policy id or a policy file. Default: the policy the run used.")
@fail_on_option
def score(run_dir: Path, detector_names: str | None, options: tuple[str, ...], policy: str | None,
          fail_on: str | None) -> None:
    """Re-score a saved run without the model, rewrite its attempts and reports, exit with the verdict."""
    from auditkit.cli.summary import print_summary
    from auditkit.records.probes import DetectorSpec
    from auditkit.runs.rescore import rescore_run

    specs = None
    if detector_names:
        names = [n.strip() for n in detector_names.split(",") if n.strip()]
        params: dict[str, dict[str, Any]] = {n: {} for n in names}
        for key, value in parse_options(options).items():
            det, dot, opt = key.partition(".")
            if not dot or det not in params:
                raise click.BadParameter(f"{key!r}: expected DETECTOR.KEY with DETECTOR one of {names}",
                                         param_hint="--option")
            params[det][opt] = value
        specs = [DetectorSpec(name=n, params=params[n]) for n in names]
    elif options:
        raise click.UsageError("--option needs --detectors")
    outcome = rescore_run(run_dir, detectors=specs, policy=policy, fail_on=fail_on)  # type: ignore[arg-type]
    for note in outcome.notes:
        say(f"note: {note}", err=True)
    say(f"re-scored {outcome.scored} answered attempts; {outcome.changed} verdicts changed", err=True)
    if outcome.report.policy is not None:
        print_summary(outcome.report, folder=str(run_dir))
    raise click.exceptions.Exit(outcome.report.exit_code)
