import numpy as np
import pytest
from sklearn.metrics import f1_score, precision_recall_fscore_support


@pytest.fixture(scope="module")
def mod(solution):
    return solution("precision_recall_f1")


def test_hand_worked_counts(mod):
    y_true = [1, 1, 1, 0, 0, 0, 0, 1]
    y_pred = [1, 1, 0, 1, 0, 0, 0, 0]
    # TP = 2, FP = 1, FN = 2 -> P = 2/3, R = 1/2, F1 = 4 / (4 + 1 + 2) = 4/7
    p, r, f = mod.precision_recall_f1(y_true, y_pred)
    assert (p, r) == (pytest.approx(2 / 3), pytest.approx(0.5))
    assert f == pytest.approx(4 / 7)
    assert f == pytest.approx(2 * p * r / (p + r))


def test_pos_label_selects_the_class(mod):
    y_true = ["spam", "ham", "spam", "ham"]
    y_pred = ["spam", "spam", "ham", "ham"]
    assert mod.precision_recall_f1(y_true, y_pred, pos_label="spam") == (0.5, 0.5, 0.5)


@pytest.mark.parametrize("zero_division", [0.0, 1.0])
def test_matches_sklearn_on_random_labels(mod, zero_division):
    rng = np.random.default_rng(12)
    for _ in range(30):
        y_true = rng.integers(0, 2, size=20)
        y_pred = (rng.random(20) < 0.3).astype(int)
        ref = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=zero_division)[:3]
        ours = mod.precision_recall_f1(y_true, y_pred, zero_division=zero_division)
        np.testing.assert_allclose(ours, ref)


def test_zero_division_cases(mod):
    # Nothing predicted positive: precision is 0/0.
    p, r, f = mod.precision_recall_f1([1, 0, 1], [0, 0, 0], zero_division=1.0)
    assert (p, r, f) == (1.0, 0.0, 0.0)
    # No actual positives and none predicted: every ratio is 0/0.
    assert mod.precision_recall_f1([0, 0], [0, 0]) == (0.0, 0.0, 0.0)
    assert mod.precision_recall_f1([0, 0], [0, 0], zero_division=1.0) == (1.0, 1.0, 1.0)


def test_macro_f1_matches_sklearn(mod):
    rng = np.random.default_rng(13)
    y_true = rng.integers(0, 4, size=60)
    y_pred = rng.integers(0, 4, size=60)
    assert mod.macro_f1(y_true, y_pred) == pytest.approx(f1_score(y_true, y_pred, average="macro"))


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.precision_recall_f1([], [])
    with pytest.raises(ValueError, match="equal length"):
        mod.precision_recall_f1([1, 0], [1])
