"""The practice flow on a phone (390 x 844): the card stays on screen after "Show answer",
the grade buttons are always on screen, and the next card starts at the top."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import new_context
from tests.browser.helpers import card_id, open_page

pytestmark = pytest.mark.browser

WIDTH, HEIGHT = 390, 844
HEADER = 48  # Material's header, fixed at the top


@pytest.fixture
def phone(browser, site_url):
    context = new_context(browser, site_url, viewport={"width": WIDTH, "height": HEIGHT}, has_touch=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"script errors: {errors}"


def _on_screen(page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["y"] >= HEADER - 1 and box["y"] + box["height"] <= HEIGHT + 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_card_and_grades_stay_on_screen_and_the_next_card_starts_at_the_top(phone, site_url, scheme):
    phone.emulate_media(color_scheme=scheme)
    open_page(phone, site_url, "practice/")
    assert not phone.locator("details.pq-filters").evaluate("d => d.open"), "the filters fold away on a phone"
    for _ in range(2):
        first = card_id(phone)
        phone.locator(".pq-reveal").scroll_into_view_if_needed()
        phone.locator(".pq-reveal").tap()
        expect(phone.locator(".pq-answer")).to_be_visible()
        assert _on_screen(phone, ".pq-question"), "the question stays in view after Show answer"
        grades = [f".pq-grade[data-grade={g}]" for g in ("again", "hard", "good", "easy")]
        assert all(_on_screen(phone, g) for g in grades), "the four grades are on screen"
        # Reading down the answer, the grades stay at hand.
        phone.mouse.wheel(0, 600)
        phone.wait_for_timeout(200)
        assert all(_on_screen(phone, g) for g in grades)
        assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
        phone.locator(grades[2]).tap()
        expect(phone.locator(".pq-card[data-question]")).not_to_have_attribute("data-question", first)
        top = phone.locator(".pq-card").bounding_box()["y"]
        assert HEADER <= top <= HEADER + 40, f"the next card starts at the top ({top})"
        assert _on_screen(phone, ".pq-question") and _on_screen(phone, ".pq-reveal")


def test_filters_open_on_a_phone_when_the_link_sets_some(phone, site_url, bank):
    category = bank["categories"][0]["id"]
    open_page(phone, site_url, f"practice/?category={category}")
    assert phone.locator("details.pq-filters").evaluate("d => d.open")
    expect(phone.get_by_label("Category")).to_have_value(category)
    expect(phone.locator(".pq-status")).to_contain_text(re.compile(r"\d+ questions? in this set"))
