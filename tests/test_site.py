"""The real guide built with --strict: every question present, answerable and searchable."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.loader import load_bank
from tests.conftest import ROOT, copy_project

pytestmark = pytest.mark.site

TABS = ["How to answer", "Sample answer", "What to look for"]


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "data", figures_dir=ROOT / "docs" / "assets" / "figures")


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_every_question_has_anchor_closed_answer_and_three_filled_tabs(built_site, bank):
    for category in bank.categories:
        page = soup(built_site, f"questions/{category.id}")
        headings = page.select("h2.q-title")
        assert [h["id"] for h in headings] == [q.id for q in bank.questions[category.id]]
        for heading in headings:
            answer = heading.find_next_sibling("details")
            assert answer is not None and "answer" in answer["class"], heading["id"]
            assert not answer.has_attr("open"), heading["id"]
            labels = [label.get_text(strip=True) for label in answer.select(".tabbed-labels > label")]
            assert labels == TABS, heading["id"]
            blocks = answer.select(".tabbed-content > .tabbed-block")
            assert len(blocks) == 3 and all(b.get_text(strip=True) for b in blocks), heading["id"]


def test_category_page_lists_its_questions_and_has_the_controls(built_site, bank):
    for category in bank.categories:
        page = soup(built_site, f"questions/{category.id}")
        index = [a["href"] for a in page.select("nav.q-index a")]
        assert index == [f"#{q.id}" for q in bank.questions[category.id]]
        assert {b["data-answers"] for b in page.select("button[data-answers]")} == {"open", "close"}


def test_search_index_has_one_entry_per_question_titled_by_the_question(built_site, bank):
    index = json.loads((built_site / "search" / "index.json").read_text())
    by_location: dict[str, list[dict]] = {}
    for doc in index["docs"]:
        by_location.setdefault(doc["u"], []).append(doc)
    for category in bank.categories:
        page = soup(built_site, f"questions/{category.id}")
        for heading in page.select("h2.q-title"):
            entries = by_location.get(f"questions/{category.id}/#{heading['id']}", [])
            assert len(entries) == 1, heading["id"]
            for link in heading.select("a.headerlink"):
                link.decompose()
            assert entries[0]["t"].split() == heading.get_text().split(), heading["id"]
    # every entry's anchor exists on its page (guide sections take their ids from the headings)
    for location in by_location:
        path, _, anchor = location.partition("#")
        page = soup(built_site, path or ".")
        assert not anchor or page.find(id=anchor), location
    # the theme's own index is not shipped, and no page asks for it
    assert not (built_site / "search" / "search_index.json").exists()
    config = json.loads(soup(built_site, ".").find(id="__config").string)
    assert config["search"].startswith("assets/js/search/worker.js")
    assert not soup(built_site, ".").find("form", attrs={"name": "search"})


def test_every_category_has_a_page_in_the_nav_and_every_page_a_category(built_site, bank):
    pages = sorted(p.stem for p in (ROOT / "docs" / "questions").glob("*.md"))
    assert pages == sorted(c.id for c in bank.categories)
    home = soup(built_site, ".")
    nav_links = [a["href"] for a in home.select("nav.md-nav--primary a.md-nav__link[href*='questions/']")]
    order = list(dict.fromkeys(re.search(r"questions/([^/]+)/", h).group(1) for h in nav_links))
    assert order == [c.id for c in bank.categories]


def test_math_and_assets_come_from_the_site_itself(built_site):
    for html in built_site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
            for element in page.find_all(tag, attrs={attr: True}):
                if tag == "link" and element.get("rel") in (["canonical"], ["alternate"]):
                    continue
                assert not element[attr].startswith(("http:", "https:", "//")), f"{html}: {element}"


def test_no_page_loads_a_math_or_diagram_script(built_site):
    for html in built_site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        sources = [e["src"] for e in page.find_all("script", src=True)] + [e["href"] for e in page.find_all("link", href=True)]
        assert not [s for s in sources if re.search(r"katex|mathjax|mermaid", s, re.I)], html
    assert not list(built_site.rglob("*katex*")) and not list(built_site.rglob("*mermaid*"))


def test_diagrams_are_svg_in_the_page(built_site, bank):
    with_diagrams = {q.id: q.sample_answer.count("```mermaid") for q in bank.all_questions() if "```mermaid" in q.sample_answer}
    assert with_diagrams
    for qid, count in with_diagrams.items():
        page = soup(built_site, f"questions/{bank.category_of[qid]}")
        answer = page.find(id=qid).find_next_sibling("details")
        assert len(answer.select("figure.diagram > svg[role=img]")) == count, qid
        assert not page.select("pre.mermaid, .mermaid"), qid


def test_formulas_are_mathml_in_the_page(built_site, bank):
    # A display formula of the bank, as the page shows it: MathML, with no TeX left over.
    mle = next(q for q in bank.all_questions() if q.id == "mle-vs-map")
    assert r"\arg\max_\theta" in mle.sample_answer
    page = soup(built_site, f"questions/{bank.category_of['mle-vs-map']}")
    answer = page.find(id="mle-vs-map").find_next_sibling("details")
    blocks = answer.select("div.arithmatex > math[display=block]")
    assert any(b.find("mtext", string="MAP") and b.find("mo", string="arg") for b in blocks)
    assert "\\(" not in answer.get_text() and "\\[" not in answer.get_text()


def test_tags_page_links_every_tag(built_site, bank):
    page = soup(built_site, "tags")
    tags = {t for q in bank.all_questions() for t in q.tags}
    assert {h["id"].removeprefix("tag-") for h in page.select("h2[id^=tag-]")} == tags


def _build(project: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "GUIDE_SKIP_PDF": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "out")]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)


def test_bad_data_stops_the_build_with_the_report_and_no_site(tmp_path):
    project = copy_project(tmp_path / "project")
    first = sorted((project / "data" / "questions").glob("*.yml"))[0]
    text = first.read_text(encoding="utf-8")
    text = text.replace("difficulty: ", "difficulty: impossible-", 1).replace("how_to_answer:", "how_to_answr:", 1)
    first.write_text(text, encoding="utf-8")
    result = _build(project)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert f"data/questions/{first.name}:" in output and ".difficulty:" in output and "how_to_answr" in output
    assert "Traceback" not in output
    assert not (project / "out").exists()


# Our modules and what a page must contain to need each (practice helper's modules aside).
MODULE_NEEDS = {"answers.js": "[data-answers], [data-print]", "tabs.js": ".tabbed-set"}


def test_each_page_loads_only_the_modules_it_uses(built_site):
    checked = 0
    for html in built_site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        loaded = {s["src"].rsplit("/", 1)[-1] for s in page.select("script[type=module][src]")}
        for module, needs in MODULE_NEEDS.items():
            if module in loaded:
                assert page.select(needs), f"{html} loads {module} with nothing of {needs}"
                checked += 1
        assert ("answers.js" in loaded) == bool(page.select(MODULE_NEEDS["answers.js"])), html
        for script in page.select("script[src]"):  # scripts are deferred: modules, or the theme's at the end of body
            assert script.get("type") == "module" or script.find_parent("body"), f"{html}: {script}"
    assert checked


@pytest.mark.parametrize(("custom_dir", "kept"), [("overrides", False), (None, True)])
def test_the_themes_index_is_dropped_only_where_our_search_replaces_it(tmp_path, custom_dir, kept):
    """Built without our theme folder (the benchmark's stock twin), the theme's search runs
    and needs its index."""
    from types import SimpleNamespace

    from macros import on_post_build, on_pre_page_macros

    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text("{}")
    theme = SimpleNamespace(custom_dir=str(ROOT / custom_dir) if custom_dir else None)
    env = SimpleNamespace(conf={"site_dir": str(tmp_path), "theme": theme}, variables={"downloads": {}},
                          page=SimpleNamespace(meta={"search": {"boost": 2}}))
    on_pre_page_macros(env)  # and the theme indexes no page for an index that is dropped
    assert env.page.meta["search"] == ({"boost": 2} if kept else {"boost": 2, "exclude": True})
    on_post_build(env)
    assert (tmp_path / "search" / "search_index.json").exists() is kept
