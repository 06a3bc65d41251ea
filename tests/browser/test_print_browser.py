"""Printing from Chromium: a category page prints every question's three tabs, labelled,
without the site's chrome, on A4 and US Letter alike."""

from __future__ import annotations

import io
import re

import pytest

from macros.loader import load_bank
from macros.seo import plain_text
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _sample_words(markdown: str) -> str:
    """Six plain words in a row from the section (no math or code), to find in the print."""
    for stretch in re.split(r"\$\$.*?\$\$|\$[^$]*\$|`[^`]*`|\n\s*\n", markdown, flags=re.S):
        words = plain_text(stretch).split()
        for start in range(len(words) - 5):
            window = words[start:start + 6]
            if all(re.fullmatch(r"[A-Za-z,.;'()-]+", w) for w in window):
                return _squash(" ".join(window))
    raise AssertionError("no plain run of words")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_category_page_prints_every_tab_of_every_question(page, site_url, paper):
    from pypdf import PdfReader

    bank = load_bank(ROOT / "data")
    category = "ethics"
    page.goto(f"{site_url}questions/{category}/")
    page.wait_for_load_state("networkidle")
    pdf = page.pdf(format=paper, print_background=True)
    text = _squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    questions = bank.questions[category]
    for q in questions:
        for field in ("how_to_answer", "sample_answer", "what_to_look_for"):
            assert _sample_words(getattr(q, field)) in text, f"{q.id}.{field} missing from the {paper} print"
    for label in ("howtoanswer", "sampleanswer", "whattolookfor"):
        assert text.count(label) >= len(questions)
    for chrome in ("expandallanswers", "editongithub", "searchthesite"):
        assert chrome not in text, chrome


def test_print_shows_addresses_of_outside_links_only(page, site_url):
    from pypdf import PdfReader

    page.goto(f"{site_url}questions/ethics/")
    page.wait_for_load_state("networkidle")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    assert "(https://" in text.replace("\n", "")  # a reference prints where it leads
    assert f"({site_url}" not in text.replace("\n", "")  # a link within the guide does not
