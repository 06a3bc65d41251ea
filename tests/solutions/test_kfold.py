import numpy as np
import pytest
from sklearn.model_selection import KFold


@pytest.fixture(scope="module")
def kfold(solution):
    return solution("kfold").kfold_indices


def test_hand_worked_uneven_folds(kfold):
    splits = kfold(7, n_splits=3)
    # 7 = 3 + 2 + 2: the first fold takes the extra sample.
    assert [test.tolist() for _, test in splits] == [[0, 1, 2], [3, 4], [5, 6]]
    assert splits[1][0].tolist() == [0, 1, 2, 5, 6]


def test_matches_sklearn_without_shuffle(kfold):
    for n, k in [(10, 5), (11, 3), (4, 4), (100, 7)]:
        ours = kfold(n, n_splits=k)
        ref = list(KFold(n_splits=k).split(np.zeros(n)))
        assert len(ours) == len(ref) == k
        for (tr, te), (rtr, rte) in zip(ours, ref, strict=True):
            np.testing.assert_array_equal(tr, rtr)
            np.testing.assert_array_equal(te, rte)


def test_shuffled_folds_partition_the_data(kfold):
    n = 23
    splits = kfold(n, n_splits=4, shuffle=True, seed=0)
    tests = np.concatenate([te for _, te in splits])
    assert sorted(tests.tolist()) == list(range(n))  # every sample tested exactly once
    assert sorted(len(te) for _, te in splits) == [5, 6, 6, 6]
    for tr, te in splits:
        assert set(tr.tolist()).isdisjoint(te.tolist())
        assert len(tr) + len(te) == n
    assert splits[0][1].tolist() != list(range(6))  # really shuffled


def test_seed_controls_shuffling(kfold):
    a = kfold(30, 3, shuffle=True, seed=5)
    b = kfold(30, 3, shuffle=True, seed=5)
    c = kfold(30, 3, shuffle=True, seed=6)
    np.testing.assert_array_equal(a[0][1], b[0][1])
    assert a[0][1].tolist() != c[0][1].tolist()


def test_invalid_arguments_raise(kfold):
    with pytest.raises(ValueError, match="at least 2"):
        kfold(10, n_splits=1)
    with pytest.raises(ValueError, match="cannot make"):
        kfold(3, n_splits=5)
    with pytest.raises(ValueError, match="cannot make"):
        kfold(0, n_splits=2)
