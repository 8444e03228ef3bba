"""Strategies by name, through `auditkit.attacks` entry points (built-ins register the same way as plugins)."""

from __future__ import annotations

from typing import Any

from auditkit.attacks.strategy import Strategy
from auditkit.errors import InputError
from auditkit.plugins import load_plugin


def load_strategy(name: str, **options: Any) -> Strategy:
    """The strategy registered as `name`, built with `options`; InputError for an unknown name or option."""
    factory = load_plugin("attacks", name)
    try:
        strategy = factory(**options)
    except (TypeError, ValueError) as exc:
        raise InputError(f"attack strategy {name!r}: {exc}") from None
    if not isinstance(strategy, Strategy):
        raise InputError(f"attack plugin {name!r} built {type(strategy).__name__}, which lacks name/attack")
    return strategy
