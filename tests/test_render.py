from __future__ import annotations

import pytest

from macros.loader import load_bank
from macros.render import fence, link_text, relative, render_category, render_tags, tag_index
from tests.conftest import question


def test_relative_links_between_pages():
    assert relative("questions/a.md", "questions/b.md#x") == "b.md#x"
    assert relative("questions/a.md", "tags.md#tag-y") == "../tags.md#tag-y"
    assert relative("index.md", "questions/b.md#x") == "questions/b.md#x"
    assert relative("questions/a.md", "assets/figures/f.svg") == "../assets/figures/f.svg"


@pytest.mark.parametrize(("code", "expected"), [("x = 1", "```"), ("s = '```'", "````"), ("````` ", "``````")])
def test_fence_outgrows_backticks_in_code(code, expected):
    assert fence(code) == expected


@pytest.fixture
def bank(bank_dir):
    multi = '|\n    First line {{ not.jinja }} {% raw %}\n\n    ```python\n    def f():\n\n        return 1\n    ```\n'
    text = question("alpha", sample_answer=multi, related="[beta]", tags="[one, two]") + (
        "  follow_ups: [Why?]\n  references:\n    - title: Docs [v2]\n      url: https://example.org/\n"
    )
    return load_bank(bank_dir({"basics": text, "metrics": question("beta", covers="[E1]", tags="[two]")}))


def test_category_page_has_heading_anchor_closed_answer_and_three_tabs(bank):
    page = render_category(bank, "basics", "questions/basics.md")
    assert "## What is alpha? { #alpha .q-title }" in page
    assert '<details class="answer" markdown>\n<summary aria-label="Answer: What is alpha?">Answer</summary>' in page
    for label in ("How to answer", "Sample answer", "What to look for"):
        assert f'\n=== "{label}"' in page
    assert "1. [What is alpha?](#alpha)" in page


def test_content_is_indented_into_the_tab_and_kept_literally(bank):
    page = render_category(bank, "basics", "questions/basics.md")
    assert "    First line {{ not.jinja }} {% raw %}" in page
    assert "    ```python\n    def f():\n\n        return 1\n    ```" in page


def test_follow_ups_related_and_references(bank):
    page = render_category(bank, "basics", "questions/basics.md")
    assert "    - Why?" in page
    assert "[What is beta?](metrics.md#beta)" in page
    assert "- [Docs \\[v2\\]](https://example.org/)" in page
    assert "[#one](../tags.md#tag-one)" in page


def test_tags_index_groups_questions_by_sorted_tag(bank):
    assert list(tag_index(bank)) == ["one", "two"]
    assert [q.id for q in tag_index(bank)["two"]] == ["alpha", "beta"]
    page = render_tags(bank, "tags.md")
    assert "## two { #tag-two }" in page
    assert "- [What is alpha?](questions/basics.md#alpha) · Basics" in page


def test_solution_code_is_shown_under_the_sample_answer(bank_dir):
    data = bank_dir({"basics": question("alpha", kind="coding", solution="solutions/alpha.py"),
                     "metrics": question("b", covers="[E1]")})
    (data / "solutions").mkdir()
    (data / "solutions" / "alpha.py").write_text('def f():\n    """Doc."""\n\n    return "```"\n')
    page = render_category(load_bank(data), "basics", "questions/basics.md")
    assert '    ````python title="alpha.py"\n    def f():\n        """Doc."""\n\n        return "```"\n    ````' in page


@pytest.mark.parametrize("text, shown", [
    ("Cut at i: can `A[:i] + B[i:]` be a palindrome?", "Cut at i: can A[:i] + B[i:] be a palindrome?"),
    ("Unbalanced `x]` and [brackets and a \\ backslash", "Unbalanced x] and [brackets and a \\ backslash"),
    ("Two ``a ` b`` ticks and `<tag>` kept", "Two a ` b ticks and <tag> kept"),
])
def test_link_text_shows_brackets_in_code_spans_literally(text, shown):
    import markdown
    from bs4 import BeautifulSoup

    rendered = markdown.markdown(f"1. [{link_text(text)}](#x)")
    link = BeautifulSoup(rendered, "html.parser").find("a")
    assert link is not None and link.get("href") == "#x", rendered
    assert link.get_text() == shown


def test_the_filter_bar_offers_only_what_the_page_uses_in_the_guides_words(bank_dir):
    from bs4 import BeautifulSoup

    data = bank_dir({"basics": question("one", difficulty="hard", roles="[ml-engineer]", kind="coding")
                     + question("two", difficulty="easy", roles="[ml-engineer, data-scientist]"),
                     "metrics": question("three", difficulty="medium")})
    bank = load_bank(data)
    page = BeautifulSoup(render_category(bank, "basics", "questions/basics.md"), "html.parser")
    form = page.select_one("form.pq-filterbar")
    options = {s["data-filter"]: [(o["value"], o.get_text()) for o in s.find_all("option")] for s in form.find_all("select")}
    assert options["difficulty"] == [("", "Any difficulty"), ("easy", "easy"), ("hard", "hard")]
    labels = bank.guide.role_labels
    assert options["role"] == [("", "Any role"), ("data-scientist", labels["data-scientist"]), ("ml-engineer", labels["ml-engineer"])]
    assert [v for v, _ in options["kind"]] == ["", "coding", "concept"]
    assert [v for v, _ in options["mark"]] == ["", "later", "unmarked", "not-known", "known"]
    assert form.select_one(".pq-shown").get_text() == "2 of 2 questions shown"
    for select in form.find_all("select"):  # every control is named for assistive technology
        assert form.find("label", attrs={"for": select["id"]})
    marks = page.select(".pq-marks")
    assert [m["data-question"] for m in marks] == ["one", "two"]
    assert all([b["data-mark"] for b in m.find_all("button")] == ["known", "later"] for m in marks)
