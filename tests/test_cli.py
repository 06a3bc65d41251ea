from __future__ import annotations

from macros.cli import main
from tests.conftest import question


def test_check_passes_a_valid_bank(bank_dir, capsys):
    data = bank_dir()
    assert main(["--root", str(data.parent), "check"]) == 0
    assert capsys.readouterr().out == "ok: 2 questions in 2 categories\n"


def test_check_prints_every_problem_and_exits_1(bank_dir, capsys):
    data = bank_dir({"basics": question("alpha", kind="nope"), "metrics": question("beta", covers="[X9]")})
    assert main(["--root", str(data.parent), "check"]) == 1
    err = capsys.readouterr().err
    assert "data/questions/basics.yml:3: alpha.kind:" in err
    assert "data/questions/metrics.yml:7: beta.covers: unknown topic code 'X9'" in err
    assert err.rstrip().endswith("2 problems in the question bank.")
    assert "Traceback" not in err


def test_new_appends_a_skeleton_that_check_then_asks_to_fill(bank_dir, capsys):
    data = bank_dir()
    before = (data / "questions" / "basics.yml").read_text()
    assert main(["--root", str(data.parent), "new", "basics"]) == 0
    after = (data / "questions" / "basics.yml").read_text()
    assert after.startswith(before) and "- id: basics-new-1" in after
    assert main(["--root", str(data.parent), "check"]) == 1
    err = capsys.readouterr().err
    for field in ("question", "how_to_answer", "sample_answer", "covers"):
        assert f"basics-new-1.{field}" in err
    assert main(["--root", str(data.parent), "new", "basics"]) == 0
    assert "- id: basics-new-2" in (data / "questions" / "basics.yml").read_text()


def test_new_refuses_an_unknown_category(bank_dir, capsys):
    data = bank_dir()
    assert main(["--root", str(data.parent), "new", "nope"]) == 1
    assert "is 'nope' a category id?" in capsys.readouterr().err
