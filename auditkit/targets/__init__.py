"""auditkit.targets."""
