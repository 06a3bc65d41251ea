"""What the browser tests share: opening pages once their widgets are built, and the store."""

from __future__ import annotations

import json

STORE_KEY = "mlig.progress.v1"

# The containers practice.js fills, and the element that says it has filled them.
READY = {
    "[data-pq-practice]": ".pq-card",
    "[data-kit]": ".kit-sheet",
    "[data-pq-progress]": ".pq-progress",
    "h2.q-title": ".pq-filterbar",
}


def open_page(page, site_url: str, path: str = "") -> None:
    """Go to `path` and wait until practice.js has built the page's widgets."""
    page.goto(site_url + path)
    settle(page)


def settle(page) -> None:
    page.wait_for_load_state("networkidle")
    for container, ready in READY.items():
        if page.locator(container).count():
            page.wait_for_selector(ready, state="attached")


def get_store(page) -> dict | None:
    text = page.evaluate("key => localStorage.getItem(key)", STORE_KEY)
    return json.loads(text) if text else None


def set_store(page, store: dict) -> None:
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORE_KEY, json.dumps(store)])


def browser_today(page) -> str:
    """The browser's local date, as practice.js counts days."""
    return page.evaluate(
        "(() => { const d = new Date(); const p = n => String(n).padStart(2, '0');"
        " return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` })()")


def stat(page, name: str) -> int:
    """A number from the practice page's status line: "due" or "new"."""
    return int(page.locator(f".pq-status [data-stat={name}] strong").inner_text())


def card_id(page) -> str | None:
    return page.locator(".pq-card[data-question]").get_attribute("data-question")


def visible(page, selector: str) -> bool:
    return page.evaluate("s => { const e = document.querySelector(s); return !!e && e.checkVisibility() }", selector)
