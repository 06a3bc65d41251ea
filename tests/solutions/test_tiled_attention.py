import numpy as np
import pytest
from scipy.special import logsumexp, softmax


@pytest.fixture(scope="module")
def mod(solution):
    return solution("tiled_attention")


def test_hand_worked_two_keys(mod):
    # d = 1, so the scale is 1. Scores 0 and ln 3 give weights 1/4 and 3/4.
    q = [[1.0]]
    k = [[0.0], [np.log(3.0)]]
    v = [[4.0], [8.0]]
    out, lse = mod.tiled_attention(q, k, v, block_size=1)
    np.testing.assert_allclose(out, [[0.25 * 4 + 0.75 * 8]])  # 7.0
    np.testing.assert_allclose(lse, [np.log(1 + 3)])


@pytest.mark.parametrize("block_size", [1, 3, 16, 64, 1000])
def test_matches_full_softmax_attention_for_any_block_size(mod, block_size):
    rng = np.random.default_rng(block_size)
    q, k, v = rng.normal(size=(37, 8)), rng.normal(size=(53, 8)), rng.normal(size=(53, 5))
    out, lse = mod.tiled_attention(q, k, v, block_size=block_size)
    scores = q @ k.T / np.sqrt(8)
    np.testing.assert_allclose(out, softmax(scores, axis=1) @ v, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(lse, logsumexp(scores, axis=1), rtol=1e-12)


@pytest.mark.parametrize("block_size", [1, 4, 7, 32])
def test_causal_matches_masked_reference(mod, block_size):
    rng = np.random.default_rng(11)
    q, k, v = rng.normal(size=(3, 30, 6))
    out, _ = mod.tiled_attention(q, k, v, block_size=block_size, causal=True)
    np.testing.assert_allclose(out, mod.attention_reference(q, k, v, causal=True), rtol=1e-10)
    np.testing.assert_allclose(out[0], v[0])  # the first token can only attend to itself


def test_large_scores_do_not_overflow(mod):
    # Scores near 1e4: a plain exp would overflow to inf; the running max keeps it finite.
    q = np.array([[100.0, 0.0]]) * np.sqrt(2)
    k = np.array([[100.0, 0.0], [99.0, 0.0], [-50.0, 0.0]])
    v = np.array([[1.0], [2.0], [3.0]])
    out, lse = mod.tiled_attention(q, k, v, block_size=1)
    w = softmax(np.array([1e4, 9.9e3, -5e3]))
    assert np.isfinite(out).all() and np.isfinite(lse).all()
    np.testing.assert_allclose(out, [[w @ v[:, 0]]])
    np.testing.assert_allclose(lse, [logsumexp([1e4, 9.9e3, -5e3])])


def test_reference_agrees_with_scipy(mod):
    rng = np.random.default_rng(5)
    q, k, v = rng.normal(size=(4, 3)), rng.normal(size=(6, 3)), rng.normal(size=(6, 2))
    expected = softmax(q @ k.T / np.sqrt(3), axis=1) @ v
    np.testing.assert_allclose(mod.attention_reference(q, k, v), expected, rtol=1e-12)


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="non-empty"):
        mod.tiled_attention(np.zeros((0, 2)), np.zeros((1, 2)), np.zeros((1, 2)))
    with pytest.raises(ValueError, match="same width"):
        mod.tiled_attention(np.zeros((1, 2)), np.zeros((1, 3)), np.zeros((1, 2)))
    with pytest.raises(ValueError, match="block_size"):
        mod.tiled_attention(np.zeros((1, 2)), np.zeros((1, 2)), np.zeros((1, 2)), block_size=0)
    with pytest.raises(ValueError, match="as many queries"):
        mod.tiled_attention(np.zeros((2, 2)), np.zeros((3, 2)), np.zeros((3, 2)), causal=True)
