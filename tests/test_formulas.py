"""Formulas become MathML at build time; one the converter cannot draw stops the build."""

from __future__ import annotations

import pytest

from macros.errors import BankError
from macros.formulas import FormulaError, mathml_in, problems_in, to_mathml
from macros.loader import load_bank
from tests.conftest import question


def test_a_formula_becomes_mathml_with_its_symbols():
    out = to_mathml(r"\frac{\alpha}{2} + \sqrt{x}")
    assert out.startswith('<math display="inline">')
    assert "<mfrac>" in out and "<msqrt>" in out and "α" in out


def test_display_formulas_are_blocks_that_can_scroll():
    page = mathml_in('<p>a</p>\n<div class="arithmatex">\\[x^2\\]</div><span class="arithmatex">\\(y &lt; 1\\)</span>')
    assert '<div class="arithmatex"><math display="block">' in page
    assert '<math display="inline"><mrow><mi>y</mi><mo>&#x0003C;</mo><mn>1</mn></mrow></math>' in page
    assert "\\(" not in page and "\\[" not in page


def test_function_names_are_spaced_as_in_tex_but_not_before_brackets():
    assert '<mi>log</mi><mspace width="0.167em"></mspace><mi>x</mi>' in to_mathml(r"\log x")
    assert "<mi>log</mi><mo" in to_mathml(r"\log(x)")


@pytest.mark.parametrize(("tex", "reason"), [
    (r"\lamda + 1", r"unknown command \lamda"),
    (r"x^{2", "unbalanced braces"),
    (r"\frac{a}{", "unbalanced braces"),
    (r"\left( x \right", "cannot read it"),
])
def test_formulas_that_cannot_be_drawn_say_why(tex, reason):
    with pytest.raises(FormulaError, match=reason.replace("\\", "\\\\").replace("(", "\\(")):
        to_mathml(tex)


def test_formulas_in_code_are_not_formulas():
    text = "Cost `$HOME` and\n\n```bash\necho $x $y\n```\n\nthen $\\bad{$ here"
    assert [(line, tex) for line, tex, _ in problems_in(text)] == [(6, "\\bad{")]


def test_a_broken_formula_is_a_bank_error_naming_the_question_and_line(bank_dir):
    sample = "|\n    Fine $x^2$ here.\n\n    Broken $\\lamda$ there."
    data = bank_dir({"basics": question("alpha", sample_answer=sample), "metrics": question("beta", covers="[E1]")})
    with pytest.raises(BankError) as caught:
        load_bank(data)
    assert [str(p) for p in caught.value.problems] == [
        "data/questions/basics.yml:12: alpha.sample_answer: formula $\\lamda$ cannot be drawn: unknown command \\lamda"
    ]
