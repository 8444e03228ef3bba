"""Transforms: deterministic rewrites of a probe (jailbreak wrappers, encodings) that keep its id and expectation.

Register a transform under the `auditkit.transforms` entry-point group; a suite's `transforms:` section says
which transforms apply to which of its probes.
"""

from auditkit.transforms.base import RequestTransform, Transform, stable_pick
from auditkit.transforms.registry import available_transforms, build_transform

__all__ = ["RequestTransform", "Transform", "available_transforms", "build_transform", "stable_pick"]
