"""Skip a test for a missing system tool only outside CI; in CI (CI set) the tool must be there."""

from __future__ import annotations

import os

import pytest


def require(ok: bool, what: str) -> None:
    """Skip with a reason when `ok` is false and CI is unset; fail in CI, where `make install` provides it."""
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing, and CI is set: `make install` must install it")
    pytest.skip(f"{what} is missing (CI unset, so the test is skipped; `make install` installs it)")
