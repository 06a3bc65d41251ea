import numpy as np
import pytest
from sklearn.preprocessing import StandardScaler as SkStandardScaler


@pytest.fixture(scope="module")
def Scaler(solution):
    return solution("standard_scaler").StandardScaler


def test_hand_worked(Scaler):
    # column [1, 3, 5]: mean 3, population std sqrt(8/3)
    X = [[1.0], [3.0], [5.0]]
    out = Scaler().fit_transform(X)
    np.testing.assert_allclose(out[:, 0], np.array([-2.0, 0.0, 2.0]) / np.sqrt(8 / 3))


def test_matches_sklearn_and_uses_train_statistics_only(Scaler):
    rng = np.random.default_rng(17)
    train = rng.normal(loc=[5, -3, 100], scale=[2, 0.5, 30], size=(80, 3))
    test = rng.normal(loc=[6, -3, 90], scale=[2, 0.5, 30], size=(20, 3))
    ours = Scaler().fit(train)
    ref = SkStandardScaler().fit(train)
    np.testing.assert_allclose(ours.mean_, ref.mean_)
    np.testing.assert_allclose(ours.scale_, ref.scale_)
    np.testing.assert_allclose(ours.transform(test), ref.transform(test))
    # Test data scaled with train statistics is NOT exactly centred: no leakage.
    assert abs(ours.transform(test)[:, 0].mean()) > 0.1
    np.testing.assert_allclose(ours.transform(train).mean(axis=0), 0.0, atol=1e-12)


def test_constant_column_maps_to_zero_not_nan(Scaler):
    X = np.array([[1.0, 7.0], [2.0, 7.0], [3.0, 7.0]])
    out = Scaler().fit_transform(X)
    assert np.all(np.isfinite(out))
    np.testing.assert_array_equal(out[:, 1], [0.0, 0.0, 0.0])
    np.testing.assert_allclose(Scaler().fit(X).scale_, SkStandardScaler().fit(X).scale_)


def test_constant_float_column_is_not_blown_up_by_rounding_noise(Scaler):
    # The mean of three 0.1s is not exactly 0.1, so std comes out near 1.4e-17, not 0:
    # dividing by it would turn rounding noise into values of order 1.
    X = np.array([[0.1, 1.0], [0.1, 2.0], [0.1, 4.0]])
    assert 0 < X[:, 0].std() < 1e-15  # the trap is real on this platform
    out = Scaler().fit_transform(X)
    np.testing.assert_allclose(out[:, 0], 0.0, atol=1e-12)
    assert Scaler().fit(X).scale_[0] == 1.0
    np.testing.assert_allclose(out, SkStandardScaler().fit_transform(X), atol=1e-12)


def test_inverse_transform_round_trips(Scaler):
    X = np.random.default_rng(18).normal(size=(10, 2))
    s = Scaler().fit(X)
    np.testing.assert_allclose(s.inverse_transform(s.transform(X)), X)


def test_invalid_use_raises(Scaler):
    with pytest.raises(ValueError, match="non-empty"):
        Scaler().fit(np.empty((0, 2)))
    with pytest.raises(ValueError, match="fit before transform"):
        Scaler().transform([[1.0]])
    with pytest.raises(ValueError, match="expected 2 columns"):
        Scaler().fit([[1.0, 2.0]]).transform([[1.0]])
