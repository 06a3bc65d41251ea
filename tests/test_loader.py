"""One test per class of data error: each names the file and the line, all at once."""

from __future__ import annotations

import pytest

from macros.errors import BankError
from macros.loader import load_bank
from tests.conftest import GUIDE, question


def problems(data_dir, **kwargs) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank(data_dir, **kwargs)
    return [str(p) for p in caught.value.problems]


def test_valid_bank_loads_in_category_order(bank_dir):
    bank = load_bank(bank_dir())
    assert [c.id for c in bank.categories] == ["basics", "metrics"]
    assert [q.id for q in bank.all_questions()] == ["alpha", "beta"]
    assert bank.category_of == {"alpha": "basics", "beta": "metrics"}


def test_yaml_syntax_error_has_line(bank_dir):
    found = problems(bank_dir({"basics": question("alpha") + "  tags: [unclosed\n", "metrics": question("b", covers="[E1]")}))
    assert len(found) == 1
    assert found[0].startswith("data/questions/basics.yml:")
    assert "(yaml): invalid YAML" in found[0]


def test_duplicate_key_is_reported_at_the_second(bank_dir):
    text = question("alpha") + "  difficulty: hard\n"
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert found == ["data/questions/basics.yml:11: alpha.difficulty: duplicate key (first on line 4)"]


def test_unknown_field_names_line_and_field(bank_dir):
    text = question("alpha") + "  sample_answr: typo\n"
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert found == ["data/questions/basics.yml:11: alpha.sample_answr: is not a known field: did you mean 'sample_answer'?"]


def test_closed_sets_are_enforced(bank_dir):
    text = question("alpha", kind="trivia", difficulty="expert", roles="[wizard]")
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert "data/questions/basics.yml:3: alpha.kind: unknown kind 'trivia' (guide.yml declares: concept, coding)" in found
    assert any(f.startswith("data/questions/basics.yml:4: alpha.difficulty:") for f in found)
    assert "data/questions/basics.yml:5: alpha.roles.0: unknown role 'wizard' (guide.yml declares: data-scientist, ml-engineer)" in found


def test_guide_declares_the_roles_and_kinds_another_subject_needs(bank_dir):
    guide = GUIDE.replace("data-scientist", "operator").replace("ml-engineer", "developer")
    found = problems(bank_dir({"basics": question("alpha", roles="[operator]"),
                               "metrics": question("b", covers="[E1]", roles="[developer, data-scientist]")}, guide=guide))
    assert found == ["data/questions/metrics.yml:5: b.roles.1: unknown role 'data-scientist' (guide.yml declares: operator, developer)"]


def test_guide_problems_are_located(bank_dir):
    guide = GUIDE.replace("    label: Coding\n", "    label: Coding\n  - id: concept\n    label: Again\n").replace(
        "  sample_answer: Sample answer\n", "  sample_answer: 'The \"best\" answer'\n")
    found = problems(bank_dir(guide=guide))
    assert found == [
        "data/guide.yml:11: kinds.id: 'concept' is declared twice",
        "data/guide.yml:15: tabs.sample_answer: a tab name cannot contain a double quote",
    ]


def test_missing_guide_is_reported(bank_dir):
    assert problems(bank_dir(guide=None)) == [
        "data/guide.yml:1: (file): is missing: it declares the guide's roles, kinds and answer tabs"
    ]


def test_missing_field_points_at_the_question(bank_dir):
    text = question("alpha", sample_answer=None)
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert found == ["data/questions/basics.yml:1: alpha.sample_answer: is required"]


def test_slug_ids_only(bank_dir):
    found = problems(bank_dir({"basics": question("Not A Slug"), "metrics": question("b", covers="[E1]")}))
    assert found == ["data/questions/basics.yml:1: Not A Slug.id: 'Not A Slug' is not a slug: use lower-case letters, digits and single hyphens"]


def test_duplicate_ids_across_files(bank_dir):
    found = problems(bank_dir({"basics": question("same"), "metrics": question("same", covers="[E1]")}))
    assert found == ["data/questions/metrics.yml:1: same.id: duplicate question id (first at data/questions/basics.yml:1)"]


