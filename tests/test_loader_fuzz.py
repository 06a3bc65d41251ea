"""Whatever an author types, the loader answers with a bank or its own error, nothing else."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.errors import BankError
from macros.loader import load_bank
from tests.conftest import question, write_bank

FIELDS = ["id", "question", "kind", "difficulty", "roles", "tags", "covers", "how_to_answer",
          "sample_answer", "what_to_look_for", "related", "references", "figures", "solution", "x"]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.text(max_size=30), st.sampled_from(["concept", "easy", "F1", "alpha", "<b>x</b>", "javascript:x"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
question_like = st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS))
documents = st.one_of(values, st.lists(question_like, max_size=4))

# Raw text too: broken indentation, tabs, tags, anchors, odd characters.
raw_text = st.text(alphabet=string.printable + "\u00e9\u2028\ufeff&*!|>-:[]{}#%@`", max_size=200)


def _load(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = write_bank(Path(folder), {"basics": question("alpha"), "metrics": text})
        try:
            load_bank(data)
        except BankError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.file.startswith("data/") and problem.line >= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_structured_yaml_gives_bank_or_bank_error(document):
    _load(yaml.safe_dump(document, allow_unicode=True))


@settings(max_examples=300, deadline=None)
@given(raw_text)
def test_raw_text_gives_bank_or_bank_error(text):
    _load(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.sampled_from(FIELDS[1:10]))
def test_any_text_in_any_field(text, field):
    _load(question("gamma", covers="[E1]") + f"  {field}: {yaml.safe_dump(text).strip().removesuffix('...').strip() or '~'}\n")
