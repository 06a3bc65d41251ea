import numpy as np
import pytest
from scipy.stats import zscore


@pytest.fixture(scope="module")
def mod(solution):
    return solution("grpo_advantages")


def test_hand_worked_binary_group(mod):
    # Rewards 1, 0, 1, 0: mean 0.5, population std 0.5, so advantages +1 and -1.
    adv = mod.group_advantages([[1, 0, 1, 0]], eps=0.0)
    assert adv == pytest.approx(np.array([[1.0, -1.0, 1.0, -1.0]]))


def test_one_correct_answer_in_four_gets_most_credit(mod):
    # Mean 0.25, std sqrt(0.1875) = 0.433: the lone success gets +1.732, failures -0.577.
    adv = mod.group_advantages([[0, 0, 1, 0]], eps=0.0)[0]
    assert adv[2] == pytest.approx(np.sqrt(3))
    assert adv[0] == pytest.approx(-1 / np.sqrt(3))
    assert adv.sum() == pytest.approx(0.0, abs=1e-12)


def test_uniform_group_gives_zero_advantage(mod):
    adv = mod.group_advantages([[1, 1, 1, 1], [0, 0, 0, 0]])
    assert np.all(adv == 0.0)


def test_rows_are_independent_and_match_scipy_zscore(mod):
    rng = np.random.default_rng(3)
    rewards = rng.normal(size=(5, 8))
    adv = mod.group_advantages(rewards, eps=0.0)
    assert adv == pytest.approx(zscore(rewards, axis=1, ddof=0), rel=1e-12)
    # Shifting one prompt's rewards by a constant leaves every advantage unchanged.
    shifted = rewards.copy()
    shifted[2] += 10.0
    assert mod.group_advantages(shifted, eps=0.0) == pytest.approx(adv, rel=1e-9)


def test_unscaled_variant_only_centres(mod):
    adv = mod.group_advantages([[0.2, 0.4, 0.9]], scale=False)
    assert adv == pytest.approx(np.array([[-0.3, -0.1, 0.4]]))


def test_clipped_surrogate_hand_worked(mod):
    # Positive advantage: a ratio of 1.5 is clipped to 1.2, so the gain is 1.2 * 2 = 2.4.
    assert mod.clipped_surrogate_loss([1.5], [2.0]) == pytest.approx(-2.4)
    # Negative advantage: min picks the unclipped, more pessimistic term 1.5 * -1 = -1.5.
    assert mod.clipped_surrogate_loss([1.5], [-1.0]) == pytest.approx(1.5)
    # Inside the trust region nothing is clipped.
    assert mod.clipped_surrogate_loss([1.1, 0.9], [1.0, -1.0]) == pytest.approx(-(1.1 - 0.9) / 2)


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="group >= 2"):
        mod.group_advantages([1.0, 0.0])
    with pytest.raises(ValueError, match="group >= 2"):
        mod.group_advantages([[1.0]])
    with pytest.raises(ValueError, match="finite"):
        mod.group_advantages([[1.0, np.nan]])
    with pytest.raises(ValueError, match="same shape"):
        mod.clipped_surrogate_loss([1.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="positive"):
        mod.clipped_surrogate_loss([0.0], [1.0])
