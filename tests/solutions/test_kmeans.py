import numpy as np
import pytest
from sklearn.cluster import KMeans


@pytest.fixture(scope="module")
def mod(solution):
    return solution("kmeans")


def test_hand_worked_two_clusters(mod):
    X = np.array([[0.0, 0.0], [0.0, 2.0], [10.0, 0.0], [10.0, 2.0]])
    centroids, labels = mod.kmeans(X, 2, init=[[0.0, 0.0], [10.0, 0.0]])
    np.testing.assert_allclose(centroids, [[0.0, 1.0], [10.0, 1.0]])
    assert labels.tolist() == [0, 0, 1, 1]


def test_matches_sklearn_with_same_initial_centroids(mod):
    rng = np.random.default_rng(1)
    centers = np.array([[0.0, 0.0], [6.0, 6.0], [0.0, 8.0]])
    X = np.vstack([c + rng.normal(scale=1.5, size=(60, 2)) for c in centers])
    init = X[[0, 1, 2]]  # deliberately poor start: all three from the first blob
    ours_c, ours_l = mod.kmeans(X, 3, init=init)
    ref = KMeans(n_clusters=3, init=init, n_init=1, algorithm="lloyd", tol=0.0, max_iter=300).fit(X)
    np.testing.assert_allclose(ours_c, ref.cluster_centers_, atol=1e-8)
    np.testing.assert_array_equal(ours_l, ref.labels_)


def test_init_is_not_mutated_and_seed_is_reproducible(mod):
    X = np.random.default_rng(2).normal(size=(50, 2))
    init = X[:3].copy()
    before = init.copy()
    mod.kmeans(X, 3, init=init)
    np.testing.assert_array_equal(init, before)
    a = mod.kmeans(X, 3, seed=7)
    b = mod.kmeans(X, 3, seed=7)
    np.testing.assert_array_equal(a[0], b[0])


def test_empty_cluster_keeps_its_centroid(mod):
    X = np.array([[0.0], [1.0], [2.0]])
    # The centroid at 100 attracts no point; it must stay put, not turn into NaN.
    centroids, labels = mod.kmeans(X, 2, init=[[1.0], [100.0]])
    np.testing.assert_allclose(centroids, [[1.0], [100.0]])
    assert labels.tolist() == [0, 0, 0]


def test_k_equal_n_puts_each_point_in_its_own_cluster(mod):
    X = np.array([[0.0], [5.0], [9.0]])
    centroids, labels = mod.kmeans(X, 3, seed=0)
    np.testing.assert_allclose(np.sort(centroids[:, 0]), [0.0, 5.0, 9.0])
    assert sorted(labels.tolist()) == [0, 1, 2]


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.kmeans(np.empty((0, 2)), 1)
    with pytest.raises(ValueError, match="k must be"):
        mod.kmeans([[0.0], [1.0]], 3)
    with pytest.raises(ValueError, match="shape"):
        mod.kmeans([[0.0], [1.0]], 2, init=[[0.0]])
