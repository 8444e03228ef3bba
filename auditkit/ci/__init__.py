"""Integration with the CI systems teams already use: GitHub Actions, pytest, pre-commit.

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "annotations": "auditkit.ci.github",
    "publish": "auditkit.ci.github",
    "step_summary": "auditkit.ci.github",
    "init_project": "auditkit.ci.init",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
