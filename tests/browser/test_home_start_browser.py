"""The home page starts the reader within the first screen, at desktop and phone sizes:
browse the categories, start practising, open the Top 50 and its PDF."""

from __future__ import annotations

import pytest

from tests.browser.conftest import new_context

pytestmark = pytest.mark.browser

POSITIONS = """() => {
  const bottom = e => e ? e.getBoundingClientRect().bottom : null
  const link = name => [...document.querySelectorAll(".md-content a")].find(a => a.textContent.trim() === name)
  return {
    browse: bottom(link("Browse the questions")),
    practise: bottom(link("Start practising")),
    top50: bottom(link("Top 50")),
    pdf: bottom(link("Top 50 PDF")),
    category: bottom(document.querySelector(".home-categories a")),
    explanations: bottom(document.querySelector("h2#for-candidates")),
    widgets: document.querySelectorAll("[data-pq-due], [data-pq-qotd], [data-pq-random], [data-pq-progress]").length,
  }
}"""


@pytest.mark.parametrize("width, height", [(1280, 800), (390, 844)])
def test_the_ways_in_are_on_the_first_screen(browser, site_url, width, height):
    context = new_context(browser, site_url, viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(site_url)
    where = page.evaluate(POSITIONS)
    hrefs = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(".home-start a")]
      .map(a => [a.textContent.trim(), a.getAttribute("href")]))""")
    context.close()
    for name in ("browse", "practise", "top50", "pdf", "category"):
        assert where[name] is not None and where[name] <= height, (name, where)
    assert where["explanations"] > height, where  # the explanations come below
    assert where["widgets"] == 4  # the practice widgets still have somewhere to mount
    assert hrefs["Browse the questions"] == "#categories"
    assert hrefs["Start practising"].endswith("practice/")
    assert hrefs["Top 50"].endswith("top-50/")
    assert hrefs["Top 50 PDF"].endswith(".pdf")


def test_every_category_is_linked_with_its_count(page, site_url, bank):
    page.goto(site_url)
    items = page.locator(".home-categories li")
    assert items.count() == len(bank["categories"])
    for item, category in zip(items.all(), bank["categories"], strict=True):
        count = sum(q["category"] == category["id"] for q in bank["questions"])
        assert item.inner_text().split() == [*category["title"].split(), str(count), "questions"]
        assert item.locator("a").get_attribute("href").endswith(f"questions/{category['id']}/")
