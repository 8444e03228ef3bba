"""Metrics: aggregates over scored attempts with confidence intervals."""

from auditkit.metrics.compute import by_group, compute_metric
from auditkit.metrics.model import Metric
from auditkit.metrics.stats import mean_interval, wilson_interval

__all__ = ["Metric", "by_group", "compute_metric", "mean_interval", "wilson_interval"]
