"""What the browser tests share: opening pages once their widgets are built, and the store."""

from __future__ import annotations

import json
import re

from tests.conftest import ROOT

# The test server serves the site at its root, so the per-site key names "/".
STORE_KEY = "guide:/:progress"
# Where the first release kept progress, as the guide's config names it.
LEGACY_KEY = re.search(r"storage_keys: \[([^,\]]+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")).group(1).strip()

# The containers the practice modules fill, and the element that says it has filled them.
READY = {
    "[data-pq-practice]": ".pq-card",
    "[data-kit]": ".kit-sheet",
    "[data-pq-progress]": ".pq-progress",
    "h2.q-title": ".pq-filterbar[data-ready]",
}


def open_page(page, site_url: str, path: str = "") -> None:
    """Go to `path` and wait until the page's modules have built its widgets."""
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


def set_store(page, store: dict, key: str = STORE_KEY) -> None:
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [key, json.dumps(store)])


def review_card(now_ms: int, due_ms: int, stability: float = 6.0, difficulty: float = 5.0) -> dict:
    """A stored FSRS card in review, last seen `stability` days before `due_ms`."""
    return {"due": due_ms, "stability": stability, "difficulty": difficulty, "scheduled_days": round(stability),
            "learning_steps": 0, "reps": 2, "lapses": 0, "state": 2,
            "last_review": due_ms - round(stability * 86_400_000)}


def browser_today(page) -> str:
    """The browser's local date, as the practice modules count days."""
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
