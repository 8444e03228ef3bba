"""The one small exception tree of auditkit; the CLI maps each branch to an exit code."""

from __future__ import annotations


class AuditkitError(Exception):
    """Base of every error auditkit raises on purpose."""

    exit_code = 3


class InputError(AuditkitError):
    """A user-written file or option is invalid (exit code 2)."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, problems: list[str] | None = None):
        self.file = file
        self.problems = problems or []
        super().__init__(message)

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        return head + "\n" + "\n".join(f"  - {p}" for p in self.problems)


class MissingExtraError(InputError):
    """An optional dependency is needed; the message names the pip install that fixes it."""

    def __init__(self, what: str, extra: str, package: str | None = None):
        pkg = f" ({package})" if package else ""
        super().__init__(f"{what} needs an optional dependency{pkg}: pip install 'auditkit[{extra}]'")


class TargetError(AuditkitError):
    """The model under audit failed to answer one request; recorded on its attempt."""

    def __init__(self, message: str, *, kind: str = "error", retryable: bool = False,
                 retry_after: float | None = None, retries: int = 0):
        self.kind = kind
        self.retryable = retryable
        self.retry_after = retry_after
        self.retries = retries
        super().__init__(message)


class RunError(AuditkitError):
    """The run itself could not complete (exit code 3)."""

    exit_code = 3
