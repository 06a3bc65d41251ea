"""Top-k mixture-of-experts routing with expert capacity and a load-balancing loss."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike


@dataclass(frozen=True)
class Routing:
    """Where each token goes. Arrays are (tokens, k): slot j of token t goes to
    `experts[t, j]` with weight `gates[t, j]`, unless `kept[t, j]` is False (dropped
    because that expert was full)."""

    experts: np.ndarray
    gates: np.ndarray
    kept: np.ndarray
    probs: np.ndarray  # (tokens, n_experts) router softmax, for the auxiliary loss
    aux_loss: float


def route_top_k(logits: ArrayLike, k: int = 2, capacity_factor: float | None = None) -> Routing:
    """Route tokens given router logits of shape (tokens, n_experts).

    Gates are the top-k softmax probabilities renormalised to sum to 1 per token.
    With a capacity factor, each expert takes at most ceil(cf * tokens * k / n_experts)
    slots: first choices are served before second choices, each in token order, and
    slots beyond capacity are dropped (the token then skips that expert and keeps only
    its residual path).
    """
    logits = np.asarray(logits, dtype=float)
    if logits.ndim != 2 or logits.shape[0] == 0:
        raise ValueError("logits must be a non-empty 2-D array (tokens, n_experts)")
    n_tokens, n_experts = logits.shape
    if not 1 <= k <= n_experts:
        raise ValueError(f"k must be between 1 and the number of experts ({n_experts})")
    if capacity_factor is not None and capacity_factor <= 0:
        raise ValueError("capacity_factor must be positive")

    probs = _softmax(logits)
    # Stable sort on -p: ties go to the lower expert index, so results are deterministic.
    experts = np.argsort(-probs, axis=1, kind="stable")[:, :k]
    top = np.take_along_axis(probs, experts, axis=1)
    gates = top / top.sum(axis=1, keepdims=True)
    kept = _apply_capacity(experts, n_experts, capacity_factor)
    return Routing(experts, gates, kept, probs, load_balancing_loss(probs, experts))


def load_balancing_loss(probs: np.ndarray, experts: np.ndarray) -> float:
    """Switch-Transformer style auxiliary loss: n_experts * sum_i f_i * P_i.

    f_i is the fraction of routed slots that chose expert i (not differentiable) and
    P_i the mean router probability of expert i (differentiable, so the gradient pushes
    probability away from overloaded experts). It equals 1 when routing is uniform and
    approaches n_experts when everything collapses onto one expert.
    """
    n_experts = probs.shape[1]
    f = np.bincount(experts.ravel(), minlength=n_experts) / experts.size
    p = probs.mean(axis=0)
    return float(n_experts * np.dot(f, p))


def moe_forward(
    x: ArrayLike,
    w_router: ArrayLike,
    expert_fns: Sequence[Callable[[np.ndarray], np.ndarray]],
    k: int = 2,
    capacity_factor: float | None = None,
) -> tuple[np.ndarray, float]:
    """Apply a sparse MoE layer to tokens x (tokens, d); return (output, aux_loss).

    Each expert runs once on the batch of tokens routed to it, which is how real
    implementations group work (one matrix multiply per expert, not per token).
    """
    x = np.asarray(x, dtype=float)
    routing = route_top_k(x @ np.asarray(w_router, dtype=float), k, capacity_factor)
    if len(expert_fns) != routing.probs.shape[1]:
        raise ValueError("need one expert function per router output")
    out = np.zeros_like(x)
    for e, fn in enumerate(expert_fns):
        tokens, slots = np.nonzero((routing.experts == e) & routing.kept)
        if len(tokens):
            out[tokens] += routing.gates[tokens, slots, None] * fn(x[tokens])
    return out, routing.aux_loss


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)  # subtract the row max so exp cannot overflow
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _apply_capacity(experts: np.ndarray, n_experts: int, capacity_factor: float | None) -> np.ndarray:
    kept = np.ones(experts.shape, dtype=bool)
    if capacity_factor is None:
        return kept
    n_tokens, k = experts.shape
    capacity = math.ceil(capacity_factor * n_tokens * k / n_experts)
    used = np.zeros(n_experts, dtype=int)
    for j in range(k):  # every token's first choice is served before any second choice
        for t in range(n_tokens):  # then token order, as in GShard and Switch Transformer
            e = experts[t, j]
            if used[e] < capacity:
                used[e] += 1
            else:
                kept[t, j] = False
    return kept
