"""Suites: YAML files of probes, and the concrete probes they expand into (with their transformed variants).

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "Message": "auditkit.records.probes",
    "Probe": "auditkit.records.probes",
    "builtin_suite_files": "auditkit.suites.load",
    "load_suite_file": "auditkit.suites.load",
    "load_suites": "auditkit.suites.load",
    "ProbeSpec": "auditkit.suites.model",
    "Suite": "auditkit.suites.model",
    "SuiteFile": "auditkit.suites.model",
    "suite_variants": "auditkit.suites.variants",
    "transformed": "auditkit.suites.variants",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
