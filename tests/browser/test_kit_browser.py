"""The interview kit in a real browser: picking, ordering, the shareable URL and printing."""

from __future__ import annotations

import io
import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.conftest import new_context
from tests.browser.helpers import open_page, visible

pytestmark = pytest.mark.browser

ORDER = "() => [...document.querySelectorAll('.kit-order > li[data-question]')].map(li => li.dataset.question)"
SHEET = "() => [...document.querySelectorAll('.kit-sheet .kit-q')].map(li => li.dataset.question)"


def _selection(url: str) -> list[str]:
    return parse_qs(urlparse(url).query).get("questions", [""])[0].split(",")


def test_selection_round_trips_through_the_url_in_order(page, browser, site_url, bank):
    a, b, c = (q["id"] for q in bank["questions"][:3])
    open_page(page, site_url, "interview-kit/")
    page.get_by_label("Search question text").fill(bank["questions"][2]["question"][:40])
    page.locator(f"#kit-pick-{c}").check()
    page.get_by_label("Search question text").fill("")
    page.locator(f"#kit-pick-{a}").check()
    page.locator(f"#kit-pick-{b}").check()
    assert page.evaluate(ORDER) == [c, a, b]

    move_up = page.locator(f".kit-order > li[data-question='{b}'] .kit-up")
    move_up.click()
    assert page.evaluate(ORDER) == [c, b, a]
    expect(page.locator(f".kit-order > li[data-question='{b}'] .kit-up")).to_be_focused()
    assert page.evaluate(SHEET) == [c, b, a]
    assert _selection(page.url) == [c, b, a]
    expect(page.get_by_label("Link to this selection")).to_have_value(page.url.split("#")[0])

    shared = page.url
    fresh = new_context(browser, site_url)
    try:
        other = fresh.new_page()
        open_page(other, shared, "")
        assert other.evaluate(ORDER) == [c, b, a]
        assert other.evaluate(SHEET) == [c, b, a]
        for qid in (a, b, c):
            expect(other.locator(f"#kit-pick-{qid}")).to_be_checked()
    finally:
        fresh.close()

    page.locator(f".kit-order > li[data-question='{b}'] .kit-remove").click()
    assert _selection(page.url) == [c, a]


def test_unknown_ids_in_the_link_are_left_out_and_said_so(page, site_url, bank):
    a = bank["questions"][0]["id"]
    open_page(page, site_url, f"interview-kit/?questions=no-such-question,{a}")
    assert page.evaluate(ORDER) == [a]
    expect(page.locator(".kit .pq-announce")).to_contain_text("1 question in the link no longer exists")
    assert _selection(page.url) == [a]


def test_random_eight_balanced_across_categories(page, site_url, bank):
    open_page(page, site_url, "interview-kit/")
    page.get_by_role("button", name="Random 8, balanced across categories").click()
    picked = page.evaluate(ORDER)
    assert len(picked) == 8 and _selection(page.url) == picked
    category = {q["id"]: q["category"] for q in bank["questions"]}
    assert len({category[q] for q in picked}) == min(8, len(bank["categories"]))

    page.get_by_label("Difficulty").select_option("hard")
    page.get_by_role("button", name="Random 8, balanced across categories").click()
    difficulty = {q["id"]: q["difficulty"] for q in bank["questions"]}
    assert {difficulty[q] for q in page.evaluate(ORDER)} == {"hard"}


