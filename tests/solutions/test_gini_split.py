import numpy as np
import pytest
from sklearn.tree import DecisionTreeClassifier


@pytest.fixture(scope="module")
def split(solution):
    return solution("gini_split").best_gini_split


def test_hand_worked_perfect_split(split):
    # x: 1 2 3 | 10 11, y: a a a | b b -> threshold 6.5, both children pure.
    threshold, impurity = split([10, 1, 3, 11, 2], ["b", "a", "a", "b", "a"])
    assert threshold == 6.5
    assert impurity == 0.0


def test_hand_worked_impure_split(split):
    # x = 1..4, y = 0 0 1 0. Cuts: after 1 -> (1*0 + 3*(4/9))/4 = 1/3;
    # after 2 -> (2*0 + 2*0.5)/4 = 1/4; after 3 -> (3*(4/9) + 1*0)/4 = 1/3.
    threshold, impurity = split([1, 2, 3, 4], [0, 0, 1, 0])
    assert threshold == 2.5
    assert impurity == pytest.approx(0.25)


def test_duplicate_values_are_never_separated(split):
    # The only cut that separates classes by value would split the two 2s.
    threshold, _ = split([1, 2, 2, 3], [0, 0, 1, 1])
    assert threshold in (1.5, 2.5)


def test_constant_feature_has_no_split(split):
    assert split([5, 5, 5], [0, 1, 0]) is None
    assert split([5], [1]) is None


def test_matches_sklearn_stump(split):
    rng = np.random.default_rng(10)
    for _ in range(20):
        x = rng.normal(size=80).round(3)  # some repeated values
        y = (x + rng.normal(scale=0.8, size=80) > 0.2).astype(int) + (x > 1.0)
        tree = DecisionTreeClassifier(max_depth=1, criterion="gini", random_state=0)
        tree.fit(x.reshape(-1, 1).astype(np.float32), y)
        t = tree.tree_
        n = t.n_node_samples
        ref_impurity = (n[1] * t.impurity[1] + n[2] * t.impurity[2]) / n[0]
        threshold, impurity = split(x.astype(np.float32), y)
        assert impurity == pytest.approx(ref_impurity, rel=1e-9, abs=1e-12)
        assert threshold == pytest.approx(t.threshold[0], rel=1e-6)


def test_invalid_inputs_raise(split):
    with pytest.raises(ValueError, match="non-empty"):
        split([], [])
    with pytest.raises(ValueError, match="same length"):
        split([1, 2], [0])