def test_unknown_category_file(bank_dir):
    data = bank_dir()
    (data / "questions" / "extra.yml").write_text(question("gamma"))
    assert problems(data) == ["data/questions/extra.yml:1: (file): no category 'extra' in data/categories.yml"]


def test_category_without_questions_file(bank_dir):
    found = problems(bank_dir({"basics": question("alpha")}))
    assert found == ["data/categories.yml:4: metrics.id: no questions file questions/metrics.yml"]


def test_unknown_related_and_covers(bank_dir):
    text = question("alpha", related="[alpha, nowhere]", covers="[F1, Z9]")
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert found == [
        "data/questions/basics.yml:7: alpha.covers: unknown topic code 'Z9' (see topics.yml)",
        "data/questions/basics.yml:11: alpha.related: a question cannot be related to itself",
        "data/questions/basics.yml:11: alpha.related: unknown question id 'nowhere'",
    ]


def test_top50_must_be_exactly_50_distinct_known_ids(bank_dir):
    top = "- alpha\n- alpha\n- ghost\n"
    found = problems(bank_dir({"basics": question("alpha", key_points="[One., Two.]"),
                               "metrics": question("beta", covers="[E1]")}, top50=top))
    assert found == [
        "data/top50.yml:1: (file): lists 3 ids; the Top 50 needs exactly 50",
        "data/top50.yml:2: alpha: is listed twice",
        "data/top50.yml:3: ghost: unknown question id",
    ]


def test_top50_of_fifty_known_ids_loads(bank_dir):
    ids = [f"q{i}" for i in range(50)]
    data = bank_dir({"basics": "".join(question(i, key_points="[One., Two.]") for i in ids),
                     "metrics": question("b", covers="[E1]")},
                    top50="".join(f"- {i}\n" for i in ids))
    assert load_bank(data).top50 == ids


def test_top50_questions_need_two_to_four_short_key_points(bank_dir):
    ids = [f"q{i}" for i in range(50)]
    points = {"q0": None, "q1": "[Only one.]", "q2": "[a, b, c, d, e]", "q3": f"[ok, {'x' * 121}]"}
    text = "".join(question(i, key_points=points.get(i, "[One., Two.]")) for i in ids)
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")},
                              top50="".join(f"- {i}\n" for i in ids)))
    line = {i: n + 1 for n, text_line in enumerate(text.splitlines()) for i in ids if text_line == f"- id: {i}"}
    assert found == [
        f"data/questions/basics.yml:{line['q0']}: q0.key_points: is required for a Top 50 question (2-4 short lines)",
        f"data/questions/basics.yml:{line['q1'] + 10}: q1.key_points: List should have at least 2 items after validation, not 1",
        f"data/questions/basics.yml:{line['q2'] + 10}: q2.key_points: List should have at most 4 items after validation, not 5",
        f"data/questions/basics.yml:{line['q3'] + 10}: q3.key_points.1: is 121 characters long; a key point has at most 120",
    ]


def test_key_points_are_optional_outside_the_top50(bank_dir):
    bank = load_bank(bank_dir({"basics": question("a"), "metrics": question("b", covers="[E1]", key_points="[x, y]")}))
    assert bank.by_id["a"].key_points is None and bank.by_id["b"].key_points == ["x", "y"]


@pytest.mark.parametrize("field", ["how_to_answer", "sample_answer", "what_to_look_for"])
def test_empty_sections(bank_dir, field):
    text = question("alpha", **{field: "|\n    \n"})
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert len(found) == 1 and found[0].endswith(f"alpha.{field}: must not be empty")


def test_raw_html_is_refused(bank_dir):
    text = question("alpha", sample_answer='"Hello <script>alert(1)</script>"')
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert found == ["data/questions/basics.yml:9: alpha.sample_answer: raw HTML is not allowed in content: <script>"]


