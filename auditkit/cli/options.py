"""Options shared by several commands."""

from __future__ import annotations

import click

SEVERITY_CHOICES = ("info", "low", "medium", "high", "critical")

fail_on_option = click.option(
    "--fail-on", type=click.Choice(SEVERITY_CHOICES),
    help="Lowest severity whose failure fails the gate. Default: high (or the run's own setting).")
