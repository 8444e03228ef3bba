"""Terminal output for the CLI: rich on a terminal, plain lines in CI logs."""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import click

from auditkit.textsafe import terminal_safe


def say(message: object = "", *, err: bool = False, nl: bool = True) -> None:
    """Print a line of human-readable text with every terminal control sequence removed.

    Messages carry text from models, endpoints and user files (error bodies, exception messages, ids,
    descriptions); click strips colour codes only when output is not a terminal, and never OSC or DCS.
    """
    click.echo(terminal_safe(message), err=err, nl=nl)


def markup_safe(value: object) -> str:
    """Untrusted text to put inside a rich markup string: no control sequences, no `[tag]` markup."""
    from rich.markup import escape

    return escape(terminal_safe(value))


def cell(value: object) -> Any:
    """Untrusted text as a rich table cell: shown literally, never read as markup or control codes."""
    from rich.text import Text

    return Text(terminal_safe(value))


def interactive() -> bool:
    """True on a terminal outside CI: show live progress bars."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def stderr_console() -> Any:
    """A rich console writing to stderr."""
    from rich.console import Console

    # Logs have no terminal width; 120 columns keep rule ids and intervals on one line there.
    return Console(stderr=True, width=None if sys.stderr.isatty() else 120)


class PlainProgress:
    """Progress for logs: one line at start, every 10% and at the end, never more than every 5 s."""

    def __init__(self, label: str):
        self.label = label
        self._last_step = -1
        self._last_time = 0.0
        self._started = time.monotonic()
        self._sent = 0

    def sent(self, count: int) -> None:
        """Responses received so far (scoring follows them)."""
        self._sent = count

    def __call__(self, done: int, total: int, errors: int) -> None:
        step = (done * 10 // total) if total else 10
        now = time.monotonic()
        if step != self._last_step and (now - self._last_time >= 5 or done in (0, total)):
            self._last_step, self._last_time = step, now
            rate = done / (now - self._started) if now > self._started and done else 0.0
            say(f"{self.label}: {done}/{total} attempts scored ({max(done, self._sent)} answered), "
                f"{errors} errors, {rate:.1f}/s", err=True)

    def close(self) -> None:
        """Nothing to tear down."""


class RichProgress:
    """A live bar with done/total, errors and ETA."""

    def __init__(self, label: str):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("answered: {task.fields[sent]}"),
                                  TextColumn("errors: {task.fields[errors]}"), TimeRemainingColumn(),
                                  console=stderr_console(), transient=False)
        self._task = self._progress.add_task(markup_safe(label), total=None, errors=0, sent=0)
        self._progress.start()

    def sent(self, count: int) -> None:
        """Responses received so far; the bar itself counts attempts scored and saved."""
        self._progress.update(self._task, sent=count)

    def __call__(self, done: int, total: int, errors: int) -> None:
        self._progress.update(self._task, completed=done, total=total, errors=errors)

    def close(self) -> None:
        """Stop the live display."""
        self._progress.stop()


def progress_reporter(label: str, enabled: bool = True) -> Any:
    """The right progress display for where output goes."""
    if not enabled:
        return None
    return RichProgress(label) if interactive() else PlainProgress(label)
