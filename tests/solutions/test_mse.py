import numpy as np
import pytest
from sklearn.metrics import mean_squared_error as sk_mse


@pytest.fixture(scope="module")
def mod(solution):
    return solution("mse")


def test_hand_worked_value(mod):
    # errors 1, -2, 0 -> squares 1, 4, 0 -> mean 5/3
    assert mod.mean_squared_error([3, 5, 2], [2, 7, 2]) == pytest.approx(5 / 3)
    assert mod.root_mean_squared_error([3, 5, 2], [2, 7, 2]) == pytest.approx(np.sqrt(5 / 3))


def test_perfect_prediction_is_zero(mod):
    assert mod.mean_squared_error([1.5, -2.0], [1.5, -2.0]) == 0.0


def test_matches_sklearn_with_and_without_weights(mod):
    rng = np.random.default_rng(5)
    y, p = rng.normal(size=50), rng.normal(size=50)
    w = rng.random(50)
    assert mod.mean_squared_error(y, p) == pytest.approx(sk_mse(y, p))
    assert mod.mean_squared_error(y, p, sample_weight=w) == pytest.approx(sk_mse(y, p, sample_weight=w))
    Y, P = rng.normal(size=(20, 3)), rng.normal(size=(20, 3))
    assert mod.mean_squared_error(Y, P) == pytest.approx(sk_mse(Y, P))


def test_shape_mismatch_is_rejected_not_broadcast(mod):
    y = np.arange(4.0)
    with pytest.raises(ValueError, match="shape mismatch"):
        mod.mean_squared_error(y, y[:, None])


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="empty"):
        mod.mean_squared_error([], [])
    with pytest.raises(ValueError, match="one weight per sample"):
        mod.mean_squared_error([1.0, 2.0], [1.0, 2.0], sample_weight=[1.0])
    with pytest.raises(ValueError, match="not all zero"):
        mod.mean_squared_error([1.0, 2.0], [1.0, 2.0], sample_weight=[0.0, 0.0])
