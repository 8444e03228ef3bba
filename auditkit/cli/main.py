"""The `auditkit` command: a thin click layer over the library. Heavy imports happen inside commands."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any

import click

from auditkit._version import __version__

EXIT_CODES_HELP = """\b
Exit codes:
  0  every rule at or above --fail-on passed
  1  a rule at or above --fail-on failed
  2  bad usage or an invalid input file
  3  the run itself could not complete (interrupted, no answers, internal error)
"""


class AuditkitGroup(click.Group):
    """A click group that turns auditkit errors into one readable message and the documented exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        from auditkit.cli.console import say
        from auditkit.errors import AuditkitError

        try:
            return super().invoke(ctx)
        except AuditkitError as exc:
            # Messages quote endpoint error bodies, exception messages and user files: print them safely.
            say(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            say("interrupted", err=True)
            ctx.exit(3)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:
            if os.environ.get("AUDITKIT_DEBUG"):
                # The traceback, and still exit code 3: CI reads 1 as a failed gate, not a crash.
                say("".join(traceback.format_exception(exc)), err=True, nl=False)
                say(f"internal error: {type(exc).__name__}: {exc} (please report it)", err=True)
            else:
                say(f"internal error: {type(exc).__name__}: {exc}\n"
                    "(set AUDITKIT_DEBUG=1 for the traceback, and please report it)", err=True)
            ctx.exit(3)


@click.group(cls=AuditkitGroup, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="auditkit")
def cli() -> None:
    """Audit text and vision-language models: probe, detect, judge, report, gate."""


def _register() -> None:
    from auditkit.cli import gate, policy, probes, report, run

    cli.add_command(run.run)
    cli.add_command(gate.gate)
    cli.add_command(report.report)
    cli.add_command(probes.probes)
    cli.add_command(policy.policy)
    from auditkit.cli import diff

    cli.add_command(diff.diff)
    from auditkit.cli import init

    cli.add_command(init.init)
    from auditkit.cli import sign

    for command in (sign.keygen, sign.sign, sign.verify):
        cli.add_command(command)
    from auditkit.cli import history

    for command in (history.history, history.show, history.trend, history.import_):
        cli.add_command(command)
    from auditkit.cli import detect, score

    cli.add_command(detect.detect)
    cli.add_command(score.score)
    from auditkit.cli import bom, plan

    cli.add_command(bom.bom)
    cli.add_command(plan.plan)
    from auditkit.cli import view

    cli.add_command(view.view)
    from auditkit.cli import attack

    cli.add_command(attack.attack)


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="auditkit")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
