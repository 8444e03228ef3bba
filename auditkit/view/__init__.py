"""`auditkit view`: browse, filter, compare and review runs in a local web app (Starlette, server-side templates).

Modules: `index` (an attempt log's offsets and filter fields, built once per run folder), `catalog` (the runs
shown: folders given or a run store), `sampling` (review sessions over a stratified sample), `guard` (Host
check, per-session token, security headers), `app` (routes and pages), `serve` (bind and run). Importing this
package imports nothing heavy; Starlette loads only when the app is built. Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "create_app": "auditkit.view.app",
    "Catalog": "auditkit.view.catalog",
    "BackgroundServer": "auditkit.view.serve",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
