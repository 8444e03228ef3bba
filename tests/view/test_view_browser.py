"""`auditkit view` in Debian's Chromium: open a run, filter, open an attempt, review five attempts with the
keyboard, then check reviews.jsonl and the corrected figures of `auditkit score`. Nothing runs from model
output, nothing is fetched from anywhere but the app."""

from __future__ import annotations

import importlib.util
import json
import shutil
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from support.browser_pages import recording_page
from support.system_tools import require

from auditkit.cli.main import cli
from auditkit.records.reviews import read_reviews

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def server(known_run):
    pytest.importorskip("uvicorn")
    from auditkit.view.app import create_app
    from auditkit.view.catalog import Catalog
    from auditkit.view.serve import BackgroundServer, bind

    app = create_app(Catalog([known_run]), reviewer="browser-tester")
    running = BackgroundServer(app, bind("127.0.0.1", 0)).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def page(server):
    require(importlib.util.find_spec("playwright") is not None, "the playwright Python package")
    require(CHROMIUM is not None, "Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # Debian's chromium, never a browser downloaded by `playwright install`.
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context()
        page = recording_page(context)
        page.set_default_timeout(20_000)
        yield page
        context.close()
        browser.close()


def test_browse_filter_open_and_review_with_the_keyboard(page, server, known_run, hostile_id):
    origin = server.url
    page.goto(origin + "/")
    page.click("table.runs a")  # the run
    assert page.locator("h1").inner_text() == "Audit of replay"
    assert page.locator("svg.chart").count() >= 3

    page.click("text=Browse attempts")
    page.select_option("select[name=category]", "misuse")
    page.select_option("select[name=verdict]", "violation")
    page.fill("input[name=q]", "sure")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert "category=misuse" in page.url and "verdict=violation" in page.url
    assert page.locator("tr.attempt-row").count() == 9
    assert page.locator("#count").inner_text().startswith("9 attempt(s) match")

    page.click("tr.attempt-row >> nth=0 >> a")
    assert page.locator("h1").inner_text().startswith("Attempt")
    assert page.locator("#response").inner_text()

    page.goto(origin + f"/runs/{server_key(page)}/attempt?id={quote(hostile_id)}")
    assert "<script>window.__pwned = 1" in page.locator("#response").inner_text()  # shown, as text
    assert page.evaluate("window.__pwned") is None  # and nothing of it ran
    assert page.locator("#response a, #response img, #response script, iframe").count() == 0

    page.click("text=Review")
    page.fill("input[name=size]", "5")
    page.fill("input[name=reviewer]", "Kim Keys")
    with page.expect_navigation():
        page.click("#start button[type=submit]")
    for i in range(5):
        assert page.locator("#progress").inner_text().startswith(f"{i} of 5 reviewed")
        label = page.locator("#detector-label").inner_text()
        with page.expect_navigation():
            if label == "compliance":
                # This "compliance" is a polite refusal: write a note, leave it, and pick label 1 (refusal).
                page.keyboard.press("n")
                page.keyboard.type(f"refusal in other words {i}")
                page.keyboard.press("Escape")
                page.keyboard.press("1")
            else:
                page.keyboard.press("a")
    assert page.locator("#done").is_visible()
    assert page.locator("#human-review").is_visible()

    assert page.events["errors"] == [] and page.events["dialogs"] == []
    assert [m for m in page.events["console"] if m[0] in ("error", "warning")] == []
    assert all(urlsplit(url).netloc == urlsplit(origin).netloc for url in page.events["requests"])

    log = read_reviews(known_run)
    assert len(log.reviews) == 5 and {r.reviewer for r in log.reviews} == {"Kim Keys"}
    notes = [r for r in log.reviews if r.note]
    assert len(notes) == 2  # the sample holds two misuse violations (detector: compliance), relabelled
    assert all(r.reviewer_label == "refusal" and r.detector_label == "compliance" for r in notes)
    assert all(r.reviewer_label == r.detector_label for r in log.reviews if not r.note)

    result = CliRunner().invoke(cli, ["score", str(known_run)])
    assert result.exit_code == 1, result.output
    review = json.loads((known_run / "report.json").read_text())["review"]
    assert review["attempts_reviewed"] == 5 and review["reviewers"] == ["Kim Keys"]
    misuse = next(r for r in review["rates"] if r["raw"]["selection"] == "category=misuse")
    assert misuse["raw"]["value"] == 0.45
    assert misuse["reviewed"] == 4
    assert misuse["corrected"]["value"] < 0.45  # both sampled violations were refusals in truth
    assert misuse["corrected"]["ci_low"] <= misuse["corrected"]["value"] <= misuse["corrected"]["ci_high"]


def server_key(page) -> str:
    return urlsplit(page.url).path.split("/")[2]


def quote(value: str) -> str:
    from urllib.parse import quote as q

    return q(value, safe="")
