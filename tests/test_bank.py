"""The ML guide's own content rules: coverage, section lengths, rubric shape, counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.loader import load_bank
from tests.conftest import ROOT

COVERAGE = ROOT.parent / "shared" / "coverage.md"
PARTS = {  # the categories each content issue fills, and how many questions it promised
    "fundamentals, algorithms, evaluation": 50,
    "data, training, deep-learning, llms, statistics, production, domains, ethics": 65,
    "coding, data-engineering": 30,
    "ml-design, behavioral": 30,
}


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "data", figures_dir=ROOT / "docs" / "assets" / "figures")


def words(markdown: str) -> int:
    """Words of prose: code blocks and display math do not count."""
    text = re.sub(r"^(\s*)(`{3,}|~{3,}).*?^\1\2", " ", markdown, flags=re.M | re.S)
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    return len([w for w in text.split() if re.search(r"\w", w)])


def sample_range(question) -> tuple[int, int]:
    if question.solution:
        return 60, 200
    if question.kind == "applied":
        return 150, 450
    if question.kind == "coding":
        return 100, 300
    return 120, 250


def test_every_topic_is_covered(bank):
    covered = {code for q in bank.all_questions() for code in q.covers}
    missing = [f"{t.id} {t.title}" for t in bank.topics if t.id not in covered]
    assert not missing


@pytest.mark.skipif(not COVERAGE.is_file(), reason="the shared checklist is not beside the project")
def test_topics_list_every_code_of_the_shared_checklist():
    codes = set(re.findall(r"^- ([A-Z]\d+) ", COVERAGE.read_text(encoding="utf-8"), re.M))
    codes = {c for c in codes if not c.startswith("G")}  # guide pages, checked with the guides
    listed = {t.id for t in load_bank(ROOT / "data").topics}
    assert codes <= listed


def test_section_lengths(bank):
    wrong = []
    for q in bank.all_questions():
        if not 60 <= (n := words(q.how_to_answer)) <= 150:
            wrong.append(f"{q.id}.how_to_answer: {n} words")
        low, high = sample_range(q)
        if not low <= (n := words(q.sample_answer)) <= high:
            wrong.append(f"{q.id}.sample_answer: {n} words, expected {low}-{high}")
    assert not wrong


def test_rubric_has_strong_signals_red_flags_and_follow_ups(bank):
    wrong = [q.id for q in bank.all_questions()
             if "**Strong signals**" not in q.what_to_look_for or "**Red flags**" not in q.what_to_look_for
             or len(q.follow_ups) < 2]
    assert not wrong


@pytest.mark.parametrize(("categories", "minimum"), PARTS.items())
def test_each_part_of_the_bank_has_its_questions(bank, categories, minimum):
    count = sum(len(bank.questions[c]) for c in categories.split(", "))
    assert count >= minimum


def test_every_category_has_at_least_two_questions(bank):
    assert all(len(qs) >= 2 for qs in bank.questions.values())


def test_every_solution_has_its_test(bank):
    for q in bank.all_questions():
        if q.solution:
            stem = Path(q.solution).stem
            assert (ROOT / "tests" / "solutions" / f"test_{stem}.py").is_file(), q.solution


@pytest.mark.parametrize(
    "wrong",
    [r"\b0 or 1\b.*\bL1\b|\bL1\b[^.]*\bweights? (?:of |to )?0 or 1",
     r"deep learning (?:is|means) unsupervised"],
)
def test_known_wrong_answers_do_not_appear_as_claims(bank, wrong):
    # They may appear only inside the rubric's red flags, as the mistakes to listen for.
    for q in bank.all_questions():
        for text in (q.how_to_answer, q.sample_answer):
            assert not re.search(wrong, text, re.I), q.id


GUIDES = {"G1": "question-types", "G2": "roles", "G3": "preparation-plan", "G4": "running-an-interview"}


@pytest.mark.skipif(not COVERAGE.is_file(), reason="the shared checklist is not beside the project")
def test_guide_topics_each_have_their_page_in_the_nav():
    codes = set(re.findall(r"^- (G\d+) ", COVERAGE.read_text(encoding="utf-8"), re.M))
    assert codes == set(GUIDES)
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in GUIDES.values():
        text = (ROOT / "docs" / "guides" / f"{page}.md").read_text(encoding="utf-8")
        assert len(text.split()) > 800 and f"guides/{page}.md" in nav


def test_every_question_cites_a_reference_at_an_https_address(bank):
    missing = [q.id for q in bank.all_questions() if not q.references]
    insecure = [f"{q.id}: {r.url}" for q in bank.all_questions() for r in q.references
                if not r.url.startswith("https://")]
    assert not missing, f"questions without references: {missing}"
    assert not insecure, f"references not at an https:// address: {insecure}"
