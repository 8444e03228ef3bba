"""auditkit.runs."""
