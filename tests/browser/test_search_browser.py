"""The header search box in a real browser: nothing loads until it is used; a result opens
its question's answer with the searched words marked, whole words only."""

from __future__ import annotations

import pytest
import yaml

from tests.browser.helpers import open_page
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

INDEX = "search/index.json"


# Notes, in the page, which query the search worker last answered.
WATCH_WORKER = """
const Native = window.Worker
window.Worker = class extends Native {
  constructor(...args) {
    super(...args)
    this.addEventListener("message", ({ data }) => {
      if (data?.type === 3) window.__answered = data.data.query
    })
  }
}
"""


@pytest.fixture
def page(context):
    """A page that notes the worker's answers, and fails the test on any script error."""
    context.add_init_script(WATCH_WORKER)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"script errors: {errors}"


def search(page, text: str, typed: bool = False) -> list[str]:
    """`text` in the header search box (typed key by key, or pasted); the results, best
    first, as path#id, once the worker has answered that query."""
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").first.click()
    box.fill("")
    box.press("End")  # the theme reads the box on keyup
    if typed:
        box.press_sequentially(text)
    else:
        box.fill(text)
        box.press("End")
    page.wait_for_function("text => window.__answered === text", arg=text, timeout=30000)
    page.wait_for_timeout(50)  # the theme renders on the same message
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


def test_the_query_set_finds_its_questions(page, site_url):
    """tests/search_queries.yml typed into the header search box of the built site: the
    wanted question in the first 3 results for >= 95 % of short queries, the first 5 for
    >= 90 % of full interview questions."""
    queries = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))
    assert len(queries["short"]) >= 60 and len(queries["full"]) >= 60
    open_page(page, site_url, "")
    rates, misses = {}, []
    for kind, top in (("short", 3), ("full", 5)):
        found = 0
        for entry in queries[kind]:
            ids = [r.partition("#")[2] for r in search(page, entry["q"], typed=kind == "short")][:top]
            if set(ids) & set(entry["ids"]):
                found += 1
            else:
                misses.append(f"{kind}: {entry['q']!r} -> {ids}")
        rates[kind] = found / len(queries[kind])
    print(f"\nsearch query set: short {rates['short']:.1%} in the first 3 ({len(queries['short'])} queries), "
          f"full {rates['full']:.1%} in the first 5 ({len(queries['full'])} questions)")
    print("\n".join(misses))
    assert rates["short"] >= 0.95, misses
    assert rates["full"] >= 0.90, misses
