"""auditkit.detectors."""
