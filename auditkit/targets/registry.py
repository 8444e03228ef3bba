"""Build a Target from a command-line spec (`TYPE:REST`) or a config mapping, through entry points."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from auditkit.errors import InputError
from auditkit.plugins import available, load_plugin
from auditkit.targets.base import Target

SPEC_FORMS = ("openai:MODEL@URL", "python:pkg.mod:fn", "replay:PATH", "hf:MODEL", "embedded:smollm2")


def _help() -> str:
    types = ", ".join(available("targets")) or "none (is auditkit installed? try `pip install -e .`)"
    return f"available target types: {types}; spec forms: {', '.join(SPEC_FORMS)}"


def _factory(type_name: str) -> Any:
    if type_name not in available("targets"):
        raise InputError(f"unknown target type {type_name!r}; {_help()}")
    return load_plugin("targets", type_name)


def _checked(target: Any, type_name: str) -> Target:
    # Third-party plugins register the same way as built-ins; catch a broken one here, not mid-run.
    if not isinstance(target, Target):
        raise InputError(f"target plugin {type_name!r} built {type(target).__name__}, which lacks "
                         "name/describe/generate/aclose")
    return target


def load_target(spec: str | Mapping[str, Any]) -> Target:
    """A Target from `TYPE:REST` (e.g. `openai:gpt-4o-mini@http://localhost:8000/v1`) or {type: ..., ...}."""
    if isinstance(spec, str):
        type_name, colon, rest = spec.strip().partition(":")
        if not colon or not type_name:
            raise InputError(f"target {spec!r} has no type: expected TYPE:SPEC; {_help()}")
        return _checked(_factory(type_name).from_spec(rest), type_name)
    if isinstance(spec, Mapping):
        config = dict(spec)
        type_name = config.pop("type", None)
        if not isinstance(type_name, str) or not type_name:
            raise InputError(f"target config needs a `type` key; {_help()}")
        return _checked(_factory(type_name).from_config(config), type_name)
    raise InputError(f"target must be a TYPE:SPEC string or a mapping with `type`, not {type(spec).__name__}")
