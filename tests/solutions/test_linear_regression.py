import numpy as np
import pytest
from sklearn.linear_model import LinearRegression


@pytest.fixture(scope="module")
def mod(solution):
    return solution("linear_regression")


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(120, 3))
    y = X @ np.array([1.5, -2.0, 0.5]) + 4.0 + rng.normal(scale=0.3, size=120)
    return X, y


def test_hand_worked_exact_line(mod):
    # y = 2x + 1 exactly -> w = [2], b = 1, for both methods.
    X = [[0.0], [1.0], [2.0], [3.0]]
    y = [1.0, 3.0, 5.0, 7.0]
    for method in ("normal", "gd"):
        w, b = mod.fit_linear_regression(X, y, method=method, lr=0.05, n_iter=5000)
        np.testing.assert_allclose(w, [2.0], atol=1e-6)
        assert b == pytest.approx(1.0, abs=1e-6)


def test_normal_equation_matches_sklearn_and_lstsq(mod, data):
    X, y = data
    w, b = mod.fit_linear_regression(X, y, method="normal")
    ref = LinearRegression().fit(X, y)
    np.testing.assert_allclose(w, ref.coef_, rtol=1e-10)
    assert b == pytest.approx(ref.intercept_, rel=1e-10)
    theta = np.linalg.lstsq(np.column_stack([np.ones(len(X)), X]), y, rcond=None)[0]
    np.testing.assert_allclose(np.r_[b, w], theta, rtol=1e-10)


def test_gradient_descent_converges_to_the_same_solution(mod, data):
    X, y = data
    w_gd, b_gd = mod.fit_linear_regression(X, y, method="gd", lr=0.1, n_iter=3000)
    w_ne, b_ne = mod.fit_linear_regression(X, y, method="normal")
    np.testing.assert_allclose(w_gd, w_ne, atol=1e-6)
    assert b_gd == pytest.approx(b_ne, abs=1e-6)
    np.testing.assert_allclose(mod.predict(X, w_gd, b_gd), mod.predict(X, w_ne, b_ne), atol=1e-5)


def test_collinear_columns_do_not_crash_normal_equation(mod):
    x = np.arange(6.0)
    X = np.column_stack([x, 2 * x])  # X^T X is singular; inv() would fail
    y = 3 * x + 1
    w, b = mod.fit_linear_regression(X, y)
    np.testing.assert_allclose(mod.predict(X, w, b), y, atol=1e-8)


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.fit_linear_regression(np.empty((0, 2)), [])
    with pytest.raises(ValueError, match="one value per row"):
        mod.fit_linear_regression([[1.0], [2.0]], [1.0])
    with pytest.raises(ValueError, match="unknown method"):
        mod.fit_linear_regression([[1.0], [2.0]], [1.0, 2.0], method="magic")
