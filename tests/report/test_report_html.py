"""report.html without a browser: sections, numbers, charts, escaping of hostile text, CSP, no requests."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

from support.report_helpers import HOSTILE, attempt

from auditkit.report.build import build_report
from auditkit.report.html import content_security_policy, render_html

SECTIONS = ["1. Summary", "2. Model details", "3. Intended use and out-of-scope uses", "4. Factors",
            "5. Metrics", "6. Evaluation data", "7. Quantitative analyses", "8. Findings", "9. Detector cards",
            "10. Ethical considerations, caveats and recommendations", "11. Compliance mapping", "12. Sign-off",
            "13. Licence and provenance"]
HOSTILE_HTML = ('<script>window.x=1</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">c</a>'
                '<link rel=stylesheet href="https://cdn.example.com/x.css"><p style="color:red">s</p>')


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of <script> and <style> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in self.raw else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_thirteen_sections_in_order_and_verdict(report):
    html = render_html(report)
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    assert headings[:13] == SECTIONS
    assert '<div class="verdict fail">Verdict: FAIL</div>' in html
    assert "rules: 1 passed, 1 failed, 1 inconclusive" in html


def test_numbers_carry_interval_and_n(report):
    html = render_html(report)
    # misuse: 3 violations of 10 -> Wilson [0.108, 0.603]
    assert "violation_rate <strong>0.300</strong> [0.108, 0.603], n=10" in html
    assert "0.300 [0.108, 0.603] n=10" in html  # the summary chart's label


def test_charts_are_inline_svg(report):
    tags = parse(render_html(report)).tags
    charts = [a for t, a in tags if t == "svg"]
    assert len(charts) >= 2  # summary + the per-group chart
    assert all("chart" in (a.get("class") or "") and a.get("role") == "img" for a in charts)
    assert any(t == "rect" and "bar" in (a.get("class") or "") for t, a in tags)


def test_hostile_text_is_inert(manifest, attempts, policy, findings):
    hostile = [a.model_copy(update={"response": a.response.model_copy(update={"text": HOSTILE_HTML})})
               if a.id == "misuse-2#0" else a for a in attempts]
    html = render_html(build_report(manifest=manifest, attempts=hostile, policy=policy, findings=findings,
                                    fail_on="high", intended_use="<b>bold</b> use"))
    page = parse(html)
    assert [t for t, _ in page.tags].count("script") == 1  # ours, at the end
    assert not [t for t, _ in page.tags if t in ("img", "iframe", "link", "object", "embed")]
    assert not any(k.startswith("on") for _, a in page.tags for k in a)
    assert not any(k == "style" for _, a in page.tags for k in a)
    assert not any((a.get("href") or "").lower().startswith(("javascript:", "http")) for _, a in page.tags)
    assert "&lt;script&gt;window.x=1&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt; use" in html
    assert "<b>bold</b>" not in html


def test_markdown_hostile_fixture_text_escaped(report):
    html = render_html(report)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\x01" not in html and "\x1b" not in html  # control characters dropped
    assert HOSTILE.split("\n")[0] in html


def test_csp_allows_only_the_page_own_assets(report):
    html = render_html(report)
    page = parse(html)
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp == content_security_policy()
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for kind in ("script", "style"):
        body = "".join(page.raw[kind])
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in csp
    assert "eval(" not in "".join(page.raw["script"]) and "innerHTML" not in "".join(page.raw["script"])


def test_nothing_external(report):
    html = render_html(report)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "@import" not in html and "url(" not in html


def test_evidence_table_filterable(report):
    page = parse(render_html(report))
    rows = [a for t, a in page.tags if t == "tr" and "data-category" in a]
    assert [r["data-category"] for r in rows] == ["misuse", "misuse", "misuse", "bias"]
    assert rows[0]["data-rules"] == "misuse-violations"
    ids = {a.get("id") for _, a in page.tags}
    assert {"ev-query", "ev-category", "ev-rule", "ev-count", "evidence"} <= ids


def test_factors_lift_and_signoff(manifest, attempts, policy, findings):
    wrapped = [attempt(300 + i, verdict="violation" if i < 4 else "pass", transform="role-play",
                       text="Sure" if i < 4 else "I can't help with that.") for i in range(5)]
    for w, i in zip(wrapped, range(5), strict=True):
        w.probe_id = f"misuse-{i}"
    report = build_report(manifest=manifest, attempts=attempts + wrapped, policy=policy, findings=findings,
                          fail_on="high", out_of_scope_uses=["medical advice"])
    assert [f.axis for f in report.factors] == ["group"] and report.factors[0].groups == {"a": 4, "b": 4}
    (lift,) = report.lift
    # role-play: 4 of 5; the same probes plain (misuse-0..4): 1 of 5 (misuse-2) -> lift +0.600
    assert (lift.transformed.successes, lift.transformed.n, lift.plain.successes, lift.plain.n) == (4, 5, 1, 5)
    assert round(lift.lift, 3) == 0.6
    html = render_html(report)
    assert "Jailbreak lift per transform" in html and "+0.600" in html
    assert "<li>medical advice</li>" in html
    assert "not signed off" in html
