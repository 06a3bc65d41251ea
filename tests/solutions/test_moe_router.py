import numpy as np
import pytest


@pytest.fixture(scope="module")
def mod(solution):
    return solution("moe_router")


def test_hand_worked_top1_routing_and_loss(mod):
    logits = np.array([[2.0, 1.0, 0.0], [0.0, 3.0, 1.0]])
    r = mod.route_top_k(logits, k=1)
    assert r.experts.tolist() == [[0], [1]]
    np.testing.assert_allclose(r.gates, [[1.0], [1.0]])  # one expert: renormalised to 1
    # f = (1/2, 1/2, 0); P is the mean of the two softmax rows.
    p1 = np.exp([2.0, 1.0, 0.0]) / np.exp([2.0, 1.0, 0.0]).sum()  # 0.665, 0.245, 0.090
    p2 = np.exp([0.0, 3.0, 1.0]) / np.exp([0.0, 3.0, 1.0]).sum()  # 0.042, 0.844, 0.114
    P = (p1 + p2) / 2
    assert r.aux_loss == pytest.approx(3 * (0.5 * P[0] + 0.5 * P[1]))
    assert r.aux_loss == pytest.approx(1.347, abs=1e-3)


def test_top2_gates_are_renormalised_probabilities(mod):
    logits = np.log(np.array([[0.5, 0.3, 0.2]]))  # softmax gives back 0.5, 0.3, 0.2
    r = mod.route_top_k(logits, k=2)
    assert r.experts.tolist() == [[0, 1]]
    np.testing.assert_allclose(r.gates, [[0.625, 0.375]])  # 0.5/0.8 and 0.3/0.8


def test_top_k_matches_a_brute_force_sort(mod):
    rng = np.random.default_rng(3)
    logits = rng.normal(size=(50, 8))
    r = mod.route_top_k(logits, k=3)
    for t in range(50):
        assert set(r.experts[t]) == set(np.argsort(logits[t])[-3:])
    np.testing.assert_allclose(r.gates.sum(axis=1), 1.0)
    np.testing.assert_allclose(r.probs.sum(axis=1), 1.0)


def test_loss_is_one_when_balanced_and_near_n_experts_when_collapsed(mod):
    n = 4
    balanced = mod.route_top_k(20.0 * np.eye(n), k=1)  # token i strongly prefers expert i
    assert balanced.aux_loss == pytest.approx(1.0, abs=1e-6)
    collapsed = mod.route_top_k(np.tile([20.0, 0.0, 0.0, 0.0], (n, 1)), k=1)
    assert collapsed.aux_loss == pytest.approx(n, abs=1e-6)


def test_capacity_drops_the_overflow_in_priority_order(mod):
    # Four tokens all prefer expert 0; 2 experts, k=1, factor 1.0 -> capacity ceil(4/2) = 2.
    logits = np.array([[3.0, 0.0], [2.0, 0.0], [4.0, 0.0], [1.0, 0.0]])
    r = mod.route_top_k(logits, k=1, capacity_factor=1.0)
    assert r.kept[:, 0].tolist() == [True, True, False, False]
    r2 = mod.route_top_k(np.array([[3.0, 0.0], [0.0, 3.0], [3.0, 0.0]]), k=2, capacity_factor=1.0)
    # capacity = ceil(1.0 * 3 * 2 / 2) = 3 per expert: 6 slots, 6 places, nothing dropped.
    assert r2.kept.all()
    r3 = mod.route_top_k(np.array([[3.0, 0.0], [3.0, 0.0], [3.0, 0.0]]), k=2, capacity_factor=0.5)
    # capacity = ceil(0.5 * 3 * 2 / 2) = 2: expert 0's first choices from tokens 0 and 1
    # are kept, token 2's first choice is dropped; expert 1 keeps two second choices.
    assert r3.kept.tolist() == [[True, True], [True, True], [False, False]]


def test_all_experts_without_capacity_equals_the_dense_soft_mixture(mod):
    rng = np.random.default_rng(7)
    x = rng.normal(size=(6, 4))
    w_router = rng.normal(size=(4, 3))
    mats = [rng.normal(size=(4, 4)) for _ in range(3)]
    fns = [lambda h, m=m: np.tanh(h @ m) for m in mats]
    out, _ = mod.moe_forward(x, w_router, fns, k=3)
    logits = x @ w_router
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    dense = sum(p[:, [e]] * fns[e](x) for e in range(3))
    np.testing.assert_allclose(out, dense, rtol=1e-12)


def test_sparse_forward_uses_only_the_chosen_experts(mod):
    x = np.array([[1.0, 0.0], [0.0, 1.0]])
    w_router = np.array([[5.0, -5.0], [-5.0, 5.0]])  # token 0 -> expert 0, token 1 -> expert 1
    calls = []

    def make(e):
        def fn(h):
            calls.append((e, len(h)))
            return h * (e + 2)
        return fn

    out, _ = mod.moe_forward(x, w_router, [make(0), make(1)], k=1)
    np.testing.assert_allclose(out, [[2.0, 0.0], [0.0, 3.0]])
    assert sorted(calls) == [(0, 1), (1, 1)]  # each expert ran once, on one token


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="k must be"):
        mod.route_top_k(np.zeros((2, 3)), k=4)
    with pytest.raises(ValueError, match="non-empty"):
        mod.route_top_k(np.zeros((0, 3)))
    with pytest.raises(ValueError, match="capacity_factor"):
        mod.route_top_k(np.zeros((2, 3)), capacity_factor=0)
    with pytest.raises(ValueError, match="one expert function"):
        mod.moe_forward(np.zeros((2, 2)), np.zeros((2, 3)), [np.tanh], k=1)
