"""The header search box in a real browser: nothing loads until it is used; a result opens
its question's answer with the searched words marked, whole words only."""

from __future__ import annotations

import pytest

from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

INDEX = "search/index.json"


def search(page, text: str, typed: bool = False) -> list[str]:
    """`text` in the header search box (typed key by key, or pasted); the results, best
    first, as path#id, once they stop changing."""
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").first.click()
    if typed:
        box.fill("")
        box.press_sequentially(text)
    else:
        box.fill(text)
        box.press("End")  # the theme reads the box on keyup
    return settled_results(page)


def settled_results(page, timeout: float = 15.0) -> list[str]:
    """The result list once it has stayed the same for a moment."""
    previous, stable = None, 0
    for _ in range(int(timeout / 0.1)):
        page.wait_for_timeout(100)
        current = results(page)
        stable = stable + 1 if current == previous and current else 0
        if stable >= 3:
            return current
        previous = current
    return results(page)


def results(page) -> list[str]:
    return page.eval_on_selector_all(
        ".md-search-result__list > li",
        """items => items.map(li => {
             const links = [...li.querySelectorAll('a')].map(a => new URL(a.href))
             const entry = links.find(u => u.hash) ?? links[0]
             return entry.pathname.replace(/^\\//, '') + entry.hash
           })""",
    )


@pytest.mark.parametrize("path", ["", "questions/evaluation/", "guides/roles/", "practice/"])
def test_no_page_fetches_the_index_until_the_search_box_is_used(page, site_url, path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_page(page, site_url, path)
    page.wait_for_timeout(300)
    assert not [u for u in requested if "search_index" in u or INDEX in u or "minisearch" in u]
    page.locator("input.md-search__input").focus()
    page.wait_for_timeout(200)
    assert not [u for u in requested if INDEX in u], "focus alone does not download the index"
    found = search(page, "overfitting", typed=True)
    assert found[0].startswith("questions/")
    assert [u for u in requested if u.endswith(INDEX)] == [site_url + INDEX]


def test_a_result_opens_its_answer_and_marks_whole_words(page, site_url):
    open_page(page, site_url, "guides/roles/")
    search(page, "regularisation l1 l2", typed=True)
    first = page.locator(".md-search-result__list > li").first
    # a readable snippet: marked words, no TeX, no badge line
    snippet = first.locator("article").last.inner_text()
    assert "\\" not in snippet and "$" not in snippet
    marks = first.locator("mark").all_inner_texts()
    assert marks and all(len(m) > 1 for m in marks)
    link = first.locator("a[href*='#']").first
    anchor = link.evaluate("a => new URL(a.href).hash.slice(1)")
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => location.hash.slice(1)") == anchor
    answer = page.locator(f"h2[id='{anchor}'] ~ details.answer").first
    assert answer.evaluate("d => d.open")
    page.wait_for_selector("mark[data-md-highlight]")
    marked = page.locator("mark[data-md-highlight]").all_inner_texts()
    assert {m.lower().replace("z", "s") for m in marked} <= {"regularisation", "l1", "l2"}
    # the highlight stays in the question reached
    outside = page.evaluate(f"""() => [...document.querySelectorAll('mark[data-md-highlight]')]
        .filter(m => m.closest('details.answer') === null && !m.closest('h2[id="{anchor}"], .q-meta')).length""")
    assert outside == 0


def test_british_and_american_spellings_find_the_same(page, site_url):
    open_page(page, site_url, "")
    assert search(page, "regularisation")[:5] == search(page, "regularization")[:5]
