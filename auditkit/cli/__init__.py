"""auditkit.cli."""
