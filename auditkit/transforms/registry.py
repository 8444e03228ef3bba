"""Find transforms by name through the `auditkit.transforms` entry points, built-ins included."""

from __future__ import annotations

from functools import lru_cache

from auditkit.errors import InputError
from auditkit.plugins import available, load_plugin
from auditkit.records.probes import TransformSpec
from auditkit.transforms.base import Transform


def available_transforms() -> list[str]:
    """Names of every registered transform."""
    return available("transforms")


@lru_cache(maxsize=256)
def _factory(name: str) -> type:
    # Each entry-point lookup reads every installed distribution's metadata; a suite names the same few
    # transforms many times. Only successful lookups are cached (lru_cache does not keep exceptions).
    return load_plugin("transforms", name)


def build_transform(spec: TransformSpec) -> Transform:
    """Build the transform a spec names, with its options; InputError if the name or an option is wrong."""
    factory = _factory(spec.name)
    try:
        return factory(**spec.params)
    except (TypeError, ValueError) as exc:
        raise InputError(f"transform {spec.name!r}: {exc}") from None
