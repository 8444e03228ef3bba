"""report.md: the Report as a model card (after Mitchell et al., 2019), rendered from a Jinja2 template."""

from __future__ import annotations

from functools import lru_cache
from itertools import groupby
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from auditkit.attacks.summary import AttackSummary
from auditkit.metrics.model import Metric
from auditkit.policy.model import SEVERITIES
from auditkit.report.escape import md_cell, md_code, md_fence, md_inline, redact_secrets
from auditkit.report.formatting import excerpt, interval, metric_ci, metric_n, metric_value, num, plain, pvalue
from auditkit.report.model import Report
from auditkit.report.template_cache import bytecode_cache
from auditkit.resources import data_dir

TEMPLATE = "model_card.md.j2"
ATTACKS_TEMPLATE = "adaptive_attacks.md.j2"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(data_dir("reports") / "templates")),
        # Autoescape is for HTML; Markdown needs its own escaping, which the filters below apply to
        # every piece of untrusted text (model output, prompts, target descriptions, user notes).
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=bytecode_cache(),
    )
    env.filters.update(cell=md_cell, inline=md_inline, fence=md_fence, code=md_code, num=num, ci=metric_ci,
                       value=metric_value, n=metric_n, excerpt=excerpt, plain=plain, pvalue=pvalue,
                       interval=interval)
    return env


def _has_numbers(finding: Any) -> bool:
    """True when a finding carries more than its headline metric (groups, comparisons, a correction...)."""
    return bool(finding.metrics or finding.comparisons or finding.corrected or finding.p_value is not None
                or finding.samples_needed or finding.mode not in (None, "point"))


def _rationale_groups(findings: list[Any]) -> list[tuple[str | None, list[Any]]]:
    """Findings grouped by the framework section their rule evidences, in first-seen order."""
    groups: dict[str | None, list[Any]] = {}
    for f in findings:
        groups.setdefault(f.section, []).append(f)
    return list(groups.items())


def _overview_tables(report: Report) -> list[tuple[str, list[Metric]]]:
    # build_report emits the overview grouped by category already; groupby keeps that order.
    return [(selection, list(items)) for selection, items in groupby(report.overview, key=lambda m: m.selection)]


def _group_tables(report: Report) -> list[dict[str, Any]]:
    def key(m: Metric) -> tuple[str, str, tuple[str, ...]]:
        return m.selection, m.name, tuple(sorted(m.group))

    tables = []
    for (selection, name, variables), items in groupby(report.groups, key=key):
        rows = list(items)
        values = [m.value for m in rows if m.value is not None]
        tables.append({"selection": selection, "name": name, "variable": ", ".join(variables), "rows": rows,
                       "spread": max(values) - min(values) if len(values) > 1 else None})
    return tables


def card_context(report: Report) -> dict[str, Any]:
    """What the model-card templates (Markdown and HTML) read: the report and numbers derived from it."""
    findings = report.findings
    status_counts = {s: sum(f.status == s for f in findings) for s in ("pass", "fail", "inconclusive")}
    failed_by_severity = [(sev, [f.rule_id for f in findings if f.status == "fail" and f.severity == sev])
                          for sev in reversed(SEVERITIES)]
    headline = [m for m in report.overview if m.name == "violation_rate"] or \
        [m for m in report.overview if m.name.startswith("flag_rate")]
    return {
        "r": report,
        "m": report.manifest,
        # The manifest should hold no secrets; redacting again costs nothing and guards hand-made reports.
        "target": redact_secrets(report.manifest.target),
        "status_counts": status_counts,
        "failed_by_severity": [(sev, ids) for sev, ids in failed_by_severity if ids],
        "headline": headline,
        "overview_tables": _overview_tables(report),
        "group_tables": _group_tables(report),
        "details": [f for f in findings if f.status in ("fail", "inconclusive") or _has_numbers(f)],
        "rationale_groups": _rationale_groups(findings),
        "evidence": {e.attempt_id: e for e in report.evidence},
    }


def render_markdown(report: Report) -> str:
    """The report as a Markdown model card; all untrusted text is escaped or fenced."""
    return _environment().get_template(TEMPLATE).render(**card_context(report))


def render_attacks_markdown(attacks: list[AttackSummary]) -> str:
    """The Adaptive attacks section alone (an attack run in a folder that holds no audit run)."""
    return "# Adaptive attacks\n\n" + _environment().get_template(ATTACKS_TEMPLATE).render(attacks=attacks) \
        .removeprefix("### Adaptive attacks\n\n")
