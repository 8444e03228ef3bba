"""Inline SVG charts for the HTML report: interval bars, forest plots of differences, a trend line.

Charts are built from numbers and escaped labels only; they carry classes that the report's stylesheet
colours, so they need no inline style and no script, and print as crisp vectors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from auditkit.report.formatting import interval, num

WIDTH = 760
LABEL_W = 190
VALUE_W = 200
ROW_H = 22
TOP = 8
AXIS_H = 24
LABEL_CHARS = 28


@dataclass(frozen=True)
class Row:
    """One bar or point: a label, the value and its 95% interval, and n."""

    label: str
    value: float | None
    low: float | None = None
    high: float | None = None
    n: int | None = None
    status: str | None = None  # pass / fail / inconclusive colours the mark


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _value_text(row: Row, signed: bool) -> str:
    text = num(row.value, signed=signed)
    if row.low is not None and row.high is not None:
        text += f" {interval(row.low, row.high, signed=signed)}"
    if row.n is not None:
        text += f" n={row.n}"
    return text


def _svg(title: str, height: int, body: list[str], kind: str) -> Markup:
    head = (f'<svg class="chart chart-{kind}" role="img" xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" aria-label="{escape(title)}">'
            f"<title>{escape(title)}</title>")
    return Markup(head + "".join(body) + "</svg>")


def _axis(x0: float, x1: float, y: float, ticks: Sequence[tuple[float, str]]) -> list[str]:
    parts = [f'<line class="axis" x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}"/>']
    for x, text in ticks:
        parts.append(f'<line class="tick" x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 4:.1f}"/>'
                     f'<text class="tick-label" x="{x:.1f}" y="{y + 16:.1f}" text-anchor="middle">{text}</text>')
    return parts


def _label(row: Row, y: float) -> str:
    return (f'<text class="label" x="{LABEL_W - 8}" y="{y + ROW_H / 2 + 4:.1f}" text-anchor="end">'
            f"<title>{escape(row.label)}</title>{escape(_short(row.label))}</text>")


def _whisker(x_low: float, x_high: float, y: float) -> str:
    mid = y + ROW_H / 2
    return (f'<g class="whisker"><line x1="{x_low:.1f}" y1="{mid:.1f}" x2="{x_high:.1f}" y2="{mid:.1f}"/>'
            f'<line x1="{x_low:.1f}" y1="{mid - 5:.1f}" x2="{x_low:.1f}" y2="{mid + 5:.1f}"/>'
            f'<line x1="{x_high:.1f}" y1="{mid - 5:.1f}" x2="{x_high:.1f}" y2="{mid + 5:.1f}"/></g>')


def interval_bars(rows: Sequence[Row], *, title: str, bound: float | None = None) -> Markup:
    """Horizontal bars on [0, 1] with 95% interval whiskers; an optional dashed line marks a rule's bound."""
    x0, x1 = LABEL_W, WIDTH - VALUE_W
    scale = x1 - x0
    height = TOP + ROW_H * len(rows) + AXIS_H
    body: list[str] = []
    for i, row in enumerate(rows):
        y = TOP + i * ROW_H
        body.append(_label(row, y))
        if row.value is not None:
            cls = f"bar {row.status}" if row.status else "bar"
            body.append(f'<rect class="{cls}" x="{x0}" y="{y + 4:.1f}" width="{max(row.value, 0.0) * scale:.1f}" '
                        f'height="{ROW_H - 8}"/>')
        if row.low is not None and row.high is not None:
            body.append(_whisker(x0 + row.low * scale, x0 + row.high * scale, y))
        body.append(f'<text class="value" x="{x1 + 6}" y="{y + ROW_H / 2 + 4:.1f}">'
                    f"{escape(_value_text(row, False))}</text>")
    if bound is not None and 0.0 <= bound <= 1.0:
        bx = x0 + bound * scale
        body.append(f'<line class="bound" x1="{bx:.1f}" y1="{TOP:.1f}" x2="{bx:.1f}" '
                    f'y2="{TOP + ROW_H * len(rows):.1f}"><title>bound {bound:.3f}</title></line>')
    ticks = [(x0 + t * scale, f"{t:.2g}") for t in (0.0, 0.25, 0.5, 0.75, 1.0)]
    body += _axis(x0, x1, TOP + ROW_H * len(rows), ticks)
    return _svg(title, height, body, "bars")


