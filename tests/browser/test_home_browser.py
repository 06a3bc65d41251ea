"""The home page's practice widgets: due count, question of the day, random question, progress."""

from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import open_page, review_card, set_store

pytestmark = pytest.mark.browser


def fnv1a(text: str) -> int:
    """The hash the home page picks the question of the day with."""
    value = 0x811C9DC5
    for char in text:
        value = ((value ^ ord(char)) * 0x01000193) & 0xFFFFFFFF
    return value


def test_question_of_the_day_is_fixed_by_the_date(page, site_url, bank):
    for day in ("2025-03-14", "2025-03-15"):
        page.clock.set_fixed_time(datetime.datetime.fromisoformat(f"{day}T10:00:00"))
        open_page(page, site_url)
        expected = bank["questions"][fnv1a(day) % len(bank["questions"])]
        teaser = page.locator("[data-pq-qotd] .pq-teaser")
        expect(teaser).to_have_attribute("data-question", expected["id"])
        expect(teaser.get_by_role("link")).to_have_attribute("href", site_url + expected["url"])


def test_random_question_button_shows_a_question(page, site_url, bank):
    open_page(page, site_url)
    page.get_by_role("button", name="Show a random question").click()
    shown = page.locator("[data-pq-random] .pq-teaser").get_attribute("data-question")
    assert shown in {q["id"] for q in bank["questions"]}


def test_due_count_and_progress_per_category(page, site_url, bank):
    category = bank["categories"][1]
    questions = [q for q in bank["questions"] if q["category"] == category["id"]]
    open_page(page, site_url)
    now = page.evaluate("Date.now()")
    set_store(page, {
        "version": 2, "settings": {},
        "cards": {questions[0]["id"]: review_card(now, now - 86_400_000)},
        "marks": {questions[1]["id"]: {"mark": "known", "at": 1}, questions[2]["id"]: {"mark": "later", "at": 1}},
    })
    open_page(page, site_url)
    expect(page.locator("[data-pq-due] [data-stat=due]")).to_have_text("1")
    expect(page.locator("[data-pq-due] [data-stat=new]")).to_have_text(str(len(bank["questions"]) - 1))
    rows = page.locator(".pq-progress-row")
    expect(rows).to_have_count(len(bank["categories"]))
    row = page.locator(f".pq-progress-row[data-category='{category['id']}']")
    expect(row.locator(".pq-progress-count")).to_have_text(f"2 of {len(questions)}")  # reviewed or known
    expect(row.locator("progress")).to_have_attribute("value", "2")
    expect(row.locator("progress")).to_have_accessible_name(f"{category['title']}: 2 of {len(questions)} studied")
    other = page.locator(f".pq-progress-row[data-category='{bank['categories'][0]['id']}'] .pq-progress-count")
    expect(other).to_have_text(f"0 of {sum(q['category'] == bank['categories'][0]['id'] for q in bank['questions'])}")
    page.get_by_role("link", name="Practice flashcards").click()
    page.wait_for_selector(".pq-card")
    assert page.locator(".pq-card").get_attribute("data-question") == questions[0]["id"]


def test_home_fetches_one_index_file_and_only_its_own_modules(page, site_url, bank):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url[len(site_url):]))
    page.clock.set_fixed_time(datetime.datetime.fromisoformat("2025-03-14T10:00:00"))
    open_page(page, site_url)
    expect(page.locator("[data-pq-qotd] .pq-teaser")).to_have_count(1)
    expect(page.locator(".pq-progress-row")).to_have_count(len(bank["categories"]))
    page.wait_for_load_state("networkidle")
    data = sorted(path for path in requested if path.endswith(".json"))
    assert data == [f"bank/index/{(fnv1a('2025-03-14') % len(bank['questions'])) // 50}.json"], (
        "a reader with no progress fetches the index file of the day's question, and nothing else")
    scripts = {path for path in requested if path.startswith("assets/js/practice/")}
    assert "assets/js/practice/home.js" in scripts
    assert not scripts & {"assets/js/practice/practice-view.js", "assets/js/practice/kit-view.js",
                          "assets/js/practice/scheduler.js", "assets/js/practice/marks.js"}
    assert not any("ts-fsrs" in path for path in requested)


def test_a_reader_with_progress_also_fetches_the_ids_but_no_answers(page, site_url, bank):
    open_page(page, site_url)
    set_store(page, {"version": 2, "settings": {}, "cards": {}, "marks": {bank["questions"][0]["id"]: {"mark": "known", "at": 1}}})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url[len(site_url):]))
    open_page(page, site_url)
    expect(page.locator("[data-pq-due] [data-stat=new]")).to_have_text(str(len(bank["questions"])))
    page.wait_for_load_state("networkidle")
    assert "bank/ids.json" in requested
    assert not any(path.startswith(("bank/answers/", "questions")) for path in requested)


def test_category_pages_load_the_marks_module_and_no_bank(page, site_url, bank):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url[len(site_url):]))
    open_page(page, site_url, f"questions/{bank['categories'][0]['id']}/")
    assert "assets/js/practice/marks.js" in requested
    assert not any(path.startswith(("questions", "bank/")) and path.endswith(".json") for path in requested)
    assert "assets/js/practice/practice-view.js" not in requested
