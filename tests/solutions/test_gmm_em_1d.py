import math

import numpy as np
import pytest
from sklearn.mixture import GaussianMixture


@pytest.fixture(scope="module")
def mod(solution):
    return solution("gmm_em_1d")


def test_e_step_by_hand(mod):
    # A point halfway between two equal components belongs half to each, and its likelihood
    # is one component's density: N(5 | 0, 1) = exp(-12.5) / sqrt(2 pi).
    resp, log_lik = mod.e_step(np.array([5.0]), np.array([0.5, 0.5]), np.array([0.0, 10.0]), np.array([1.0, 1.0]))
    np.testing.assert_allclose(resp, [[0.5, 0.5]])
    assert log_lik == pytest.approx(-0.5 * math.log(2 * math.pi) - 12.5)


def test_one_em_round_by_hand(mod):
    # Points 0 and 2, components at 0 and 2 with unit variance: the point at 0 gives the first
    # component 1 / (1 + e^-2) = 0.8808 of itself, so its new mean is 2 * 0.1192 = 0.2384.
    r = 1.0 / (1.0 + math.exp(-2.0))
    w, mu, var, history = mod.fit_gmm_1d([0.0, 2.0], means=[0.0, 2.0], variances=[1.0, 1.0], max_iter=1)
    np.testing.assert_allclose(w, [0.5, 0.5])
    np.testing.assert_allclose(mu, [2 * (1 - r), 2 * r])
    # Weighted variance of the first component: r * (0 - m)^2 + (1 - r) * (2 - m)^2, over 1.
    m = 2 * (1 - r)
    assert var[0] == pytest.approx(r * m**2 + (1 - r) * (2 - m) ** 2)
    assert len(history) == 1


def test_separated_clusters_are_a_fixed_point(mod):
    w, mu, var, _ = mod.fit_gmm_1d([-1.0, 1.0, 9.0, 11.0], means=[0.0, 10.0], variances=[1.0, 1.0])
    np.testing.assert_allclose(w, [0.5, 0.5], atol=1e-12)
    np.testing.assert_allclose(mu, [0.0, 10.0], atol=1e-12)
    np.testing.assert_allclose(var, [1.0, 1.0], atol=1e-12)


def test_log_likelihood_never_decreases(mod):
    x = np.random.default_rng(3).standard_t(df=3, size=500)  # not a mixture: EM still climbs
    *_, history = mod.fit_gmm_1d(x, means=[-1.0, 0.0, 1.0], max_iter=200, tol=0.0)
    assert np.all(np.diff(history) >= -1e-12)


def test_recovers_a_known_mixture(mod):
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.normal(-2.0, 0.5, 1200), rng.normal(3.0, 1.0, 2800)])
    w, mu, var, _ = mod.fit_gmm_1d(x, means=[-1.0, 1.0])
    np.testing.assert_allclose(w, [0.3, 0.7], atol=0.02)
    np.testing.assert_allclose(mu, [-2.0, 3.0], atol=0.08)
    np.testing.assert_allclose(np.sqrt(var), [0.5, 1.0], atol=0.05)


def test_matches_sklearn_from_the_same_start(mod):
    rng = np.random.default_rng(1)
    x = np.concatenate([rng.normal(0.0, 1.0, 300), rng.normal(2.5, 0.7, 200), rng.normal(6.0, 1.5, 100)])
    means, variances, weights = [-1.0, 2.0, 5.0], [1.0, 1.0, 1.0], [1 / 3, 1 / 3, 1 / 3]
    w, mu, var, history = mod.fit_gmm_1d(x, means, variances, weights, max_iter=2000, tol=1e-13, min_var=1e-12)
    ref = GaussianMixture(
        n_components=3, covariance_type="full", weights_init=weights,
        means_init=np.array(means)[:, None], precisions_init=1.0 / np.array(variances)[:, None, None],
        reg_covar=0.0, tol=1e-13, max_iter=2000,
    ).fit(x[:, None])
    np.testing.assert_allclose(w, ref.weights_, atol=1e-6)
    np.testing.assert_allclose(mu, ref.means_.ravel(), atol=1e-5)
    np.testing.assert_allclose(var, ref.covariances_.ravel(), atol=1e-5)
    assert history[-1] == pytest.approx(ref.score(x[:, None]), abs=1e-8)


def test_far_point_does_not_turn_into_nan(mod):
    resp, log_lik = mod.e_step(np.array([0.0, 1e4]), np.array([0.5, 0.5]), np.array([0.0, 1.0]), np.array([1.0, 1.0]))
    assert np.all(np.isfinite(resp)) and math.isfinite(log_lik)
    np.testing.assert_allclose(resp.sum(axis=1), [1.0, 1.0])
    assert resp[1, 1] == pytest.approx(1.0)  # the component at 1 is closer to 10,000


def test_inputs_are_not_mutated_and_bad_inputs_raise(mod):
    means = np.array([0.0, 5.0])
    mod.fit_gmm_1d([0.0, 1.0, 5.0, 6.0], means=means)
    np.testing.assert_array_equal(means, [0.0, 5.0])
    with pytest.raises(ValueError, match="at least two points"):
        mod.fit_gmm_1d([1.0], means=[0.0])
    with pytest.raises(ValueError, match="same length"):
        mod.fit_gmm_1d([0.0, 1.0], means=[0.0, 1.0], variances=[1.0])
    with pytest.raises(ValueError, match="summing to 1"):
        mod.fit_gmm_1d([0.0, 1.0], means=[0.0, 1.0], weights=[0.5, 0.6])
