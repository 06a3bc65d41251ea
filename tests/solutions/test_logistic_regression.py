import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression


@pytest.fixture(scope="module")
def mod(solution):
    return solution("logistic_regression")


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(300, 2))
    logits = 1.2 * X[:, 0] - 0.8 * X[:, 1] + 0.3
    y = (rng.random(300) < 1 / (1 + np.exp(-logits))).astype(int)
    return X, y


def test_matches_sklearn_with_equivalent_l2(mod, data):
    X, y = data
    C = 0.5
    # sklearn minimises ||w||^2 / 2 + C * sum(loss); dividing by C * n gives our
    # mean loss + (l2 / 2) ||w||^2 with l2 = 1 / (C * n).
    w, b = mod.fit_logistic_regression(X, y, lr=0.5, n_iter=5000, l2=1.0 / (C * len(X)))
    ref = LogisticRegression(C=C, tol=1e-10, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(w, ref.coef_[0], atol=1e-4)
    assert b == pytest.approx(ref.intercept_[0], abs=1e-4)
    np.testing.assert_allclose(mod.predict_proba(X, w, b), ref.predict_proba(X)[:, 1], atol=1e-4)
    np.testing.assert_array_equal(mod.predict(X, w, b), ref.predict(X))


def test_regularisation_shrinks_weights(mod, data):
    X, y = data
    w_free, _ = mod.fit_logistic_regression(X, y)
    w_reg, _ = mod.fit_logistic_regression(X, y, l2=1.0)
    assert np.linalg.norm(w_reg) < 0.6 * np.linalg.norm(w_free)


def test_hand_worked_symmetric_case(mod):
    # Symmetric data around 0: the intercept stays 0 and the weight is positive.
    X = [[-2.0], [-1.0], [1.0], [2.0]]
    y = [0, 0, 1, 1]
    w, b = mod.fit_logistic_regression(X, y, n_iter=200, l2=0.1)
    assert b == pytest.approx(0.0, abs=1e-12)
    assert w[0] > 0
    assert mod.predict(X, w, b).tolist() == [0, 0, 1, 1]
    assert mod.predict_proba([[0.0]], w, b)[0] == pytest.approx(0.5)


def test_sigmoid_is_stable_for_extreme_logits(mod):
    with np.errstate(over="raise", invalid="raise"):
        p = mod._sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_allclose(p, [0.0, 0.5, 1.0])


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.fit_logistic_regression(np.empty((0, 1)), [])
    with pytest.raises(ValueError, match="0/1"):
        mod.fit_logistic_regression([[0.0], [1.0]], [0, 2])
    with pytest.raises(ValueError, match="single class"):
        mod.fit_logistic_regression([[0.0], [1.0]], [1, 1])


def test_loss_matches_sklearn_log_loss_plus_penalty(mod, data):
    from sklearn.metrics import log_loss

    X, y = data
    w, b = mod.fit_logistic_regression(X, y, n_iter=200)
    expected = log_loss(y, mod.predict_proba(X, w, b)) + 0.5 * 0.1 * np.dot(w, w)
    assert mod.log_loss(X, y, w, b, l2=0.1) == pytest.approx(expected, rel=1e-9)


def test_loss_from_logits_stays_finite_for_confident_mistakes(mod):
    # Logit -1000 for a positive and +1000 for a negative: each costs exactly 1000.
    X = np.array([[-1.0], [1.0]])
    y = np.array([1, 0])
    w, b = np.array([1000.0]), 0.0
    with np.errstate(divide="ignore"):
        naive = -np.mean(y * np.log(mod.predict_proba(X, w, b)) + (1 - y) * np.log(1 - mod.predict_proba(X, w, b)))
    assert naive == np.inf  # going through probabilities fails, even with a stable sigmoid
    assert mod.log_loss(X, y, w, b) == pytest.approx(1000.0)
    # And a confident correct prediction costs about e^-1000, i.e. 0, not NaN.
    assert mod.log_loss(X, 1 - y, w, b) == pytest.approx(0.0, abs=1e-300)
