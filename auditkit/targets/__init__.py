"""Targets: the model under audit behind one async interface (OpenAI-compatible HTTP, Python, replay,
local transformers models, the embedded demonstration model).

Names are imported lazily so that importing auditkit.targets does not import aiohttp.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "load_target": "auditkit.targets.registry",
    "Target": "auditkit.targets.base",
    "TargetFactory": "auditkit.targets.base",
    "OpenAITarget": "auditkit.targets.openai",
    "PythonTarget": "auditkit.targets.python",
    "ReplayTarget": "auditkit.targets.replay",
    "HFTarget": "auditkit.targets.hf",
    "EmbeddedTarget": "auditkit.targets.embedded",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
