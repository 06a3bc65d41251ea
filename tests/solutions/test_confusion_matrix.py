import numpy as np
import pytest
from sklearn.metrics import confusion_matrix as sk_confusion_matrix


@pytest.fixture(scope="module")
def cm(solution):
    return solution("confusion_matrix").confusion_matrix


def test_hand_worked_binary(cm):
    y_true = [0, 0, 0, 1, 1]
    y_pred = [0, 1, 0, 1, 0]
    # rows = truth: 0 -> (2 right, 1 wrong), 1 -> (1 wrong, 1 right)
    np.testing.assert_array_equal(cm(y_true, y_pred), [[2, 1], [1, 1]])


def test_string_labels_and_explicit_order(cm):
    y_true = ["cat", "dog", "dog", "bird"]
    y_pred = ["cat", "cat", "dog", "dog"]
    out = cm(y_true, y_pred, labels=["dog", "cat", "bird"])
    np.testing.assert_array_equal(out, [[1, 1, 0], [0, 1, 0], [1, 0, 0]])


def test_label_only_in_predictions_gets_a_row_and_column(cm):
    out = cm([0, 0], [0, 2])
    np.testing.assert_array_equal(out, [[1, 1], [0, 0]])


def test_labels_outside_the_list_are_not_counted(cm):
    out = cm([0, 1, 2], [0, 1, 1], labels=[0, 1])
    np.testing.assert_array_equal(out, [[1, 0], [0, 1]])
    assert out.sum() == 2


def test_matches_sklearn_on_random_labels(cm):
    rng = np.random.default_rng(14)
    y_true = rng.integers(0, 5, size=200)
    y_pred = rng.integers(0, 5, size=200)
    np.testing.assert_array_equal(cm(y_true, y_pred), sk_confusion_matrix(y_true, y_pred))
    labels = [4, 2, 0]
    np.testing.assert_array_equal(cm(y_true, y_pred, labels=labels), sk_confusion_matrix(y_true, y_pred, labels=labels))


def test_single_class(cm):
    np.testing.assert_array_equal(cm([1, 1, 1], [1, 1, 1]), [[3]])


def test_invalid_inputs_raise(cm):
    with pytest.raises(ValueError, match="non-empty"):
        cm([], [])
    with pytest.raises(ValueError, match="equal length"):
        cm([0, 1], [0])
    with pytest.raises(ValueError, match="unique"):
        cm([0, 1], [0, 1], labels=[0, 0, 1])
