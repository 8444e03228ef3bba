"""The run store: every recorded run, its judgements, metrics and findings in SQLite or PostgreSQL.

Modules: `location` (which database), `engine` (open it, migrate it), `tables` (the schema),
`record` (write a run folder and its report in one transaction), `queries` (history, one run, trends).
Importing this package imports nothing heavy; SQLAlchemy loads only when a store is opened.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "Store": "auditkit.store.engine",
    "open_store": "auditkit.store.engine",
    "RecordResult": "auditkit.store.record",
    "record_run": "auditkit.store.record",
    "get_run": "auditkit.store.queries",
    "list_runs": "auditkit.store.queries",
    "trend_series": "auditkit.store.queries",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
