"""The files the site's scripts fetch: each page's share of the bank, and nothing that grows
where it should not."""

from __future__ import annotations

import copy
import json

import pytest

from macros.exports import ExportedBank, _relink, bank_json, sections_html
from macros.loader import load_bank
from macros.practice_data import INDEX_SHARD, practice_files, summary, summary_html
from tests.conftest import ROOT, question


@pytest.fixture
def bank(bank_dir):
    many = "".join(question(f"q{n}") for n in range(INDEX_SHARD + 3))  # more than one index file
    return load_bank(bank_dir({"basics": question("alpha", sample_answer='"$x^2$ and `a<b` [figure](https://example.org/)"') + many,
                               "metrics": question("beta")}))


def _files(bank) -> dict[str, dict]:
    html = {qid: _relink(parts, "", "assets/figures/") for qid, parts in sections_html(bank).items()}
    return {name: json.loads(data) for name, data in practice_files(bank, html).items()}


def test_the_index_files_list_every_question_in_order_without_answers(bank):
    files = _files(bank)
    parts = [files[f"bank/index/{n}.json"] for n in range(2)]
    assert "bank/index/2.json" not in files
    assert len(parts[0]["questions"]) == INDEX_SHARD
    listed = [q for part in parts for q in part["questions"]]
    full = ExportedBank.model_validate_json(bank_json(bank, "2026-01-01"))
    assert listed == [{"id": q.id, "category": q.category, "url": q.url, "question": q.question} for q in full.questions]


def test_home_files_do_not_grow_with_answer_length(bank):
    longer = copy.deepcopy(bank)
    for questions in longer.questions.values():
        questions[:] = [q.model_copy(update={"sample_answer": q.sample_answer + " More words." * 500}) for q in questions]
    before, after = _files(bank), _files(longer)
    assert after["bank/answers/basics.json"] != before["bank/answers/basics.json"]
    for name in [*(n for n in before if n.startswith("bank/index/")), "bank/ids.json", "bank/questions.json"]:
        assert after[name] == before[name], name
    assert summary_html(longer) == summary_html(bank)


def test_ids_and_summary_count_each_category(bank):
    files = _files(bank)
    assert files["bank/ids.json"]["categories"] == {c.id: [q.id for q in bank.questions[c.id]] for c in bank.categories}
    info = summary(bank)
    assert info.questions == len(bank.all_questions()) == sum(c.count for c in info.categories)
    assert [(c.id, c.count) for c in info.categories] == [("basics", INDEX_SHARD + 4), ("metrics", 1)]


def test_the_summary_cannot_end_its_script_element(bank):
    bank.categories[0] = bank.categories[0].model_copy(update={"title": "A </script><b>bold</b> title"})
    html = summary_html(bank)
    assert html.count("</script>") == 1 and html.endswith("</script>")
    payload = html.removeprefix('<script type="application/json" data-pq-summary>').removesuffix("</script>")
    assert json.loads(payload)["categories"][0]["title"] == "A </script><b>bold</b> title"


def test_practice_files_carry_filters_and_each_categorys_answers(bank):
    files = _files(bank)
    questions = files["bank/questions.json"]
    assert questions["tabs"] == bank.guide.tabs.model_dump()
    assert [r["id"] for r in questions["roles"]] == [r.id for r in bank.guide.roles]
    assert not any(key.endswith("_html") for q in questions["questions"] for key in q)
    full = {q.id: q for q in ExportedBank.model_validate_json(bank_json(bank, "2026-01-01")).questions}
    answers = {qid: a for c in bank.categories for qid, a in files[f"bank/answers/{c.id}.json"]["questions"].items()}
    assert set(answers) == set(full) == {q["id"] for q in questions["questions"]}
    for qid, answer in answers.items():
        assert answer == {k: getattr(full[qid], k) for k in ("how_to_answer_html", "sample_answer_html", "what_to_look_for_html")}
    assert "<msup>" in answers["alpha"]["sample_answer_html"]


@pytest.mark.site
def test_the_built_site_has_every_practice_file(built_site):
    bank = load_bank(ROOT / "data", figures_dir=ROOT / "docs" / "assets" / "figures")
    listed = [q["id"] for path in sorted((built_site / "bank" / "index").glob("*.json"), key=lambda p: int(p.stem))
              for q in json.loads(path.read_bytes())["questions"]]
    assert listed == [q.id for q in bank.all_questions()]
    assert sorted(p.stem for p in (built_site / "bank" / "answers").glob("*.json")) == sorted(c.id for c in bank.categories)
    assert not (built_site / "questions-index.json").exists()
