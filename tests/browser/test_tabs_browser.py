"""Answer tabs in a real browser: one choice for every answer on every page, closed answers
included, remembered across reloads; summaries told apart for assistive technology; answer
text at body size; tab labels whole on a small phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import new_context

pytestmark = pytest.mark.browser

CHOSEN = """() => [...document.querySelectorAll(".tabbed-set")].map(set => {
  const input = set.querySelector(":scope > input:checked")
  return document.querySelector(`label[for="${input.id}"]`).textContent.trim()
})"""


def chosen(page) -> set[str]:
    return set(page.evaluate(CHOSEN))


def test_a_tab_chosen_in_one_answer_switches_every_answer_on_every_page(page, site_url):
    page.goto(f"{site_url}questions/fundamentals/")
    assert chosen(page) == {"How to answer"}
    first = page.locator("details.answer").first
    first.locator("summary").click()
    first.get_by_text("What to look for", exact=True).click()
    # Every other answer is closed, and switched all the same.
    assert page.locator("details.answer[open]").count() == 1
    assert chosen(page) == {"What to look for"}
    second = page.locator("details.answer").nth(1)
    second.locator("summary").click()
    expect(second.locator(".tabbed-block").nth(2)).to_be_visible()
    expect(second.locator(".tabbed-block").nth(0)).to_be_hidden()

    stored = page.evaluate("Object.keys(localStorage).filter(k => k.endsWith(':tabs'))")
    assert len(stored) == 1 and stored[0].startswith("guide:/"), stored  # keyed per site

    page.reload()
    assert chosen(page) == {"What to look for"}
    page.goto(f"{site_url}questions/coding/")
    assert chosen(page) == {"What to look for"}


def test_the_keyboard_moves_between_tabs_and_every_answer_follows(page, site_url):
    page.goto(f"{site_url}questions/evaluation/")
    answer = page.locator("details.answer").nth(2)
    answer.locator("summary").click()
    answer.locator(".tabbed-set > input").first.focus()
    page.keyboard.press("ArrowRight")
    assert chosen(page) == {"Sample answer"}
    page.goto(f"{site_url}questions/data/")
    assert chosen(page) == {"Sample answer"}


def test_each_answer_summary_names_its_question(page, site_url):
    page.goto(f"{site_url}questions/deep-learning/")
    names = page.evaluate("""() => [...document.querySelectorAll("h2.q-title")].map(h => [
      h.textContent.replace("¶", "").trim(),
      h.parentElement.querySelector(`#${CSS.escape(h.id)} ~ details.answer > summary`).getAttribute("aria-label"),
    ])""")
    assert len(names) > 1
    labels = [label for _, label in names]
    assert len(set(labels)) == len(labels)
    for heading, label in names:
        assert label.startswith("Answer: ")
        assert label.removeprefix("Answer: ")[:20] == heading[:20].replace("$", "")
    # It still reads "Answer" on screen, and the accessible name starts with what is shown.
    summary = page.locator("details.answer > summary").first
    expect(summary).to_have_text("Answer")
    expect(page.get_by_role("group").first).to_be_visible()


def test_answer_text_is_body_size(page, site_url):
    page.goto(f"{site_url}questions/training/")
    page.locator("details.answer > summary").first.click()
    sizes = page.evaluate("""() => [".md-content .md-typeset > p", "details.answer .tabbed-block p"]
      .map(s => getComputedStyle(document.querySelector(s)).fontSize)""")
    assert sizes[0] == sizes[1], sizes


@pytest.mark.parametrize("width", [360, 390])
def test_tab_labels_are_whole_on_a_phone(browser, site_url, width):
    context = new_context(browser, site_url, viewport={"width": width, "height": 780})
    page = context.new_page()
    page.goto(f"{site_url}questions/fundamentals/")
    page.locator("details.answer > summary").first.click()
    boxes = page.evaluate("""() => {
      const labels = document.querySelector("details.answer .tabbed-labels")
      const edge = labels.getBoundingClientRect()
      return [...labels.children].map(l => {
        const box = l.getBoundingClientRect()
        return {text: l.textContent, fits: l.scrollWidth <= l.clientWidth,
                inside: box.left >= edge.left - 0.5 && box.right <= edge.right + 0.5}
      })
    }""")
    context.close()
    assert len(boxes) == 3
    assert all(b["fits"] and b["inside"] for b in boxes), boxes