def test_print_shows_only_the_sheet(page, site_url, bank):
    chosen = [q for q in bank["questions"] if q["kind"] != "behavioral"][:3]
    open_page(page, site_url, f"interview-kit/?questions={','.join(q['id'] for q in chosen)}")
    expect(page.get_by_role("button", name="Print the sheet")).to_be_enabled()
    page.emulate_media(media="print")
    assert visible(page, ".kit-sheet")
    for question in chosen:
        item = page.locator(f".kit-q[data-question='{question['id']}']")
        expect(item).to_be_visible()
        expect(item.locator(".kit-look")).to_contain_text("What to look for")
        expect(item.locator(".kit-score")).to_contain_text("1 No or wrong answer")
        expect(item.locator(".kit-score")).to_contain_text("4 Excellent: depth, trade-offs, follow-ups handled")
        assert item.locator(".kit-notes .kit-line").count() >= 4
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                   "h1", ".kit-list", ".kit-order", ".pq-filterbar", "#scoring"):
        assert not visible(page, chrome), f"{chrome} should not print"

    # The PDF Chromium prints has the sheet and nothing of the page around it.
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf())).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Interview sheet" in text and "Choose questions" not in text and "Table of contents" not in text
    for question in chosen:
        assert " ".join(question["question"].split()[:4]) in text


def test_random_eight_and_clear_can_be_undone(page, site_url, bank):
    a, b = (q["id"] for q in bank["questions"][:2])
    open_page(page, site_url, f"interview-kit/?questions={a},{b}")
    undo = page.get_by_role("button", name="Undo")
    expect(undo).to_be_disabled()
    page.get_by_role("button", name="Random 8, balanced across categories").click()
    picked = page.evaluate(ORDER)
    assert len(picked) == 8 and picked != [a, b]
    expect(page.locator(".kit .pq-announce")).to_contain_text("Undo brings back the previous selection")
    page.get_by_role("button", name="Clear selection").click()
    assert page.evaluate(ORDER) == []
    undo.click()
    assert page.evaluate(ORDER) == picked
    undo.click()
    assert page.evaluate(ORDER) == [a, b] and _selection(page.url) == [a, b]
    expect(undo).to_be_disabled()


def test_filters_are_kept_in_the_url(page, site_url, bank):
    category = bank["categories"][2]["id"]
    open_page(page, site_url, "interview-kit/")
    page.get_by_label("Category").select_option(category)
    page.get_by_label("Difficulty").select_option("hard")
    assert parse_qs(urlparse(page.url).query) == {"category": [category], "difficulty": ["hard"]}
    expected = sum(q["category"] == category and q["difficulty"] == "hard" for q in bank["questions"])
    page.reload()
    page.wait_for_selector(".kit-sheet")
    expect(page.get_by_label("Category")).to_have_value(category)
    expect(page.get_by_label("Difficulty")).to_have_value("hard")
    assert page.locator(".kit-list > li").count() == expected


def test_search_reads_words_as_the_site_search_does(page, site_url, bank, built_site):
    open_page(page, site_url, "interview-kit/")
    search = page.get_by_label("Search question text")
    assert (built_site / "search" / "lexicon.json").is_file()  # the site search's words, which the kit reads
    # A synonym and the other spelling find what the plain words would not.
    search.fill("kNN")
    shown = page.locator(".kit-list > li").all_inner_texts()
    assert any("nearest neighbo" in text.lower() for text in shown), shown
    search.fill("regularization")
    assert page.locator(".kit-list > li").count() > 0
    search.fill("zzzz-no-such-word")
    assert page.locator(".kit-list > li").count() == 0


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_each_question_prints_on_one_page_with_its_score_box(page, site_url, bank, paper):
    chosen = bank["questions"][:5]
    open_page(page, site_url, f"interview-kit/?questions={','.join(q['id'] for q in chosen)}")
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(page.pdf(format=paper))).pages]
    assert len(pages) <= len(chosen), f"{len(chosen)} questions take {len(pages)} pages"
    for number, question in enumerate(chosen, 1):
        start = " ".join(question["question"].split()[:3])
        [where] = [i for i, text in enumerate(pages) if f"{number}. {start}" in text]
        # Its score box: the scale's last line after the title, on that page.
        after = pages[where].split(f"{number}. {start}", 1)[1]
        assert "Excellent: depth, trade-offs, follow-ups handled" in after, f"question {number} and its score are apart"
    assert "References" not in " ".join(pages), "the printed rubric leaves out reading links"
