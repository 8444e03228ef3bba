"""auditkit.report."""
