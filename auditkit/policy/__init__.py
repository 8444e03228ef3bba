"""auditkit.policy."""
