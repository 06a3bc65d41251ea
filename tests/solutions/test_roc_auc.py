import itertools

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score


@pytest.fixture(scope="module")
def auc(solution):
    return solution("roc_auc").roc_auc


def pairwise_auc(y, s):
    pos = [si for yi, si in zip(y, s, strict=True) if yi == 1]
    neg = [si for yi, si in zip(y, s, strict=True) if yi == 0]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p, n in itertools.product(pos, neg))
    return wins / (len(pos) * len(neg))


def test_hand_worked(auc):
    # positives 0.9, 0.4; negatives 0.5, 0.1 -> pairs: 0.9>0.5, 0.9>0.1, 0.4<0.5, 0.4>0.1 -> 3/4
    assert auc([1, 1, 0, 0], [0.9, 0.4, 0.5, 0.1]) == pytest.approx(0.75)


def test_ties_count_one_half(auc):
    # one positive, one negative, same score -> 0.5
    assert auc([1, 0], [0.3, 0.3]) == pytest.approx(0.5)
    # constant scores are uninformative whatever the labels
    assert auc([1, 0, 0, 1, 0], [2.0] * 5) == pytest.approx(0.5)
    # positives 0.8, 0.5; negatives 0.5, 0.2 -> 1 + 1 + 0.5 + 1 = 3.5 of 4
    assert auc([1, 1, 0, 0], [0.8, 0.5, 0.5, 0.2]) == pytest.approx(0.875)


def test_perfect_and_reversed_ranking(auc):
    assert auc([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4]) == 1.0
    assert auc([0, 0, 1, 1], [0.4, 0.3, 0.2, 0.1]) == 0.0


def test_only_ranks_matter(auc):
    y = [0, 1, 0, 1, 1, 0]
    s = np.array([0.2, 0.9, 0.4, 0.35, 0.8, 0.1])
    assert auc(y, s) == pytest.approx(auc(y, np.exp(10 * s)))


def test_matches_sklearn_and_brute_force_with_many_ties(auc):
    rng = np.random.default_rng(15)
    for _ in range(50):
        y = rng.integers(0, 2, size=40)
        if y.min() == y.max():
            continue
        s = rng.integers(0, 6, size=40) + 0.5 * y  # coarse scores: lots of ties
        assert auc(y, s) == pytest.approx(roc_auc_score(y, s), rel=1e-12)
        assert auc(y, s) == pytest.approx(pairwise_auc(y, s), rel=1e-12)


def test_one_class_and_bad_inputs_raise(auc):
    with pytest.raises(ValueError, match="one class"):
        auc([1, 1, 1], [0.2, 0.5, 0.9])
    with pytest.raises(ValueError, match="non-empty"):
        auc([], [])
    with pytest.raises(ValueError, match="0/1"):
        auc([0, 2], [0.1, 0.2])
    with pytest.raises(ValueError, match="NaN"):
        auc([0, 1], [0.1, np.nan])
