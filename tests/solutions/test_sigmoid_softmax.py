import warnings

import numpy as np
import pytest
from scipy.special import expit
from scipy.special import log_softmax as sp_log_softmax
from scipy.special import softmax as sp_softmax


@pytest.fixture(scope="module")
def mod(solution):
    return solution("sigmoid_softmax")


def test_sigmoid_hand_worked_values(mod):
    np.testing.assert_allclose(mod.sigmoid([0.0]), [0.5])
    np.testing.assert_allclose(mod.sigmoid([np.log(3.0)]), [0.75])  # 1 / (1 + 1/3)
    np.testing.assert_allclose(mod.sigmoid([-np.log(3.0)]), [0.25])


def test_sigmoid_matches_reference_and_does_not_overflow(mod):
    z = np.linspace(-800, 800, 1601)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any overflow warning fails the test
        ours = mod.sigmoid(z)
    np.testing.assert_allclose(ours, expit(z), rtol=1e-12, atol=1e-300)
    assert np.all((ours >= 0) & (ours <= 1))


def test_softmax_hand_worked_and_shift_invariant(mod):
    # exp(0), exp(ln 2), exp(ln 5) = 1, 2, 5 -> 1/8, 2/8, 5/8
    z = np.log([1.0, 2.0, 5.0])
    np.testing.assert_allclose(mod.softmax(z), [0.125, 0.25, 0.625])
    np.testing.assert_allclose(mod.softmax(z + 1000.0), [0.125, 0.25, 0.625])


def test_softmax_matches_scipy_on_batches_and_axes(mod):
    Z = np.random.default_rng(6).normal(scale=50, size=(8, 5))
    for axis in (0, 1, -1):
        np.testing.assert_allclose(mod.softmax(Z, axis=axis), sp_softmax(Z, axis=axis), rtol=1e-12)
        ref = sp_log_softmax(Z, axis=axis)
        np.testing.assert_allclose(mod.log_softmax(Z, axis=axis), ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(mod.softmax(Z).sum(axis=1), np.ones(8))


def test_softmax_extreme_logits_stay_finite(mod):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = mod.softmax([1000.0, 0.0, -1000.0])
        lp = mod.log_softmax([1000.0, 0.0, -1000.0])
    np.testing.assert_allclose(p, [1.0, 0.0, 0.0], atol=1e-300)
    np.testing.assert_allclose(lp, [0.0, -1000.0, -2000.0])
    assert np.all(np.isfinite(lp))


def test_empty_input_raises(mod):
    with pytest.raises(ValueError, match="empty"):
        mod.softmax([])
    with pytest.raises(ValueError, match="empty"):
        mod.log_softmax(np.empty((0, 3)))
