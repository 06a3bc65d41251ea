"""Pages do not move as their scripts draw: cumulative layout shift as Chromium reports it.

Each page's own module arrives late (as on a slow network), so the page is painted before
the script draws its part: whatever it draws must take room the page already held."""

from __future__ import annotations

import time

import pytest

from tests.browser.conftest import new_context
from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

PAGES = ["", "questions/fundamentals/", "top-50/", "practice/", "interview-kit/"]
ENTRY_MODULES = ("practice/home.js", "practice/marks.js", "practice/practice-view.js", "practice/kit-view.js", "answers.js")
SHIFTS = """window.__shift = 0
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value
}).observe({ type: "layout-shift", buffered: true })"""


def _late(route):
    time.sleep(0.4)
    route.continue_()


@pytest.mark.parametrize("viewport", [(390, 844), (1280, 800)], ids=["phone", "desktop"])
def test_pages_do_not_shift_as_their_scripts_draw(browser, site_url, viewport):
    context = new_context(browser, site_url, viewport={"width": viewport[0], "height": viewport[1]})
    context.route(lambda url: url.endswith(ENTRY_MODULES), _late)
    context.add_init_script(SHIFTS)
    shifts = {}
    try:
        for path in PAGES:
            page = context.new_page()
            open_page(page, site_url, path)
            page.wait_for_timeout(300)
            shifts[path or "home"] = round(page.evaluate("window.__shift"), 3)
            page.close()
    finally:
        context.unroute_all(behavior="ignoreErrors")
        context.close()
    assert all(shift <= 0.02 for shift in shifts.values()), shifts
