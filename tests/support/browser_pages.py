"""Playwright pages that record what a page did: console messages, requests, page errors and dialogs."""
from __future__ import annotations

from typing import Any


def recording_page(context: Any) -> Any:
    """A new page of `context` whose `events` dict collects console, requests, errors and dialogs."""
    page = context.new_page()
    page.events = {"console": [], "requests": [], "dialogs": [], "errors": []}
    page.on("console", lambda m: page.events["console"].append((m.type, m.text)))
    page.on("request", lambda r: page.events["requests"].append(r.url))
    page.on("pageerror", lambda e: page.events["errors"].append(str(e)))
    # A dialog (alert from injected script) is recorded and dismissed so it can never block the test.
    page.on("dialog", lambda d: (page.events["dialogs"].append(d.message), d.dismiss()))
    return page
