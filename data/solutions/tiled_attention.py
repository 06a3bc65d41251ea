"""Exact attention computed block by block with an online softmax, as FlashAttention does."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def tiled_attention(
    q: ArrayLike, k: ArrayLike, v: ArrayLike, block_size: int = 64, causal: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Return (softmax(q k^T / sqrt(d)) v, row log-sum-exp of the scaled scores).

    q is (n_q, d), k is (n_k, d), v is (n_k, d_v). Scores are only ever formed for one
    block of queries against one block of keys, so the largest intermediate is
    block_size x block_size instead of n_q x n_k. The log-sum-exp is what FlashAttention
    keeps for the backward pass, to recompute the probabilities without storing them.
    With causal=True (n_q == n_k), query i sees keys 0..i.
    """
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    _check(q, k, v, block_size, causal)
    n_q, d = q.shape
    scale = 1.0 / np.sqrt(d)
    out = np.empty((n_q, v.shape[1]))
    lse = np.empty(n_q)
    for qs in range(0, n_q, block_size):
        q_blk = q[qs : qs + block_size] * scale
        rows = np.arange(qs, qs + len(q_blk))
        m = np.full(len(q_blk), -np.inf)  # running maximum score per query row
        l = np.zeros(len(q_blk))  # running sum of exp(score - m)
        acc = np.zeros((len(q_blk), v.shape[1]))  # running sum of exp(score - m) * v
        # Causal: key blocks that start after this query block's last row are all masked.
        k_end = min(len(k), qs + len(q_blk)) if causal else len(k)
        for ks in range(0, k_end, block_size):
            s = q_blk @ k[ks : ks + block_size].T
            if causal:
                cols = np.arange(ks, ks + s.shape[1])
                s = np.where(cols[None, :] <= rows[:, None], s, -np.inf)
            m, l, acc = _online_update(m, l, acc, s, v[ks : ks + block_size])
        out[qs : qs + len(q_blk)] = acc / l[:, None]
        lse[qs : qs + len(q_blk)] = m + np.log(l)
    return out, lse


def attention_reference(q: ArrayLike, k: ArrayLike, v: ArrayLike, causal: bool = False) -> np.ndarray:
    """The textbook version: materialise the full score matrix, softmax, multiply."""
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    s = q @ k.T / np.sqrt(q.shape[1])
    if causal:
        s = np.where(np.tril(np.ones(s.shape, dtype=bool)), s, -np.inf)
    p = np.exp(s - s.max(axis=1, keepdims=True))
    return (p / p.sum(axis=1, keepdims=True)) @ v


def _online_update(
    m: np.ndarray, l: np.ndarray, acc: np.ndarray, s: np.ndarray, v_blk: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fold one block of scores into the running max, sum and output.

    When the maximum rises from m to m_new, everything accumulated so far was scaled by
    exp(-m) and must be rescaled by exp(m - m_new); that one correction is what lets the
    softmax be computed in a single pass over the keys.
    """
    m_new = np.maximum(m, s.max(axis=1))
    correction = np.exp(m - m_new)  # exp(-inf) = 0 on the first block
    p = np.exp(s - m_new[:, None])  # masked scores (-inf) contribute exactly 0
    return m_new, l * correction + p.sum(axis=1), acc * correction[:, None] + p @ v_blk


def _check(q: np.ndarray, k: np.ndarray, v: np.ndarray, block_size: int, causal: bool) -> None:
    if q.ndim != 2 or k.ndim != 2 or v.ndim != 2 or 0 in (len(q), len(k)):
        raise ValueError("q, k and v must be non-empty 2-D arrays")
    if q.shape[1] != k.shape[1] or len(k) != len(v):
        raise ValueError("q and k need the same width, and k and v the same length")
    if block_size < 1:
        raise ValueError("block_size must be positive")
    if causal and len(q) != len(k):
        raise ValueError("causal attention here needs as many queries as keys")
