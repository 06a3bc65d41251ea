from macros.errors import BankError, Problem


def test_problem_reads_file_line_field_message():
    assert str(Problem("data/x.yml", 7, "q.kind", "bad")) == "data/x.yml:7: q.kind: bad"


def test_bank_error_reports_every_problem_sorted_and_counted():
    error = BankError([Problem("b.yml", 2, "f", "two"), Problem("a.yml", 9, "f", "one")])
    lines = error.report().splitlines()
    assert lines == ["a.yml:9: f: one", "b.yml:2: f: two", "2 problems in the question bank."]


def test_bank_error_drops_exact_duplicates():
    same = Problem("a.yml", 1, "f", "m")
    assert len(BankError([same, same]).problems) == 1
