import numpy as np
import pytest
from sklearn.preprocessing import OneHotEncoder as SkOneHotEncoder


@pytest.fixture(scope="module")
def Encoder(solution):
    return solution("one_hot").OneHotEncoder


def test_hand_worked_single_column(Encoder):
    enc = Encoder().fit(["red", "green", "red", "blue"])
    assert enc.categories_ == [["blue", "green", "red"]]
    out = enc.transform(["green", "blue"])
    np.testing.assert_array_equal(out, [[0, 1, 0], [1, 0, 0]])


def test_unknown_category_becomes_all_zero_block(Encoder):
    enc = Encoder().fit([["a", "x"], ["b", "y"]])
    out = enc.transform([["c", "y"]])  # "c" never seen in column 0
    np.testing.assert_array_equal(out, [[0, 0, 0, 1]])


def test_unknown_category_can_raise(Encoder):
    enc = Encoder(handle_unknown="error").fit(["a", "b"])
    with pytest.raises(ValueError, match="unknown category 'z'"):
        enc.transform(["a", "z"])


def test_matches_sklearn_on_two_columns(Encoder):
    rng = np.random.default_rng(16)
    train = np.column_stack([rng.choice(["s", "m", "l"], 30), rng.choice(["uk", "fr"], 30)])
    test = np.array([["m", "fr"], ["xl", "uk"], ["s", "de"]])
    ours = Encoder().fit(train)
    ref = SkOneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(train)
    assert ours.categories_ == [c.tolist() for c in ref.categories_]
    np.testing.assert_array_equal(ours.transform(test), ref.transform(test))
    np.testing.assert_array_equal(ours.fit_transform(train), ref.transform(train))


def test_each_row_has_one_hot_per_known_column(Encoder):
    X = [["a", 1], ["b", 2], ["a", 3]]
    out = Encoder().fit_transform(X)
    assert out.shape == (3, 5)
    np.testing.assert_array_equal(out.sum(axis=1), [2, 2, 2])


def test_invalid_use_raises(Encoder):
    with pytest.raises(ValueError, match="non-empty"):
        Encoder().fit([])
    with pytest.raises(ValueError, match="fit before transform"):
        Encoder().transform(["a"])
    with pytest.raises(ValueError, match="expected 2 columns"):
        Encoder().fit([["a", "b"]]).transform([["a"]])
    with pytest.raises(ValueError, match="handle_unknown"):
        Encoder(handle_unknown="drop")
