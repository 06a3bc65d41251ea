"""Category pages in a real browser: the filter bar and the "known" / "review later" marks."""

from __future__ import annotations

from collections import Counter

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import card_id, get_store, open_page

pytestmark = pytest.mark.browser

STATE = """() => [...document.querySelectorAll("h2.q-title")].map(h => {
  const parts = [h]
  for (let n = h.nextElementSibling; n && !n.matches("h2"); n = n.nextElementSibling) {
    parts.push(n)
    if (n.matches("details.answer")) break
  }
  const entry = links => [...document.querySelectorAll(links)].find(a => a.hash === `#${h.id}`)?.closest("li")
  const items = [entry("nav.q-index a"), entry(".md-sidebar--secondary .md-nav__link")].filter((e, i) => i === 0 || e)
  return {
    id: h.id,
    shown: parts.concat(items).map(p => p.checkVisibility()),
    parts: parts.map(p => p.className),
  }
})"""


def _varied_category(bank) -> tuple[str, list[dict]]:
    """The first category with at least two difficulties and two kinds."""
    for category in bank["categories"]:
        questions = [q for q in bank["questions"] if q["category"] == category["id"]]
        if len({q["difficulty"] for q in questions}) > 1 and len({q["kind"] for q in questions}) > 1:
            return category["id"], questions
    pytest.skip("no category mixes difficulties and kinds")


def _shown(page) -> list[str]:
    state = page.evaluate(STATE)
    for question in state:
        # Heading, badges, marks, answer, index entry and table of contents entry: all or none.
        assert len(set(question["shown"])) == 1, question
        assert {"q-title", "q-meta", "pq-marks", "answer"} <= {c for p in question["parts"] for c in p.split()}
    return [q["id"] for q in state if q["shown"][0]]


def test_filters_hide_questions_and_say_how_many_remain(page, site_url, bank):
    category, questions = _varied_category(bank)
    open_page(page, site_url, f"questions/{category}/")
    count = page.locator(".pq-shown")
    expect(count).to_have_attribute("aria-live", "polite")
    expect(count).to_have_text(f"{len(questions)} of {len(questions)} questions shown")
    assert _shown(page) == [q["id"] for q in questions]

    difficulty = Counter(q["difficulty"] for q in questions).most_common(1)[0][0]
    page.get_by_label("Difficulty").select_option(difficulty)
    expected = [q["id"] for q in questions if q["difficulty"] == difficulty]
    expect(count).to_have_text(f"{len(expected)} of {len(questions)} questions shown")
    assert _shown(page) == expected

    kind = Counter(q["kind"] for q in questions).most_common(1)[0][0]
    role = "researcher"
    page.get_by_label("Kind").select_option(kind)
    page.get_by_label("Role").select_option(role)
    expected = [q["id"] for q in questions if q["difficulty"] == difficulty and q["kind"] == kind and role in q["roles"]]
    expect(count).to_have_text(f"{len(expected)} of {len(questions)} questions shown")
    assert _shown(page) == expected
    link = page.get_by_role("link", name="Practise these questions")
    expect(link).to_have_attribute("href", f"{site_url}practice/?category={category}&difficulty={difficulty}&role={role}&kind={kind}")

    page.get_by_role("button", name="Clear filters").click()
    expect(count).to_have_text(f"{len(questions)} of {len(questions)} questions shown")
    assert _shown(page) == [q["id"] for q in questions]

    page.emulate_media(media="print")
    expect(page.locator(".pq-filterbar")).to_be_hidden()
    expect(page.locator(".pq-marks").first).to_be_hidden()


def test_marks_persist_across_reload_and_are_shared_with_practice(page, site_url, bank):
    category = bank["categories"][0]["id"]
    questions = [q["id"] for q in bank["questions"] if q["category"] == category]
    later, known = questions[2], questions[3]
    open_page(page, site_url, f"questions/{category}/")

    def marks(qid):
        return page.locator(f".pq-marks[data-question='{qid}']")

    marks(later).get_by_role("button", name="Review later").click()
    marks(known).get_by_role("button", name="Review later").click()
    marks(known).get_by_role("button", name="Known").click()  # one mark at a time
    expect(marks(known).get_by_role("button", name="Review later")).to_have_attribute("aria-pressed", "false")

    page.reload()
    page.wait_for_selector(".pq-marks")
    expect(marks(later).get_by_role("button", name="Review later")).to_have_attribute("aria-pressed", "true")
    expect(marks(later).get_by_role("button", name="Known")).to_have_attribute("aria-pressed", "false")
    expect(marks(known).get_by_role("button", name="Known")).to_have_attribute("aria-pressed", "true")
    assert {qid: m["mark"] for qid, m in get_store(page)["marks"].items()} == {later: "later", known: "known"}

    page.get_by_label("Your marks", exact=True).select_option("later")
    expect(page.locator(".pq-shown")).to_have_text(f"1 of {len(questions)} questions shown")

    # Practice sees the same marks: as a filter, on the card, and in the order of new cards.
    open_page(page, site_url, "practice/?mark=later")
    expect(page.locator(".pq-status [data-stat=total]")).to_have_text("1 question in this set")
    assert card_id(page) == later
    expect(page.locator(".pq-card .pq-mark[data-mark=later]")).to_have_attribute("aria-pressed", "true")
    open_page(page, site_url, "practice/")
    assert card_id(page) == later, "new cards marked 'review later' come first"
    page.locator(".pq-card .pq-mark[data-mark=known]").click()
    open_page(page, site_url, f"questions/{category}/")
    expect(marks(later).get_by_role("button", name="Known")).to_have_attribute("aria-pressed", "true")
