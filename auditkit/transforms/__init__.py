"""Transforms: deterministic rewrites of a probe (jailbreak wrappers, encodings) that keep its id and expectation.

Register a transform under the `auditkit.transforms` entry-point group; a suite's `transforms:` section says
which transforms apply to which of its probes (auditkit.suites.variants). Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "RequestTransform": "auditkit.transforms.base",
    "Transform": "auditkit.transforms.base",
    "stable_pick": "auditkit.transforms.base",
    "available_transforms": "auditkit.transforms.registry",
    "build_transform": "auditkit.transforms.registry",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
