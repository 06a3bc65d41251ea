"""The practice page in a real browser: cards, SM-2 schedule, keyboard, export and import."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import browser_today, card_id, get_store, open_page, set_store, stat

pytestmark = pytest.mark.browser

DAY_MS = 86_400_000


def _days_after(day: str, days: int) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()


def test_reveal_grade_good_reload_reschedules_the_card(page, site_url, bank):
    questions = bank["questions"]
    seen = questions[5]["id"]
    open_page(page, site_url)
    today = browser_today(page)
    now = page.evaluate("Date.now()")
    # One card reviewed twice before (interval 6 days) and due today; the rest are new.
    set_store(page, {"version": 1, "marks": {}, "cards": {
        seen: {"ease": 2.5, "interval": 6, "reps": 2, "lapses": 0, "due": today, "last": now - 6 * DAY_MS}}})
    open_page(page, site_url, "practice/")

    assert (stat(page, "due"), stat(page, "new")) == (1, len(questions) - 1)
    assert card_id(page) == seen, "due cards come before new ones"
    answer = page.locator(".pq-answer")
    expect(answer).to_be_hidden()
    page.get_by_role("button", name="Show answer").click()
    expect(answer).to_be_visible()
    expect(answer.get_by_role("heading", name="Sample answer")).to_be_visible()
    expect(answer.get_by_role("heading", name="How to answer")).to_be_visible()
    # SM-2: third successful review, interval 6 x ease 2.5 = 15 days; the buttons say so.
    good = page.get_by_role("button", name=re.compile(r"^Good"))
    expect(good).to_contain_text("in 15 days")
    good.click()
    expect(page.locator(".pq-announce")).to_contain_text(f"in 15 days ({_days_after(today, 15)})")
    assert stat(page, "due") == 0
    assert card_id(page) == questions[0]["id"], "then new cards, in the bank's order"

    page.reload()
    page.wait_for_selector(".pq-card")
    assert stat(page, "due") == 0
    assert card_id(page) != seen
    card = get_store(page)["cards"][seen]
    assert card["reps"] == 3 and card["interval"] == 15 and card["ease"] == 2.5
    assert card["due"] == _days_after(today, 15)


def test_new_card_graded_good_is_due_tomorrow_and_again_comes_back_in_the_session(page, site_url, bank):
    questions = bank["questions"]
    open_page(page, site_url, "practice/")
    today = browser_today(page)
    first, second = questions[0]["id"], questions[1]["id"]
    new = stat(page, "new")

    assert card_id(page) == first
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name=re.compile(r"^Good")).click()
    assert stat(page, "new") == new - 1
    assert get_store(page)["cards"][first]["due"] == _days_after(today, 1)

    # Again: due tomorrow, ease down by 0.54 (SM-2 with q = 1), and shown again after three other cards.
    assert card_id(page) == second
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name=re.compile(r"^Again")).click()
    card = get_store(page)["cards"][second]
    assert (card["interval"], card["reps"], card["lapses"], card["ease"]) == (1, 0, 1, 1.96)
    shown = []
    for _ in range(4):
        shown.append(card_id(page))
        page.get_by_role("button", name="Show answer").click()
        page.get_by_role("button", name=re.compile(r"^Easy")).click()
    assert shown == [q["id"] for q in questions[2:5]] + [second]
    # Only the first grade of the day counts: the Easy on the repeat left the schedule alone.
    assert get_store(page)["cards"][second] == card


def test_keyboard_space_reveals_digits_grade_but_not_in_fields(page, site_url, bank):
    open_page(page, site_url, "practice/")
    first = card_id(page)
    answer = page.locator(".pq-answer")

    # Space on a focused button presses that button only.
    known = page.locator(".pq-card .pq-mark[data-mark=known]")
    known.focus()
    page.keyboard.press("Space")
    expect(known).to_have_attribute("aria-pressed", "true")
    expect(answer).to_be_hidden()

    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("Space")
    expect(answer).to_be_visible()
    expect(answer).to_be_focused()

    # Digits typed while a form field has the focus are the field's.
    page.get_by_label("Your marks", exact=True).focus()
    page.keyboard.press("2")
    assert get_store(page).get("cards") == {}
    expect(answer).to_be_visible()

    answer.focus()
    page.keyboard.press("3")
    assert get_store(page)["cards"][first]["interval"] == 1
    assert card_id(page) != first
    # After a grade the focus is on the next card's "Show answer": Enter works there too.
    expect(page.get_by_role("button", name="Show answer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".pq-answer")).to_be_visible()
    page.keyboard.press("4")
    assert len(get_store(page)["cards"]) == 2


def test_instant_navigation_mounts_each_page_once(deployed_page):
    page, url = deployed_page
    open_page(page, url)
    page.evaluate("window.__sameDocument = true")
    sidebar = page.locator("nav.md-nav--primary")
    for _ in range(2):
        sidebar.locator("a[href$='practice/']").first.click()
        page.wait_for_selector(".pq-card")
        page.locator("a.md-header__button.md-logo").click()
        page.wait_for_selector(".pq-progress")
    sidebar.locator("a[href$='questions/fundamentals/']").first.click()
    page.wait_for_selector(".pq-filterbar")
    assert page.locator(".pq-filterbar").count() == 1
    assert page.locator(".pq-marks").count() == page.locator("h2.q-title").count()
    sidebar.locator("a[href$='practice/']").first.click()
    page.wait_for_selector(".pq-card")
    assert page.evaluate("window.__sameDocument === true"), "Material's instant navigation was not used"

    new = stat(page, "new")
    page.keyboard.press("Space")
    page.keyboard.press("3")
    expect(page.locator(".pq-announce")).to_contain_text("Good")
    assert len(get_store(page)["cards"]) == 1, "one key press, one grade"
    assert stat(page, "new") == new - 1
    assert page.locator(".pq-filterbar").count() == 1


def test_export_then_import_restores_progress_merging_or_replacing(page, site_url, bank, tmp_path):
    open_page(page, site_url, "practice/")
    first = card_id(page)
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name=re.compile(r"^Good")).click()
    later = card_id(page)
    page.locator(".pq-card .pq-mark[data-mark=later]").click()
    before = get_store(page)

    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    assert re.fullmatch(r"ml-interview-progress-\d{4}-\d{2}-\d{2}\.json", download.value.suggested_filename)
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert (data["format"], data["version"]) == ("mlig-progress", 1)
    assert data["cards"] == before["cards"] and list(data["cards"]) == [first]
    assert data["marks"][later]["mark"] == "later"

    # A fresh start, then the file brings everything back.
    page.evaluate("localStorage.clear()")
    page.reload()
    page.wait_for_selector(".pq-card")
    assert stat(page, "new") == len(bank["questions"])
    page.get_by_label("Import progress from a file").set_input_files(exported)
    expect(page.locator(".pq-data-message")).to_have_text("Merged 1 reviewed question from progress.json.")
    assert get_store(page) == before
    assert stat(page, "new") == len(bank["questions"]) - 1

    # Merging keeps what the file does not know about; replacing does not.
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name=re.compile(r"^Hard")).click()
    assert len(get_store(page)["cards"]) == 2
    page.get_by_label("Import progress from a file").set_input_files(exported)
    assert len(get_store(page)["cards"]) == 2
    page.get_by_label("Replace my progress instead of merging").check()
    page.get_by_label("Import progress from a file").set_input_files(exported)
    expect(page.locator(".pq-data-message")).to_contain_text("Replaced your progress")
    assert get_store(page) == before


@pytest.mark.parametrize(("content", "reason"), [
    (b"not json", "the file is not JSON"),
    (b'{"version": 2, "cards": {}}', "version 2 is not supported"),
    (b'{"version": 1, "cards": {"overfitting": {"ease": "high"}}}', 'cards["overfitting"].ease must be a number'),
    (b'{"version": 1, "marks": {"overfitting": {"mark": "maybe", "at": 1}}}', 'marks["overfitting"].mark must be'),
])
def test_import_refuses_invalid_files_and_keeps_progress(page, site_url, content, reason):
    open_page(page, site_url, "practice/")
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name=re.compile(r"^Good")).click()
    before = get_store(page)
    page.get_by_label("Import progress from a file").set_input_files(
        {"name": "bad.json", "mimeType": "application/json", "buffer": content})
    expect(page.locator(".pq-data-message")).to_contain_text(f"Nothing imported: {reason}")
    assert get_store(page) == before


def test_filters_choose_the_set_and_live_in_the_url(page, site_url, bank):
    category = bank["categories"][1]["id"]
    expected = [q["id"] for q in bank["questions"] if q["category"] == category and q["difficulty"] == "medium"]
    open_page(page, site_url, "practice/")
    page.get_by_label("Category").select_option(category)
    page.get_by_label("Difficulty").select_option("medium")
    expect(page.locator(".pq-status [data-stat=total]")).to_have_text(f"{len(expected)} questions in this set")
    assert card_id(page) == expected[0]
    assert page.url.endswith(f"practice/?category={category}&difficulty=medium")
    page.reload()
    page.wait_for_selector(".pq-card")
    expect(page.get_by_label("Category")).to_have_value(category)
    assert card_id(page) == expected[0]
    page.get_by_role("button", name="All questions").click()
    expect(page.get_by_label("Category")).to_have_value("")
    expect(page.locator(".pq-status [data-stat=total]")).to_have_text(f"{len(bank['questions'])} questions in this set")
    assert page.url.endswith("practice/")
