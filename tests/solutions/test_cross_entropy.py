import warnings

import numpy as np
import pytest
from scipy.special import softmax
from sklearn.metrics import log_loss


@pytest.fixture(scope="module")
def mod(solution):
    return solution("cross_entropy")


def test_binary_hand_worked(mod):
    # -(ln 0.8 + ln 0.5) / 2 with y = [1, 0], p = [0.8, 0.5]
    expected = -(np.log(0.8) + np.log(0.5)) / 2
    assert mod.binary_cross_entropy([1, 0], [0.8, 0.5]) == pytest.approx(expected)


def test_binary_matches_sklearn(mod):
    rng = np.random.default_rng(7)
    y = rng.integers(0, 2, size=100)
    p = rng.uniform(0.01, 0.99, size=100)
    assert mod.binary_cross_entropy(y, p) == pytest.approx(log_loss(y, p), rel=1e-10)


def test_binary_clipping_keeps_loss_finite(mod):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # log(0) would warn
        loss = mod.binary_cross_entropy([1, 0], [0.0, 1.0])
    assert np.isfinite(loss)
    assert loss == pytest.approx(-np.log(1e-12), rel=1e-6)  # about 27.6 per sample


def test_logits_version_equals_probability_version(mod):
    rng = np.random.default_rng(8)
    y = rng.integers(0, 2, size=50)
    z = rng.normal(scale=3, size=50)
    p = 1 / (1 + np.exp(-z))
    expected = mod.binary_cross_entropy(y, p)
    assert mod.binary_cross_entropy_with_logits(y, z) == pytest.approx(expected, rel=1e-9)


def test_logits_version_is_exact_for_extreme_scores(mod):
    # A wrong prediction with logit -1000 costs exactly 1000 nats; clipping would cap it.
    assert mod.binary_cross_entropy_with_logits([1], [-1000.0]) == pytest.approx(1000.0)
    assert mod.binary_cross_entropy_with_logits([0], [-1000.0]) == pytest.approx(0.0, abs=1e-12)


def test_categorical_hand_worked_and_matches_sklearn(mod):
    # Uniform logits over 4 classes: loss ln 4 whatever the label.
    assert mod.categorical_cross_entropy([2], [[0.0, 0.0, 0.0, 0.0]]) == pytest.approx(np.log(4))
    rng = np.random.default_rng(9)
    logits = rng.normal(scale=4, size=(60, 3))
    y = rng.integers(0, 3, size=60)
    ref = log_loss(y, softmax(logits, axis=1), labels=[0, 1, 2])
    assert mod.categorical_cross_entropy(y, logits) == pytest.approx(ref, rel=1e-9)


def test_categorical_extreme_logits_are_finite(mod):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loss = mod.categorical_cross_entropy([1], [[1000.0, -1000.0]])
    assert loss == pytest.approx(2000.0)


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.binary_cross_entropy([], [])
    with pytest.raises(ValueError, match="same shape"):
        mod.binary_cross_entropy([1, 0], [0.5])
    with pytest.raises(ValueError, match="shape"):
        mod.categorical_cross_entropy([], np.empty((0, 3)))
    with pytest.raises(ValueError, match="integers in"):
        mod.categorical_cross_entropy([3], [[0.0, 0.0, 0.0]])