def test_javascript_links_and_non_http_references_are_refused(bank_dir):
    text = question("alpha", how_to_answer='"[click](javascript:alert(1))"') + (
        "  references:\n    - title: Bad\n      url: javascript:alert(1)\n"
    )
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert found == [
        "data/questions/basics.yml:8: alpha.how_to_answer: links must be http(s) addresses or #anchors, not 'javascript:alert(1'",
        "data/questions/basics.yml:13: alpha.references.0.url: 'javascript:alert(1)' is not an http(s) address",
    ]


def test_wrong_types_and_top_level_shape(bank_dir):
    data = bank_dir({"basics": "id: alpha\n", "metrics": "- just a string\n"})
    assert problems(data) == [
        "data/questions/basics.yml:1: (file): expected a list of questions, found dict",
        "data/questions/metrics.yml:1: [1]: must be a mapping of fields (key: value lines)",
    ]


def test_not_utf8(bank_dir):
    data = bank_dir()
    (data / "questions" / "basics.yml").write_bytes(b"- id: caf\xe9\n")
    assert problems(data) == ["data/questions/basics.yml:1: (file): is not UTF-8 text (invalid continuation byte)"]


def test_missing_figure_and_solution(bank_dir, tmp_path):
    text = question("alpha", solution="solutions/nope.py") + (
        "  figures:\n    - file: missing.svg\n      alt: A plot of nothing in particular\n"
    )
    figures = tmp_path / "figures"
    figures.mkdir()
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}), figures_dir=figures)
    assert found == [
        "data/questions/basics.yml:11: alpha.solution: no file solutions/nope.py in data/",
        "data/questions/basics.yml:13: alpha.figures.file: no figure 'missing.svg' in figures",
    ]


def test_solution_is_read_with_its_language(bank_dir):
    data = bank_dir({"basics": question("alpha", kind="coding", solution="solutions/alpha.py"),
                     "metrics": question("b", covers="[E1]")})
    (data / "solutions").mkdir()
    (data / "solutions" / "alpha.py").write_text("def f():\n    return 1\n")
    solution = load_bank(data).solutions["alpha"]
    assert (solution.language, solution.code) == ("python", "def f():\n    return 1\n")


def test_all_problems_are_reported_at_once(bank_dir):
    data = bank_dir(
        {"basics": question("alpha", kind="nope") + question("Bad Id"), "metrics": question("alpha", covers="[Q1]")},
        top50="- ghost\n",
    )
    found = problems(data)
    files = {f.split(":")[0] for f in found}
    assert files == {"data/questions/basics.yml", "data/questions/metrics.yml", "data/top50.yml"}
    assert len(found) >= 5


def test_a_broken_question_does_not_make_links_to_it_unknown(bank_dir):
    text = question("alpha", difficulty="hard-ish") + question("gamma", related="[alpha]")
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]", related="[alpha]")}))
    assert len(found) == 1 and "alpha.difficulty" in found[0]


def test_misspelt_field_gets_a_suggestion_only_when_close(bank_dir):
    text = question("alpha") + "  relatd: [b]\n  notes: hi\n"
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert found == [
        "data/questions/basics.yml:11: alpha.relatd: is not a known field: did you mean 'related'?",
        "data/questions/basics.yml:12: alpha.notes: is not a known field",
    ]


@pytest.mark.parametrize(("line", "hint"), [
    ("  question: Ethics: what matters?\n", "(a value containing ': ' must be quoted)"),
    ("\tkind: concept\n", "(indent with spaces, not tabs)"),
])
def test_common_yaml_slips_get_a_hint(bank_dir, line, hint):
    text = question("alpha", question=None) + line
    found = problems(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")}))
    assert len(found) == 1 and found[0].endswith(hint)


def test_duplicate_category_id_names_the_first(bank_dir):
    from tests.conftest import CATEGORIES

    found = problems(bank_dir(categories=CATEGORIES + "- id: basics\n  title: Again\n  description: Twice.\n"))
    assert found == ["data/categories.yml:7: basics.id: duplicate category id (first at data/categories.yml:1)"]
