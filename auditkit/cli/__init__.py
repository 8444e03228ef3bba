"""The command line: click commands that parse, call the library and print; no library logic lives here.

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "cli": "auditkit.cli.main",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
