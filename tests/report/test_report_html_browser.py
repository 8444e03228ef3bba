"""report.html in headless Chromium: no console errors, no requests, charts drawn, hostile output inert."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from support.browser_pages import recording_page
from support.report_runs import make_known_run
from support.system_tools import require

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    run = make_known_run(tmp_path_factory.mktemp("browser")).folder
    return (run / "report.html").resolve().as_uri()


@pytest.fixture(scope="module")
def browser():
    require(importlib.util.find_spec("playwright") is not None, "the playwright Python package")
    require(CHROMIUM is not None, "Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # Debian's chromium, never a browser downloaded by `playwright install`.
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, page_url):
    context = browser.new_context(java_script_enabled=True)
    page = recording_page(context)
    page.goto(page_url, wait_until="load")
    page.wait_for_timeout(200)
    yield page
    context.close()


def test_loads_without_console_errors_or_requests(page, page_url):
    assert page.events["console"] == []  # nothing logged at all: no errors, no CSP violations
    assert page.events["errors"] == []
    assert page.events["requests"] == [page_url]  # the page itself, nothing else
    assert page.title() == "Audit of replay"


def test_charts_present(page):
    charts = page.locator("svg.chart")
    assert charts.count() >= 3  # summary, per-group bars, jailbreak lift
    assert page.locator("svg.chart-forest").count() == 1
    box = charts.first.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 20
    assert page.locator("svg.chart rect.bar").count() > 0


def test_hostile_response_executes_nothing(page, page_url):
    cell = page.locator("#evidence pre.text", has_text="window.__pwned = 1")
    assert cell.count() == 1  # shown as text
    assert "<script>" in cell.inner_text() and "javascript:" in cell.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 1
    assert page.locator("img, iframe, object, embed, link[rel=stylesheet]").count() == 0
    assert page.locator("a[href^='javascript:'], #bad, [onerror], [onload]").count() == 0
    for i in range(page.locator("a").count()):  # every link on the page is an in-page anchor
        page.locator("a").nth(i).click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.events["dialogs"] == [] and page.events["console"] == [] and page.events["errors"] == []
    assert {u.split("#")[0] for u in page.events["requests"]} == {page_url}


def test_evidence_filter(page):
    rows = page.locator("#evidence tbody tr")
    total = rows.count()
    page.select_option("#ev-rule", "pii-leak")
    assert page.locator("#evidence tbody tr:not([hidden])").count() == 1
    assert page.inner_text("#ev-count") == f"1 of {total} shown"
    page.select_option("#ev-rule", "")
    page.fill("#ev-query", "~role-play")
    visible = page.locator("#evidence tbody tr:not([hidden])")
    assert 0 < visible.count() < total
    assert all("~role-play" in t for t in visible.all_inner_texts())
    page.fill("#ev-query", "<script>")  # text the filter must only compare, never parse
    assert page.locator("#evidence tbody tr:not([hidden])").count() == 1
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_print_shows_every_row(page):
    page.select_option("#ev-rule", "pii-leak")
    page.emulate_media(media="print")
    assert page.locator("#ev-query").is_hidden()
    rows = page.locator("#evidence tbody tr")
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))


def test_pdf_of_page_in_chromium(page, tmp_path: Path):
    # Chromium's own print also works, so the page is usable without the pdf extra.
    path = tmp_path / "print.pdf"
    page.pdf(path=str(path))
    assert path.read_bytes().startswith(b"%PDF")
