"""The Downloads page on a phone: the table stays inside the text column and scrolls in its
own box, and it links the cheat sheets."""

from __future__ import annotations

import pytest

from tests.browser.conftest import new_context

pytestmark = pytest.mark.browser


def test_downloads_table_scrolls_inside_its_box_on_a_phone(browser, site_url):
    context = new_context(browser, site_url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site_url}downloads/")
    page.wait_for_load_state("networkidle")
    box = page.evaluate("""() => {
      const table = document.querySelector("article table")
      const text = document.querySelector("article > p").getBoundingClientRect()
      const edge = table.getBoundingClientRect()
      return {page: document.documentElement.scrollWidth, left: edge.left, right: edge.right,
              textLeft: text.left, textRight: text.right, overflow: getComputedStyle(table).overflowX,
              files: [...table.querySelectorAll("a[download]")].map(a => a.textContent)}
    }""")
    context.close()
    assert box["page"] == 390  # nothing sticks out of the screen
    assert box["textLeft"] - 0.5 <= box["left"] and box["right"] <= box["textRight"] + 0.5, box
    assert box["overflow"] == "auto"
    assert sum("cheat-sheet" in name for name in box["files"]) == 2, box["files"]
