import numpy as np
import pytest
from sklearn.metrics.pairwise import cosine_similarity as sk_cosine


@pytest.fixture(scope="module")
def mod(solution):
    return solution("cosine_similarity")


def test_hand_worked_values(mod):
    # (1,2,2).(2,1,-2) = 2 + 2 - 4 = 0 -> orthogonal
    assert mod.cosine_similarity([1, 2, 2], [2, 1, -2]) == pytest.approx(0.0)
    # (3,4).(6,8) = 50, norms 5 and 10 -> 1
    assert mod.cosine_similarity([3, 4], [6, 8]) == pytest.approx(1.0)
    assert mod.cosine_similarity([3, 4], [-3, -4]) == pytest.approx(-1.0)
    # (1,0).(1,1) = 1, norms 1 and sqrt 2
    assert mod.cosine_similarity([1, 0], [1, 1]) == pytest.approx(1 / np.sqrt(2))


def test_scale_invariance(mod):
    a, b = np.array([0.3, -1.2, 4.0]), np.array([2.0, 0.5, 1.0])
    assert mod.cosine_similarity(a, b) == pytest.approx(mod.cosine_similarity(1e6 * a, 1e-6 * b))


def test_zero_vector_gives_zero_not_nan(mod):
    assert mod.cosine_similarity([0, 0, 0], [1, 2, 3]) == 0.0
    assert mod.cosine_similarity([0, 0], [0, 0]) == 0.0


def test_pairwise_matches_sklearn_including_zero_rows(mod):
    rng = np.random.default_rng(11)
    A = rng.normal(size=(6, 4))
    B = rng.normal(size=(5, 4))
    A[2] = 0.0
    B[0] = 0.0
    np.testing.assert_allclose(mod.pairwise_cosine(A, B), sk_cosine(A, B), atol=1e-12)


def test_result_stays_within_bounds(mod):
    v = np.full(1000, 0.1)
    sims = mod.pairwise_cosine(v[None, :], v[None, :])
    assert sims[0, 0] <= 1.0
    assert sims[0, 0] == pytest.approx(1.0)


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.cosine_similarity([], [])
    with pytest.raises(ValueError, match="same length"):
        mod.cosine_similarity([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="same, non-zero number of columns"):
        mod.pairwise_cosine(np.ones((2, 3)), np.ones((2, 4)))
