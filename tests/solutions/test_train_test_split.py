import math

import numpy as np
import pytest
from sklearn.model_selection import train_test_split as sk_split


@pytest.fixture(scope="module")
def split(solution):
    return solution("train_test_split").train_test_split


def test_sizes_match_sklearn(split):
    for n in (2, 7, 10, 101):
        for test_size in (0.1, 0.25, 0.5, 0.9):
            X = np.arange(n)
            if math.ceil(test_size * n) >= n:  # sklearn raises here too
                with pytest.raises(ValueError):
                    sk_split(X, X, test_size=test_size)
                with pytest.raises(ValueError, match="no training rows"):
                    split(X, X, test_size=test_size)
                continue
            ours = split(X, X, test_size=test_size)
            ref = sk_split(X, X, test_size=test_size, random_state=0)
            assert (len(ours[0]), len(ours[1])) == (len(ref[0]), len(ref[1]))


def test_partition_is_disjoint_complete_and_aligned(split):
    X = np.arange(50).reshape(25, 2)
    y = X[:, 0] * 10
    X_tr, X_te, y_tr, y_te = split(X, y, test_size=0.2, seed=3)
    assert len(X_te) == 5 and len(X_tr) == 20
    rows = np.vstack([X_tr, X_te])
    assert sorted(rows[:, 0].tolist()) == list(range(0, 50, 2))  # every row exactly once
    np.testing.assert_array_equal(y_tr, X_tr[:, 0] * 10)  # X and y stay paired
    np.testing.assert_array_equal(y_te, X_te[:, 0] * 10)


def test_seed_makes_split_reproducible(split):
    X = np.arange(100)
    a = split(X, X, seed=11)
    b = split(X, X, seed=11)
    c = split(X, X, seed=12)
    np.testing.assert_array_equal(a[1], b[1])
    assert set(a[1].tolist()) != set(c[1].tolist())


def test_stratify_keeps_class_proportions(split):
    y = np.array([0] * 80 + [1] * 20)
    X = np.arange(100)
    _, _, y_tr, y_te = split(X, y, test_size=0.25, seed=0, stratify=True)
    assert np.bincount(y_te).tolist() == [20, 5]
    assert np.bincount(y_tr).tolist() == [60, 15]


def test_stratified_rounding_adds_up(split):
    y = np.array([0] * 5 + [1] * 5 + [2] * 5)  # 15 rows, 3 classes
    _, X_te, _, y_te = split(np.arange(15), y, test_size=0.3, stratify=True)
    assert len(y_te) == math.ceil(0.3 * 15) == 5
    assert sorted(np.bincount(y_te).tolist()) == [1, 2, 2]


def test_invalid_inputs_raise(split):
    with pytest.raises(ValueError, match="at least two"):
        split([], [])
    with pytest.raises(ValueError, match="same number of rows"):
        split([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match="strictly between"):
        split([1, 2, 3], [1, 2, 3], test_size=1.0)
    with pytest.raises(ValueError, match="at least two samples to stratify"):
        split([1, 2, 3, 4], [0, 0, 0, 1], stratify=True)
