"""Search: the synonyms file is validated like the rest; the index holds one readable entry
per question and the guide's sections; the build reads text into terms as query.js does."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from macros.errors import BankError
from macros.loader import load_bank
from macros.mathtext import math_to_text, tex_text
from macros.search import lexicon, readable, search_files, search_index
from macros.terms import Lexicon
from tests.conftest import ROOT, skip_unless_available

DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "data", figures_dir=DOCS / "assets" / "figures")


@pytest.fixture(scope="module")
def index(bank):
    return search_index(bank, DOCS)


def search_problems(data_dir, text: str) -> list[str]:
    (data_dir / "search.yml").write_text(text)
    with pytest.raises(BankError) as caught:
        load_bank(data_dir)
    return [str(p) for p in caught.value.problems]


def test_synonyms_load_and_an_absent_file_means_none(bank_dir):
    data = bank_dir()
    assert load_bank(data).search.synonyms == []
    (data / "search.yml").write_text("synonyms:\n  - [knn, k-nearest neighbours]\n")
    assert load_bank(data).search.synonyms == [["knn", "k-nearest neighbours"]]


def test_synonym_problems_name_file_line_and_field_all_at_once(bank_dir):
    found = search_problems(bank_dir(), (
        "synonyms:\n"
        "  - [pca, principal component analysis]\n"
        "  - [lonely]\n"
        "  - [svm, '<script>']\n"
        "  - [principal component analysis, eigen decomposition]\n"
        "synonym: []\n"
    ))
    assert found == [
        "data/search.yml:3: synonyms.1: List should have at least 2 items after validation, not 1",
        "data/search.yml:4: synonyms.2.1: '<script>' is not a search phrase: use words, digits, spaces, ' / . + -",
        "data/search.yml:6: synonym: is not a known field: did you mean 'synonyms'?",
    ]
    found = search_problems(bank_dir(), "synonyms:\n  - [pca, PCA]\n  - [svm, support vector machine]\n  - [Support-Vector machine, svc]\n")
    assert found == [
        "data/search.yml:2: synonyms.0: 'PCA' is listed twice (line 2)",
        "data/search.yml:4: synonyms.2: 'Support-Vector machine' is already in a group (line 3)",
    ]
    assert search_problems(bank_dir(), "- [a, b]\n") == [
        "data/search.yml:1: (file): expected a mapping with 'synonyms:', found list"
    ]


def test_one_entry_per_question_titled_by_it_linking_its_anchor(bank, index):
    questions = [d for d in index["docs"] if d["u"].startswith("questions/")]
    assert [d["u"] for d in questions] == [
        f"questions/{bank.category_of[q.id]}/#{q.id}" for q in bank.all_questions()
    ]
    for doc, q in zip(questions, bank.all_questions(), strict=True):
        assert doc["t"] == readable(q.question)
        assert index["pages"][doc["p"]] == [f"questions/{bank.category_of[q.id]}/", bank.category(bank.category_of[q.id]).title]
        assert doc["k"] == " ".join(t.replace("-", " ") for t in q.tags)
        # the answer's own words, its follow-ups, and nothing of the page around it
        assert doc["b"].endswith(readable(q.follow_ups[-1] if q.follow_ups else q.what_to_look_for)[-80:])
        assert not re.match(r"(easy|medium|hard)\b", doc["b"])
        assert doc["b"].startswith(readable(q.how_to_answer)[:80])
    # a category page itself is no entry: only its questions are
    assert not [d for d in index["docs"] if re.fullmatch(r"questions/[^/#]+/", d["u"])]


def test_entries_are_plain_text_with_math_readable(index):
    for doc in index["docs"]:
        text = doc["t"] + " " + doc["b"]
        assert not re.search(r"\\[a-zA-Z]+|\\\(|\$|\{\{|</?[a-z]+[ >/]", text), (doc["u"], text[:200])
        assert "**" not in text and "```" not in text, doc["u"]
    assert "TP/(TP+FP)" in next(d["b"] for d in index["docs"] if d["u"].endswith("#binary-classification-metrics"))


def test_guides_are_searchable_by_section_and_other_pages_by_title(index):
    by_url = {d["u"]: d for d in index["docs"]}
    guides = sorted(p.stem for p in (DOCS / "guides").glob("*.md"))
    for guide in guides:
        assert f"guides/{guide}/" in by_url
        assert any(u.startswith(f"guides/{guide}/#") for u in by_url), guide
    assert by_url[""]["t"] and by_url["downloads/"]["b"]
    assert by_url["guides/running-an-interview/#using-what-to-look-for"]["t"] == 'Using "What to look for"'


@pytest.mark.parametrize(("tex", "text"), [
    (r"\frac{TP}{TP+FP}", "TP/(TP+FP)"),
    (r"\hat{y} = \sigma(w^\top x + b)", "ŷ = σ(wᵀ x + b)"),
    (r"\sqrt{\frac{p(1-p)}{n}}", "√((p(1-p))/n)"),
    (r"-\sum_k p_k \log_2 p_k", "-Σₖ pₖ log₂ pₖ"),
    (r"\mathbb{E}[(y-\hat f)^2] = \text{Bias}^2", "E[(y-f̂)²] = Bias²"),
    (r"\left\lVert w \right\rVert_2^2", "‖ w ‖₂²"),
])
def test_tex_reads_as_text(tex, text):
    assert tex_text(tex) == text


def test_dollars_that_are_money_stay(bank):
    assert math_to_text("It costs $5 and $6; the loss is $\\lambda$.") == "It costs $5 and $6; the loss is λ."


def test_index_is_minisearch_serialisation_of_the_terms(index):
    lex = Lexicon(index["lexicon"])
    mini = index["index"]
    assert mini["serializationVersion"] == 2 and mini["documentCount"] == len(index["docs"])
    postings = dict(mini["index"])
    doc_id = next(i for i, d in enumerate(index["docs"]) if d["u"].endswith("#binary-classification-metrics"))
    body = lex.terms(index["docs"][doc_id]["b"])
    assert postings["precision"]["2"][str(doc_id)] == body.count("precision")
    assert mini["fieldLength"][str(doc_id)][2] == len(set(body))


def test_build_files_are_deterministic(bank):
    assert search_files(bank, DOCS) == search_files(bank, DOCS)
    assert json.loads(search_files(bank, DOCS)["search/lexicon.json"]) == lexicon(bank)


def test_python_and_browser_read_text_into_the_same_terms(index, tmp_path):
    """The build's terms (macros/terms.py) and query.js's, over every entry of the bank."""
    skip_unless_available(None if shutil.which("node") else "node is not installed")
    (tmp_path / "index.json").write_text(json.dumps({"lexicon": index["lexicon"], "docs": index["docs"]}))
    script = (
        f"import {{ compile, terms }} from {json.dumps(str(ROOT / 'overrides/assets/js/search/query.js'))};"
        "import { readFileSync } from 'node:fs';"
        "const ix = JSON.parse(readFileSync(process.argv[1], 'utf8'));"
        "const lex = compile(ix.lexicon);"
        "process.stdout.write(JSON.stringify(ix.docs.map(d => ['t', 'k', 'b'].map(f => terms(d[f] ?? '', lex)))));"
    )
    result = subprocess.run(["node", "--input-type=module", "-e", script, str(tmp_path / "index.json")],
                            capture_output=True, text=True, check=True)
    browser = json.loads(result.stdout)
    lex = Lexicon(index["lexicon"])
    python = [[lex.terms(d.get(f, "")) for f in "tkb"] for d in index["docs"]]
    assert len(python) == len(browser)
    for doc, ours, theirs in zip(index["docs"], python, browser, strict=True):
        assert ours == theirs, doc["u"]
    assert any("=knn" in fields[2] for fields in python)  # synonyms reached the index
