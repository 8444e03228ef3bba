"""Detectors: plugins that score one response each (refusal, harm, toxicity, PII, patterns, classifiers, judges).

Names are imported lazily, so that importing auditkit.detectors loads no model.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "Detector": "auditkit.detectors.base",
    "ScoringInput": "auditkit.detectors.base",
    "DetectorSet": "auditkit.detectors.registry",
    "build_detector": "auditkit.detectors.registry",
    "check_specs": "auditkit.detectors.registry",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
