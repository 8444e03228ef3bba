"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

SEVERITY_CHOICES = ("info", "low", "medium", "high", "critical")

fail_on_inconclusive_option = click.option(
    "--fail-on-inconclusive", is_flag=True, default=None,
    help="Every inconclusive rule at or above --fail-on fails the gate, whatever the policy's on_inconclusive says.")

fail_on_option = click.option(
    "--fail-on", type=click.Choice(SEVERITY_CHOICES),
    help="Lowest severity whose failure fails the gate. Default: high (or the run's own setting).")

STORE_HELP = ("Run store: a SQLAlchemy URL (sqlite:///PATH, postgresql+psycopg://USER@HOST/DB) or a SQLite file. "
              "Default: $AUDITKIT_STORE, else .auditkit/store.db in this or a parent folder, else the user data "
              "folder.")
store_option = click.option("--store", "store_url", metavar="URL", help=STORE_HELP)

_STORE_META = "auditkit.store"


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta.setdefault(_STORE_META, {})[param.name] = value
    return value


def store_recording_options(command: Any) -> Any:
    """Add --store URL and --no-store to a command whose run `record_requested_run` records."""
    command = click.option("--no-store", is_flag=True, expose_value=False, callback=_remember,
                           help="Do not record the run in the run store.")(command)
    return click.option("--store", "store_url", metavar="URL", expose_value=False, callback=_remember,
                        help="Record the run in this store. " + STORE_HELP)(command)


def record_requested_run(folder: Path) -> None:
    """Record a finished run as the current command's --store/--no-store ask (default: record it), and say how
    it went; a store failure is only a warning."""
    from auditkit.cli.console import say
    from auditkit.runs.recording import record_after_run

    options = click.get_current_context().meta.get(_STORE_META, {})
    if not options.get("no_store"):
        say(record_after_run(folder, options.get("store_url")).message(), err=True)
