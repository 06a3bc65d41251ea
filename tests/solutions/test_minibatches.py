import numpy as np
import pytest


@pytest.fixture(scope="module")
def batches(solution):
    return solution("minibatches").iterate_minibatches


def test_sizes_with_partial_last_batch(batches):
    X = np.arange(10).reshape(10, 1)
    sizes = [len(xb) for xb, _ in batches(X, np.arange(10), batch_size=4)]
    assert sizes == [4, 4, 2]


def test_drop_last_discards_the_partial_batch(batches):
    X = np.arange(10)
    sizes = [len(xb) for xb, _ in batches(X, X, batch_size=4, drop_last=True)]
    assert sizes == [4, 4]
    # When batch_size divides n nothing is dropped.
    assert sum(len(xb) for xb, _ in batches(X, X, batch_size=5, drop_last=True)) == 10


def test_without_shuffle_order_is_preserved(batches):
    X = np.arange(7)
    out = [xb.tolist() for xb, _ in batches(X, X, batch_size=3, shuffle=False)]
    assert out == [[0, 1, 2], [3, 4, 5], [6]]


def test_shuffle_covers_every_row_once_and_keeps_pairs(batches):
    X = np.arange(23)
    y = X * 100
    seen = []
    for xb, yb in batches(X, y, batch_size=5, seed=0):
        np.testing.assert_array_equal(yb, xb * 100)
        seen.extend(xb.tolist())
    assert sorted(seen) == list(range(23))
    assert seen != list(range(23))  # actually shuffled


def test_seed_reproducible_and_new_order_per_seed(batches):
    X = np.arange(50)

    def first(seed):
        return next(iter(batches(X, X, batch_size=10, seed=seed)))[0].tolist()

    assert first(1) == first(1)
    assert first(1) != first(2)


def test_batch_larger_than_dataset_gives_one_batch(batches):
    X = np.arange(3)
    out = list(batches(X, X, batch_size=10, shuffle=False))
    assert len(out) == 1 and out[0][0].tolist() == [0, 1, 2]
    assert list(batches(X, X, batch_size=10, drop_last=True)) == []


def test_bad_arguments_fail_at_the_call_not_at_iteration(batches):
    with pytest.raises(ValueError, match="empty"):
        batches([], [], batch_size=2)  # no next() needed
    with pytest.raises(ValueError, match="positive"):
        batches([1, 2], [1, 2], batch_size=0)
    with pytest.raises(ValueError, match="same number of rows"):
        batches([1, 2], [1], batch_size=1)
