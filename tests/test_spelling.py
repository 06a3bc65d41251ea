"""One spelling convention for the whole guide: British (-ise, -our, -tre), checked here.

Code, math, link targets, ids (they are stable URLs) and the titles of cited works (spelt as
published) are left alone.
"""

from __future__ import annotations

import re

import pytest

from macros.loader import load_bank
from tests.conftest import ROOT

AMERICAN = re.compile(
    r"\b(?:\w*?(?:iz(?:e|es|ed|ing|er|ers|ation|ations|able)|yz(?:e|es|ed|ing|er|ers))"
    r"|\w*?(?:colo|behavio|favo|hono|labo|neighbo|flavo|rumo|harbo|humo)r(?:s|ed|ing|able|ite|ites)?"
    r"|\w*?cent(?:er|ers|ered)|model(?:ed|ing|er|ers)|label(?:ed|ing)|travel(?:ed|ing|er)"
    r"|cancel(?:ed|ing)|signal(?:ed|ing)|catalog|defense|offense|gray|toward|fulfill|skillful|judgment)\b",
    re.I,
)
# Words that end like an American spelling but are spelt the same in British English.
SAME_IN_BRITISH = {
    "size", "sizes", "sized", "sizing", "resize", "resizes", "resized", "resizing", "oversized", "prize", "prizes",
    "seize", "seized", "capsize", "citizen", "citizens", "maize", "wizard", "wizards", "lizard", "hazard", "hazards",
    "freeze", "freezes", "freezing", "frozen", "squeeze", "squeezed", "squeezing", "breeze", "dozen", "dozens",
    "gaze", "amaze", "amazing", "blaze", "graze", "glaze", "baize", "bronze", "lazed", "analog",
}
# Proper names written the American way (products, APIs, organisations).
NAMES = {"Tokenizer", "Optimizer", "Color"}


def american_words(text: str) -> list[str]:
    """American spellings in prose: code, math and link targets are removed first."""
    text = re.sub(r"(?ms)^(\s*)(`{3,}|~{3,}).*?^\1\2", " ", text)
    text = re.sub(r"`[^`]*`|\$\$.*?\$\$|\$[^$\n]*\$", " ", text, flags=re.S)
    text = re.sub(r"\]\([^)]*\)|https?://\S+", " ", text)
    return [w for w in AMERICAN.findall(text) if w.lower() not in SAME_IN_BRITISH and w not in NAMES]


def test_the_checker_finds_american_spellings_and_spares_code():
    assert american_words("We optimize the color of the model; modeling behavior.") == [
        "optimize", "color", "modeling", "behavior"]
    assert american_words("Call `normalize()` or $x_{size}$, see [docs](https://a.org/optimizer).") == []
    assert american_words("Resize the batch size; the optimiser's behaviour.") == []


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "data")


def test_questions_use_british_spelling(bank):
    found = []
    for q in bank.all_questions():
        texts = [q.question, q.how_to_answer, q.sample_answer, q.what_to_look_for, *q.follow_ups,
                 *(q.key_points or []), *(f.alt for f in q.figures), *(f.caption or "" for f in q.figures)]
        found += [f"{q.id}: {w}" for text in texts for w in american_words(text)]
    assert not found


def test_tags_and_categories_use_british_spelling(bank):
    tags = {t for q in bank.all_questions() for t in q.tags}
    found = [t for t in tags if american_words(t.replace("-", " "))]
    found += [c.id for c in bank.categories if american_words(f"{c.title} {c.description}")]
    assert not found


def test_guide_pages_use_british_spelling():
    found = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        found += [f"{page.relative_to(ROOT)}: {w}" for w in american_words(page.read_text(encoding="utf-8"))]
    assert not found


def test_every_tag_is_shared_by_at_least_two_questions(bank):
    counts: dict[str, int] = {}
    for q in bank.all_questions():
        for tag in q.tags:
            counts[tag] = counts.get(tag, 0) + 1
    assert sorted(t for t, n in counts.items() if n == 1) == []
