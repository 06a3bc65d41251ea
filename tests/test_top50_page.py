"""The Top 50 page matches data/top50.yml: numbered, every section shown, nothing collapsed."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from macros.loader import load_bank
from tests.conftest import ROOT

pytestmark = pytest.mark.site


def test_top50_page_matches_the_list(built_site):
    bank = load_bank(ROOT / "data")
    page = BeautifulSoup((built_site / "top-50" / "index.html").read_text(encoding="utf-8"), "html.parser")
    headings = page.select("h2.t50-title")
    assert [h["id"] for h in headings] == bank.top50
    for number, heading in enumerate(headings, start=1):
        assert heading.get_text().startswith(f"{number}. ")
    article = page.select_one("article")
    assert not article.select("details") and not article.select(".tabbed-set")
    labels = [p.get_text() for p in article.select(".t50-label")]
    assert labels == ["How to answer", "Sample answer", "What to look for"] * 50
    assert article.select_one('a[href="../downloads/ml-interview-top-50.pdf"][download]')
    assert article.select_one("button[data-print]")


def test_top50_reaches_every_category(built_site):
    bank = load_bank(ROOT / "data")
    assert {bank.category_of[i] for i in bank.top50} == {c.id for c in bank.categories}
