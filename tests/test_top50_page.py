"""The Top 50 page matches data/top50.yml: numbered, each answer collapsed with its three sections."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from macros.files import download_names
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
    answers = article.select("details.answer")
    assert len(answers) == 50 and not article.select(".tabbed-set") and not article.select("details[open]")
    for answer, question_id in zip(answers, bank.top50, strict=True):
        assert answer.summary.get_text() == "Answer"
        assert answer.summary["aria-label"].startswith("Answer: ")
        assert answer.find_previous("h2")["id"] == question_id
        labels = [p.get_text() for p in answer.select(".t50-label")]
        assert labels == ["How to answer", "Sample answer", "What to look for"]
    names = download_names(bank.guide, "unused: the guide names its files")
    for file in (names.top50_pdf, *names.cheat_sheets.values()):
        assert article.select_one(f'a[href="../{file}"][download]'), file
    assert article.select_one("button[data-print]")
    assert article.select_one('button[data-answers="open"]') and article.select_one('button[data-answers="close"]')


def test_top50_reaches_every_category(built_site):
    bank = load_bank(ROOT / "data")
    assert {bank.category_of[i] for i in bank.top50} == {c.id for c in bank.categories}
