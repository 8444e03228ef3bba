"""auditkit: responsible-AI audits of text and vision-language models.

The public API is imported lazily so that `auditkit --help` stays fast.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports
from auditkit._version import __version__

_EXPORTS = {
    "run_audit": "auditkit.runs.runner",
    "RunConfig": "auditkit.runs.config",
    "load_suites": "auditkit.suites.load",
    "load_suite_file": "auditkit.suites.load",
    "load_policy": "auditkit.policy.load",
    "judge": "auditkit.policy.engine",
    "render_report": "auditkit.report.render",
    "build_report": "auditkit.report.build",
    "load_target": "auditkit.targets.registry",
    "Attempt": "auditkit.records.attempts",
    "Response": "auditkit.records.attempts",
    "Score": "auditkit.records.attempts",
    "Probe": "auditkit.records.probes",
    "Metric": "auditkit.metrics.model",
    "Finding": "auditkit.policy.model",
    "Policy": "auditkit.policy.model",
    "RunManifest": "auditkit.records.manifest",
    "Report": "auditkit.report.model",
}

__all__ = ["__version__", *_EXPORTS]


__getattr__ = lazy_exports(__name__, _EXPORTS)
