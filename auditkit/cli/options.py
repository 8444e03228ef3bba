"""Options shared by several commands."""

from __future__ import annotations

import click

SEVERITY_CHOICES = ("info", "low", "medium", "high", "critical")

fail_on_inconclusive_option = click.option(
    "--fail-on-inconclusive", is_flag=True, default=None,
    help="Every inconclusive rule at or above --fail-on fails the gate, whatever the policy's on_inconclusive says.")

fail_on_option = click.option(
    "--fail-on", type=click.Choice(SEVERITY_CHOICES),
    help="Lowest severity whose failure fails the gate. Default: high (or the run's own setting).")
