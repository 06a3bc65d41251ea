import numpy as np
import pytest


@pytest.fixture(scope="module")
def mod(solution):
    return solution("data_parallel_sgd")


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(19)
    X = np.column_stack([np.ones(200), rng.normal(size=(200, 3))])  # first column = bias
    y = X @ np.array([0.5, 2.0, -1.0, 3.0]) + rng.normal(scale=0.1, size=200)
    return X, y


def test_worker_count_does_not_change_the_result(mod, data):
    X, y = data
    w1 = mod.data_parallel_sgd(X, y, n_workers=1, n_epochs=5, seed=3)
    for k in (2, 3, 7):  # 3 and 7 do not divide 32: unequal shards
        wk = mod.data_parallel_sgd(X, y, n_workers=k, n_epochs=5, seed=3)
        np.testing.assert_allclose(wk, w1, rtol=1e-10)


def test_converges_to_least_squares(mod, data):
    X, y = data
    w = mod.data_parallel_sgd(X, y, n_workers=4, n_epochs=200, lr=0.02)
    w_ls = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(w, w_ls, atol=0.02)


def test_weighted_reduce_equals_full_batch_gradient(mod, data):
    X, y = data
    w = np.array([0.1, -0.2, 0.3, 0.0])
    shards = np.array_split(np.arange(10), 3)  # sizes 4, 3, 3
    grads = [mod._local_gradient(X[s], y[s], w) for s in shards]
    full = mod._local_gradient(X[:10], y[:10], w)
    np.testing.assert_allclose(mod._all_reduce_mean(grads, [len(s) for s in shards]), full)
    # A plain average of unequal shards is not the full gradient.
    assert not np.allclose(np.mean(grads, axis=0), full)


def test_more_workers_than_rows_in_a_batch(mod):
    X = np.array([[1.0], [2.0]])
    y = np.array([2.0, 4.0])
    w = mod.data_parallel_sgd(X, y, n_workers=8, batch_size=2, n_epochs=300, lr=0.1)
    np.testing.assert_allclose(w, [2.0], atol=1e-6)


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.data_parallel_sgd(np.empty((0, 2)), np.empty(0))
    with pytest.raises(ValueError, match="positive"):
        mod.data_parallel_sgd([[1.0]], [1.0], n_workers=0)
