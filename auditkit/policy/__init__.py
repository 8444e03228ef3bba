"""Policies: typed rules over metrics, loaded from YAML, judged into findings and a gate verdict.

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "gate": "auditkit.policy.engine",
    "judge": "auditkit.policy.engine",
    "verdict_counts": "auditkit.policy.engine",
    "builtin_policies": "auditkit.policy.load",
    "load_policy": "auditkit.policy.load",
    "RULE_TYPES": "auditkit.policy.model",
    "SEVERITIES": "auditkit.policy.model",
    "Baseline": "auditkit.policy.model",
    "BBQBiasRule": "auditkit.policy.model",
    "Comparison": "auditkit.policy.model",
    "DisparityRule": "auditkit.policy.model",
    "Finding": "auditkit.policy.model",
    "Mode": "auditkit.policy.model",
    "PerResponseRule": "auditkit.policy.model",
    "Policy": "auditkit.policy.model",
    "PolicyFile": "auditkit.policy.model",
    "RegressionRule": "auditkit.policy.model",
    "Rule": "auditkit.policy.model",
    "Selection": "auditkit.policy.model",
    "Severity": "auditkit.policy.model",
    "Status": "auditkit.policy.model",
    "ThresholdRule": "auditkit.policy.model",
    "TradeoffRule": "auditkit.policy.model",
    "severity_rank": "auditkit.policy.model",
    "policy_schema": "auditkit.policy.schema",
    "schema_text": "auditkit.policy.schema",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
