"""The 404 page, as GitHub Pages serves it for an unknown address: a search form that opens
the site's search, and every category."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_not_found_page_offers_search_and_every_category(deployed_page, bank):
    page, deployed = deployed_page
    page.goto(f"{deployed}404.html")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    links = page.locator(".nf-categories a")
    assert links.count() == len(bank["categories"])
    for link, category in zip(links.all(), bank["categories"], strict=True):
        expect(link).to_have_text(category["title"])
        assert link.get_attribute("href").endswith(f"/questions/{category['id']}/")
    # Absolute links: the same page served under any depth still leads to the categories.
    first = links.first.get_attribute("href")
    assert first.startswith("/") and deployed.endswith(first.split("questions/")[0])

    search = page.locator(".nf-search input[type=search]")
    expect(search).to_have_accessible_name(f"Search {page.title().split(' - ')[-1]}")
    search.fill("overfitting")
    search.press("Enter")
    page.wait_for_url("**/?q=overfitting")
    expect(page.locator("input.md-search__input")).to_have_value("overfitting")
    expect(page.locator("input.md-search__input")).to_be_focused()
