"""The practice page in a real browser: cards, the FSRS schedule, keyboard, export and import,
and progress saved by the first release (SM-2) carried over."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    LEGACY_KEY,
    STORE_KEY,
    card_id,
    get_store,
    open_page,
    review_card,
    set_store,
    stat,
)

pytestmark = pytest.mark.browser

DAY_MS = 86_400_000
FIXTURES = Path(__file__).parents[1] / "js" / "fixtures"
START = datetime.datetime(2026, 11, 12, 9, 0)  # the day after the first release's fixtures were saved


def _when(page, grade: str) -> str:
    return page.locator(f".pq-grade[data-grade={grade}] .pq-grade-when").inner_text()


def test_reveal_grade_good_reload_reschedules_the_card(page, site_url, bank):
    questions = bank["questions"]
    seen = questions[5]["id"]
    page.clock.set_fixed_time(START)
    open_page(page, site_url)
    now = page.evaluate("Date.now()")
    set_store(page, {"version": 2, "marks": {}, "settings": {}, "cards": {seen: review_card(now, now - 3_600_000)}})
    open_page(page, site_url, "practice/")

    assert (stat(page, "due"), stat(page, "new")) == (1, len(questions) - 1)
    assert card_id(page) == seen, "due cards come before new ones"
    answer = page.locator(".pq-answer")
    expect(answer).to_be_hidden()
    page.get_by_role("button", name="Show answer").click()
    expect(answer).to_be_visible()
    expect(answer.get_by_role("heading", name="Sample answer")).to_be_visible()
    # FSRS previews: four different returns, later for each better grade.
    whens = [_when(page, g) for g in ("again", "hard", "good", "easy")]
    assert len(set(whens)) == 4, whens
    assert whens[0] == "in 10 min"  # relearning step
    good = _when(page, "good")
    page.get_by_role("button", name=re.compile(r"^Good")).click()
    expect(page.locator(".pq-announce")).to_contain_text(f"Good: next review {good}")
    assert stat(page, "due") == 0
    card = get_store(page)["cards"][seen]
    assert card["state"] == 2 and card["reps"] == 3 and card["last_review"] == now
    assert card["due"] - now == card["scheduled_days"] * DAY_MS > 6 * DAY_MS

    page.reload()
    page.wait_for_selector(".pq-card")
    assert stat(page, "due") == 0
    assert card_id(page) != seen


def test_new_cards_are_shuffled_by_day_and_a_card_graded_again_comes_back_after_reload(page, site_url, bank):
    ids = [q["id"] for q in bank["questions"]]
    page.clock.install(time=START)
    open_page(page, site_url, "practice/")
    first = card_id(page)
    page.reload()
    page.wait_for_selector(".pq-card")
    assert card_id(page) == first, "a reload keeps the day's order"
    order = page.evaluate("""async ids => {
        const { buildQueue } = await import("./../assets/js/practice/queue.js")
        return buildQueue(ids, { cards: {}, marks: {} }, Date.now())
    }""", ids)
    assert order[0] == first and order != ids, "new cards come shuffled, not in the bank's order"

    page.get_by_role("button", name="Show answer").click()
    expect(page.locator(".pq-grade[data-grade=again] .pq-grade-when")).to_have_text("in 1 min")
    expect(page.locator(".pq-grade[data-grade=good] .pq-grade-when")).to_have_text("in 10 min")
    page.get_by_role("button", name=re.compile(r"^Again")).click()
    assert card_id(page) != first
    assert stat(page, "due") == 1, "the card graded Again is due again today"
    page.clock.fast_forward("02:00")
    page.reload()
    page.wait_for_selector(".pq-card")
    assert card_id(page) == first, "back first once its minute is up, after a reload"


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
    assert get_store(page)["cards"][first]["state"] == 1  # Good on a new card: its second learning step
    assert card_id(page) != first
    # After a grade the focus is on the next card's "Show answer": Enter works there too.
    expect(page.get_by_role("button", name="Show answer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".pq-answer")).to_be_visible()
    page.keyboard.press("4")
    assert len(get_store(page)["cards"]) == 2


def test_progress_saved_by_the_first_release_is_carried_over(page, site_url, bank):
    saved = json.loads((FIXTURES / "v1-localstorage.json").read_text())
    page.clock.install(time=START)
    open_page(page, site_url)
    page.evaluate("localStorage.clear()")
    set_store(page, saved, key=LEGACY_KEY)
    open_page(page, site_url, "practice/")
    store = get_store(page)
    assert store["version"] == 2
    assert set(store["cards"]) == set(saved["cards"]) and store["marks"] == saved["marks"]
    assert json.loads(page.evaluate("k => localStorage.getItem(k)", LEGACY_KEY)) == saved, "the old key is kept"
    due = [i for i, c in saved["cards"].items() if c["due"] <= START.date().isoformat()]
    assert due and stat(page, "due") == len(due)
    assert card_id(page) in due
    # The migrated card is graded by FSRS and keeps its SM-2 record.
    shown = card_id(page)
    page.keyboard.press("Space")
    page.keyboard.press("3")
    card = get_store(page)["cards"][shown]
    assert card["sm2"] == saved["cards"][shown] and card["reps"] > saved["cards"][shown]["reps"]


def test_an_unreadable_store_is_kept_aside_and_offered_as_a_file(page, site_url, tmp_path):
    open_page(page, site_url)
    page.evaluate("k => localStorage.setItem(k, '{\"version\": 2, \"cards\": {\"x\": 1}}')", STORE_KEY)
    open_page(page, site_url, "practice/")
    notice = page.locator(".pq-notice")
    expect(notice).to_contain_text("Some saved progress could not be read")
    expect(notice).to_contain_text('cards["x"] must be an object')
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name=re.compile(r"^Good")).click()
    with page.expect_download() as download:
        notice.get_by_role("button", name="Download it").click()
    path = tmp_path / "kept.json"
    download.value.save_as(path)
    assert path.read_text() == '{"version": 2, "cards": {"x": 1}}'
    page.once("dialog", lambda dialog: dialog.accept())
    notice.get_by_role("button", name="Delete it").click()
    expect(notice).to_have_count(0)


def test_export_then_import_restores_progress_merging_or_replacing(page, site_url, bank, tmp_path):
    open_page(page, site_url, "practice/")
    first = card_id(page)
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name=re.compile(r"^Easy")).click()
    later = card_id(page)
    page.locator(".pq-card .pq-mark[data-mark=later]").click()
    before = get_store(page)

    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    assert re.fullmatch(r"[a-z0-9-]+-progress-\d{4}-\d{2}-\d{2}\.json", download.value.suggested_filename)
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert (data["format"], data["version"]) == ("guide-progress", 2)
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


def test_an_export_file_of_the_first_release_still_imports(page, site_url):
    exported = json.loads((FIXTURES / "v1-export.json").read_text())
    open_page(page, site_url, "practice/")
    page.get_by_label("Import progress from a file").set_input_files(FIXTURES / "v1-export.json")
    expect(page.locator(".pq-data-message")).to_have_text(
        f"Merged {len(exported['cards'])} reviewed questions from v1-export.json.")
    store = get_store(page)
    assert set(store["cards"]) == set(exported["cards"]) and store["marks"] == exported["marks"]


@pytest.mark.parametrize(("content", "reason"), [
    (b"not json", "the file is not JSON"),
    (b'{"version": 3, "cards": {}}', "version 3 is not supported"),
    (b'{"version": 1, "cards": {"overfitting": {"ease": "high"}}}', 'cards["overfitting"].ease must be a number'),
    (b'{"version": 1, "marks": {"overfitting": {"mark": "maybe", "at": 1}}}', 'marks["overfitting"].mark must be'),
    (b'{"version": 2, "cards": {"overfitting": {"due": 1}}}', 'cards["overfitting"].stability'),
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


def test_desired_retention_is_a_setting_that_moves_the_previews(page, site_url):
    page.clock.set_fixed_time(START)
    open_page(page, site_url)
    now = page.evaluate("Date.now()")
    set_store(page, {"version": 2, "marks": {}, "settings": {}, "cards": {
        "overfitting": review_card(now, now - 3_600_000, stability=3)}})
    open_page(page, site_url, "practice/?category=fundamentals")
    assert card_id(page) == "overfitting"
    retention = page.get_by_label(re.compile("^Desired retention"))
    expect(retention).to_have_value("0.9")
    page.get_by_role("button", name="Show answer").click()
    default = int(re.fullmatch(r"in (\d+) days", _when(page, "good")).group(1))
    retention.select_option("0.8")
    assert get_store(page)["settings"]["retention"] == 0.8
    page.get_by_role("button", name="Show answer").click()
    assert _when(page, "good") != f"in {default} days"
    page.get_by_role("button", name=re.compile(r"^Good")).click()
    assert get_store(page)["cards"]["overfitting"]["scheduled_days"] > default, "a lower retention spaces reviews out"


def test_filters_choose_the_set_and_live_in_the_url(page, site_url, bank):
    category = bank["categories"][1]["id"]
    expected = [q["id"] for q in bank["questions"] if q["category"] == category and q["difficulty"] == "medium"]
    open_page(page, site_url, "practice/")
    page.get_by_label("Category").select_option(category)
    page.get_by_label("Difficulty").select_option("medium")
    expect(page.locator(".pq-status [data-stat=total]")).to_have_text(f"{len(expected)} questions in this set")
    shown = card_id(page)
    assert shown in expected
    assert page.url.endswith(f"practice/?category={category}&difficulty=medium")
    page.reload()
    page.wait_for_selector(".pq-card")
    expect(page.get_by_label("Category")).to_have_value(category)
    assert card_id(page) == shown
    page.get_by_role("button", name="All questions").click()
    expect(page.get_by_label("Category")).to_have_value("")
    expect(page.locator(".pq-status [data-stat=total]")).to_have_text(f"{len(bank['questions'])} questions in this set")
    assert page.url.endswith("practice/")
