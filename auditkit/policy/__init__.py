"""Policies: typed rules over metrics, loaded from YAML, judged into findings and a gate verdict."""

from auditkit.policy.judge import gate, judge, verdict_counts
from auditkit.policy.load import builtin_policies, load_policy
from auditkit.policy.model import (
    RULE_TYPES,
    SEVERITIES,
    Baseline,
    BBQBiasRule,
    Comparison,
    DisparityRule,
    Finding,
    Mode,
    PerResponseRule,
    Policy,
    PolicyFile,
    RegressionRule,
    Rule,
    Selection,
    Severity,
    Status,
    ThresholdRule,
    TradeoffRule,
    severity_rank,
)
from auditkit.policy.schema import policy_schema, schema_text

__all__ = [
    "RULE_TYPES", "SEVERITIES", "BBQBiasRule", "Baseline", "Comparison", "DisparityRule", "Finding", "Mode",
    "PerResponseRule", "Policy", "PolicyFile", "RegressionRule", "Rule", "Selection", "Severity", "Status",
    "ThresholdRule", "TradeoffRule", "builtin_policies", "gate", "judge", "load_policy", "policy_schema",
    "schema_text", "severity_rank", "verdict_counts",
]
