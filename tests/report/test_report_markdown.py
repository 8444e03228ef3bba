"""The Markdown model card: sections, verdict, rules, numbers, and escaping of hostile model text."""

from __future__ import annotations

import re

import pytest

from auditkit.report.build import build_report
from auditkit.report.markdown import render_markdown

SECTIONS = ["## 1. Summary", "## 2. Model details", "## 3. Intended use and out-of-scope uses", "## 4. Factors",
            "## 5. Metrics", "## 6. Evaluation data", "## 7. Quantitative analyses", "## 8. Findings",
            "## 9. Detector cards", "## 10. Ethical considerations, caveats and recommendations",
            "## 11. Compliance mapping", "## 12. Sign-off", "## 13. Licence and provenance",
            "## Appendix: package versions"]
FENCE_OPEN = re.compile(r"^(`{3,})[^`]*$")


def split_fences(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """Text outside fenced code blocks, and each block as (fence, body), following CommonMark's rule
    that only a backtick run at least as long as the opening fence (and nothing else) closes it."""
    outside: list[str] = []
    blocks: list[tuple[str, str]] = []
    fence: str | None = None
    body: list[str] = []
    for line in markdown.split("\n"):
        if fence is None:
            match = FENCE_OPEN.match(line)
            if match:
                fence, body = match.group(1), []
            else:
                outside.append(line)
        elif re.fullmatch(rf"`{{{len(fence)},}}\s*", line):
            blocks.append((fence, "\n".join(body)))
            fence = None
        else:
            body.append(line)
    assert fence is None, "a fenced block is never closed"
    return "\n".join(outside), blocks


def test_sections_in_order(report):
    md = render_markdown(report)
    positions = [md.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    assert md.startswith("# Audit of tiny-chat\n")


def test_verdict_line_and_rule_ids(report):
    md = render_markdown(report)
    assert "**Verdict: FAIL**" in md
    assert "fail-on severity: **high**" in md
    assert "rules: 1 passed, 1 failed, 1 inconclusive" in md
    for rule_id in ("misuse-violations", "errors", "bias-refusals"):
        assert f"| {rule_id} |" in md
    assert "- **high**: `misuse-violations`" in md


def test_numbers_intervals_and_n(report):
    md = render_markdown(report)
    assert "| violation\\_rate | 0.300 | [0.108, 0.603] | 10 |" in md
    assert "| misuse-violations | high | FAIL | 0.300 | [0.108, 0.603] | 10 | &lt;= 0.05 |" in md
    assert "| a | 0.500 | [0.150, 0.850] | 4 |" in md  # per-group table
    assert "Wilson" in md and "Student t" in md


def test_model_details_never_show_secrets(report):
    md = render_markdown(report)
    assert "sk-should-never-show" not in md
    assert "tiny-chat" in md and "run-123" in md and "| seed | 7 |" in md


def test_evaluation_data_and_detectors(report):
    md = render_markdown(report)
    assert "| test-suite | 20 | 20 | none (20) | abababababab | builtin |" in md
    assert "| mine | 1 | 0 | — | cdcdcdcdcdcd | custom |" in md
    assert "ef" * 32 in md and "`policies/test.yaml`" in md
    assert "| refusal | 0.1 |" in md and "| pattern | 0.2 |" in md
    assert "| pydantic | 2.13.4 |" in md


def test_intended_use_missing(manifest, attempts, policy, findings):
    report = build_report(manifest=manifest, attempts=attempts, policy=policy, findings=findings, fail_on="high")
    assert "Not given: pass --intended-use" in render_markdown(report)


def test_hostile_response_stays_in_its_fence(report):
    md = render_markdown(report)
    outside, blocks = split_fences(md)
    assert "<script>" not in outside
    assert "# Pwned" not in outside and "# heading at line start" not in outside
    hostile = [(fence, body) for fence, body in blocks if "<script>" in body]
    assert len(hostile) == 1
    fence, body = hostile[0]
    longest_inner = max(len(run) for run in re.findall(r"`+", body))
    assert len(fence) > longest_inner
    assert "\x1b" not in md and "\x01" not in md  # no terminal escape sequences in the file
    # The section after the evidence is still a real heading: nothing broke the layout.
    assert "\n## 9. Detector cards\n" in outside


def test_hostile_text_in_cells_and_prose(manifest, attempts, policy, findings):
    nasty = "a|b\n# x <script>alert(1)</script> `code` [link](javascript:alert(1))"
    manifest = manifest.model_copy(update={"target": {"type": "python", "model": nasty}})
    report = build_report(manifest=manifest, attempts=attempts, policy=policy, findings=findings,
                          fail_on="high", intended_use=nasty)
    md = render_markdown(report)
    outside, _ = split_fences(md)
    assert "<script>" not in outside
    assert "[link](javascript:" not in outside and "\\[link\\](javascript:" in outside
    row = next(line for line in md.splitlines() if line.startswith("| target.model |"))
    # Exactly two columns: every `|` inside the value is escaped.
    assert len(re.findall(r"(?<!\\)\|", row)) == 3


def test_rendered_html_has_no_injected_markup(manifest, attempts, policy, findings):
    markdown_it = pytest.importorskip("markdown_it")
    nasty = "a|b\n# x <script>alert(1)</script> `code` [link](javascript:alert(1))"
    manifest = manifest.model_copy(update={"target": {"type": "python", "model": nasty}})
    report = build_report(manifest=manifest, attempts=attempts, policy=policy, findings=findings,
                          fail_on="high", intended_use=nasty, title=nasty)
    # Raw HTML enabled, as on many Markdown hosts: escaping must hold without the renderer's help.
    html = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").render(render_markdown(report))
    assert "<script" not in html and "href=" not in html
    assert html.count("<h1>") == 1 and html.count("<h2>") == len(SECTIONS)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
