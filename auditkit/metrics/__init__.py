"""Metrics: aggregates over scored attempts with confidence intervals.

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "Metric": "auditkit.metrics.model",
    "by_group": "auditkit.metrics.compute",
    "compute_metric": "auditkit.metrics.compute",
    "mean_interval": "auditkit.metrics.stats",
    "wilson_interval": "auditkit.metrics.stats",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
