import numpy as np
import pytest
from sklearn.neighbors import KNeighborsClassifier


@pytest.fixture(scope="module")
def knn(solution):
    return solution("knn").knn_predict


def test_hand_worked_majority_vote(knn):
    X = [[0.0], [1.0], [2.0], [10.0], [11.0]]
    y = ["a", "a", "a", "b", "b"]
    # Query 9: nearest are 10 (b), 11 (b), 2 (a) -> b wins 2 to 1.
    assert knn(X, y, [[9.0]], k=3).tolist() == ["b"]
    # Query 1.4: nearest are 1, 2, 0 -> all a.
    assert knn(X, y, [[1.4]], k=3).tolist() == ["a"]


def test_k_equal_one_returns_label_of_nearest_point(knn):
    X = np.array([[0.0, 0.0], [3.0, 4.0]])
    assert knn(X, [7, 9], [[2.9, 4.1], [0.1, -0.2]], k=1).tolist() == [9, 7]


def test_tied_vote_goes_to_closest_label(knn):
    X = [[0.0], [1.0], [3.0], [4.0]]
    y = [1, 0, 1, 0]
    # k=2 at 0.9: neighbours 1.0 (label 0) then 0.0 (label 1): a 1-1 tie, closest is 0.
    assert knn(X, y, [[0.9]], k=2).tolist() == [0]
    # At 0.1 the order flips, so the closest label is 1.
    assert knn(X, y, [[0.1]], k=2).tolist() == [1]


def test_matches_sklearn_on_random_data(knn):
    rng = np.random.default_rng(0)
    X_train = rng.normal(size=(200, 3))
    y_train = (X_train[:, 0] + 0.5 * X_train[:, 1] > 0).astype(int)
    X_query = rng.normal(size=(100, 3))
    for k in (1, 5, 15):  # odd k and two classes: no vote ties
        ref = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X_train, y_train)
        np.testing.assert_array_equal(knn(X_train, y_train, X_query, k=k), ref.predict(X_query))


def test_invalid_inputs_raise(knn):
    with pytest.raises(ValueError, match="non-empty"):
        knn(np.empty((0, 2)), [], [[0.0, 0.0]])
    with pytest.raises(ValueError, match="k must be"):
        knn([[0.0], [1.0]], [0, 1], [[0.5]], k=3)
    with pytest.raises(ValueError, match="same number of rows"):
        knn([[0.0], [1.0]], [0], [[0.5]], k=1)
    with pytest.raises(ValueError, match="columns"):
        knn([[0.0], [1.0]], [0, 1], [[0.5, 1.0]], k=1)
