"""report.html: the model card as one self-contained page (inline CSS, inline SVG charts, no requests).

Model output is untrusted: Jinja2 autoescapes every value, charts escape their labels, and a Content
Security Policy allows only the page's own stylesheet and filter script (by hash), so even a value that
slipped through escaping could neither run a script nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from auditkit.policy.model import Finding, Policy
from auditkit.report import charts
from auditkit.report.charts import Row
from auditkit.report.escape import xml_safe
from auditkit.report.formatting import excerpt, interval, metric_ci, metric_n, metric_value, num, plain, pvalue
from auditkit.report.markdown import card_context
from auditkit.report.model import Report
from auditkit.report.template_cache import bytecode_cache
from auditkit.resources import data_dir

TEMPLATE = "model_card.html.j2"
ASSETS = "html"


def _templates() -> str:
    return str(data_dir("reports") / "templates")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(_templates()), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, finalize=_drop_controls,
                      bytecode_cache=bytecode_cache())
    env.filters.update(num=num, ci=metric_ci, value=metric_value, n=metric_n, excerpt=excerpt, plain=plain,
                       signed=_signed, interval=interval, pvalue=pvalue)
    return env


def _drop_controls(value: Any) -> Any:
    # Control characters are not allowed in HTML text; model output can contain them (ANSI escapes).
    if isinstance(value, str) and not isinstance(value, Markup):
        return xml_safe(value)
    return value


def _signed(value: float | None) -> str:
    return num(value, signed=True)


@lru_cache(maxsize=2)
def _asset(name: str) -> tuple[Markup, str]:
    """A static asset's text (trusted: it ships with auditkit) and its CSP hash source."""
    text = (data_dir("reports") / "templates" / ASSETS / name).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


def content_security_policy() -> str:
    """The page's CSP: nothing may load; only the shipped stylesheet and filter script may apply or run."""
    _, style = _asset("report.css")
    _, script = _asset("filter.js")
    return (f"default-src 'none'; style-src {style}; script-src {script}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _rule(policy: Policy | None, rule_id: str) -> Any:
    return next((r for r in policy.rules if r.id == rule_id), None) if policy else None


def _metric_row(label: str, metric: Any, status: str | None = None) -> Row:
    return Row(label=label, value=metric.value, low=metric.ci_low, high=metric.ci_high, n=metric.n, status=status)


def _summary_chart(ctx: dict[str, Any]) -> Markup | None:
    headline = ctx["headline"]
    if not headline:
        return None
    rows = [_metric_row(m.selection.removeprefix("category="), m) for m in headline]
    return charts.interval_bars(rows, title=f"{headline[0].name} by category, with 95% intervals")


def _group_charts(ctx: dict[str, Any]) -> list[Markup]:
    return [charts.interval_bars([_metric_row(", ".join(m.group.values()), m) for m in t["rows"]],
                                 title=f"{t['selection']}: {t['name']} by {t['variable']}, with 95% intervals")
            for t in ctx["group_tables"]]


def _disparity_charts(report: Report) -> list[tuple[Finding, Markup]]:
    out = []
    for f in report.findings:
        if not f.comparisons:
            continue
        rows = [Row(label=f"{c.axis}: {c.label}", value=c.value, low=c.ci_low, high=c.ci_high, n=c.n,
                    status=c.status) for c in f.comparisons]
        limit = getattr(_rule(report.policy, f.rule_id), "max", None)
        out.append((f, charts.forest(rows, title=f"{f.rule_id}: gaps between groups, with 95% intervals",
                                     limit=limit if isinstance(limit, float | int) else None)))
    return out


def _lift_chart(report: Report) -> Markup | None:
    rows = [Row(label=t.transform, value=t.lift, low=t.lift_low, high=t.lift_high, n=t.transformed.n)
            for t in report.lift if t.lift is not None]
    if not rows:
        return None
    return charts.forest(rows, title="Jailbreak lift per transform: violation rate with the transform minus "
                                     "without, on the same probes (95% Newcombe intervals)")


def _evidence_rows(report: Report) -> list[dict[str, Any]]:
    rules: dict[str, list[str]] = {}
    for f in report.findings:
        for attempt_id in f.evidence:
            rules.setdefault(attempt_id, []).append(f.rule_id)
    return [{"item": e, "anchor": f"ev-{i}", "rules": rules.get(e.attempt_id, [])}
            for i, e in enumerate(report.evidence, 1)]


def html_context(report: Report, trend: list[tuple[str, Markup]] | None = None) -> dict[str, Any]:
    """Everything the HTML template reads: the card context, charts, the evidence table and the page's CSP."""
    ctx = card_context(report)
    evidence_rows = _evidence_rows(report)
    style, _ = _asset("report.css")
    script, _ = _asset("filter.js")
    ctx.update(
        csp=content_security_policy(), style=style, script=script,
        summary_chart=_summary_chart(ctx), group_charts=_group_charts(ctx),
        disparity_charts=_disparity_charts(report), lift_chart=_lift_chart(report),
        evidence_rows=evidence_rows, anchors={r["item"].attempt_id: r["anchor"] for r in evidence_rows},
        evidence_categories=sorted({r["item"].category for r in evidence_rows}),
        evidence_rules=sorted({rule for r in evidence_rows for rule in r["rules"]}),
        detector_cards=list(getattr(report, "detector_cards", None) or []),
        rules_by_id={r.id: r for r in report.policy.rules} if report.policy else {},
        trend=trend or [],
    )
    return ctx


def render_html(report: Report, *, trend: list[tuple[str, Markup]] | None = None) -> str:
    """The report as one self-contained HTML page; `trend` adds (caption, svg) charts to the appendix."""
    return _environment().get_template(TEMPLATE).render(**html_context(report, trend))


def trend_charts(series: dict[str, list[Any]]) -> list[tuple[str, Markup]]:
    """(caption, chart) per metric from the run store's trend points (oldest first); empty series are left out."""
    out = []
    for metric, points in series.items():
        if not points:
            continue
        rows = [Row(label=f"{p.run_id[:8]} {p.started_at:%Y-%m-%d}", value=p.value, low=p.ci_low, high=p.ci_high,
                    n=p.n, status=p.status) for p in points]
        out.append((f"{metric} over {len(rows)} recorded run(s) of this target, oldest first; the band is the "
                    "95% interval", charts.trend(rows, title=f"{metric} over runs")))
    return out
