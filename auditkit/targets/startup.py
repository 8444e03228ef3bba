"""Target start-up for a run, the same wherever attempts are sent (this process or a Ray worker)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from auditkit.errors import TargetError
from auditkit.targets.base import Target
from auditkit.targets.registry import load_target


def open_target(spec: str | Mapping[str, Any], *, concurrency: int) -> Target:
    """The target `spec` names, told the run's concurrency (targets that batch inside size batches from it)."""
    target = load_target(spec)
    configure = getattr(target, "configure", None)
    if callable(configure):
        configure(concurrency=concurrency)
    return target


async def start_target(target: Target) -> None:
    """Let a target that loads a model (an optional `start`) do so now; a failure is left to its attempts."""
    # A local model loads before the detector models do: transformers' loading flips process-wide state
    # (default dtype, weight initialisation), so two loads in two threads can corrupt each other.
    start = getattr(target, "start", None)
    if callable(start):
        try:
            await start()
        except TargetError:
            pass