def forest(rows: Sequence[Row], *, title: str, limit: float | None = None) -> Markup:
    """Differences as points with 95% interval whiskers around a zero line (disparities, jailbreak lift)."""
    x0, x1 = LABEL_W, WIDTH - VALUE_W
    extent = max([abs(v) for r in rows for v in (r.value, r.low, r.high) if v is not None] + [limit or 0.0, 0.05])
    extent = min(1.0, extent * 1.1)
    scale = (x1 - x0) / (2 * extent)
    zero = x0 + extent * scale
    height = TOP + ROW_H * len(rows) + AXIS_H
    body = [f'<line class="zero" x1="{zero:.1f}" y1="{TOP}" x2="{zero:.1f}" y2="{TOP + ROW_H * len(rows)}"/>']
    if limit is not None:
        for sign in (-1, 1):
            lx = zero + sign * limit * scale
            body.append(f'<line class="bound" x1="{lx:.1f}" y1="{TOP}" x2="{lx:.1f}" '
                        f'y2="{TOP + ROW_H * len(rows)}"><title>limit ±{limit:.3f}</title></line>')
    for i, row in enumerate(rows):
        y = TOP + i * ROW_H
        body.append(_label(row, y))
        if row.low is not None and row.high is not None:
            body.append(_whisker(zero + row.low * scale, zero + row.high * scale, y))
        if row.value is not None:
            cls = f"point {row.status}" if row.status else "point"
            body.append(f'<circle class="{cls}" cx="{zero + row.value * scale:.1f}" cy="{y + ROW_H / 2:.1f}" r="4"/>')
        body.append(f'<text class="value" x="{x1 + 6}" y="{y + ROW_H / 2 + 4:.1f}">'
                    f"{escape(_value_text(row, True))}</text>")
    ticks = [(zero + t * scale, f"{t:+.2g}" if t else "0") for t in (-extent, -extent / 2, 0.0, extent / 2, extent)]
    body += _axis(x0, x1, TOP + ROW_H * len(rows), ticks)
    return _svg(title, height, body, "forest")


def trend(points: Sequence[Row], *, title: str) -> Markup:
    """A metric over runs, oldest first: a line through the values with a band for the 95% intervals."""
    x0, x1 = 40, WIDTH - 20
    top, plot_h = TOP + 4, 140
    height = top + plot_h + AXIS_H + 8
    step = (x1 - x0) / max(len(points) - 1, 1)

    def y(v: float) -> float:
        return top + (1.0 - v) * plot_h

    body = [f'<line class="axis" x1="{x0}" y1="{top}" x2="{x0}" y2="{top + plot_h}"/>']
    for t in (0.0, 0.5, 1.0):
        body.append(f'<text class="tick-label" x="{x0 - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{t:.1f}</text>')
    band = [(x0 + i * step, p) for i, p in enumerate(points) if p.low is not None and p.high is not None]
    if len(band) > 1:
        upper = " ".join(f"{x:.1f},{y(p.high):.1f}" for x, p in band)  # type: ignore[arg-type]
        lower = " ".join(f"{x:.1f},{y(p.low):.1f}" for x, p in reversed(band))  # type: ignore[arg-type]
        body.append(f'<polygon class="band" points="{upper} {lower}"/>')
    line = [(x0 + i * step, p) for i, p in enumerate(points) if p.value is not None]
    if len(line) > 1:
        body.append('<polyline class="line" points="'
                    + " ".join(f"{x:.1f},{y(p.value):.1f}" for x, p in line) + '"/>')  # type: ignore[arg-type]
    for x, p in line:
        cls = f"point {p.status}" if p.status else "point"
        body.append(f'<circle class="{cls}" cx="{x:.1f}" cy="{y(p.value):.1f}" r="3.5">'  # type: ignore[arg-type]
                    f"<title>{escape(p.label)}: {escape(_value_text(p, False))}</title></circle>")
    body += _axis(x0, x1, top + plot_h, [(x0, escape(_short(points[0].label))),
                                         (x1, escape(_short(points[-1].label)))] if points else [])
    return _svg(title, height, body, "trend")
