"""Binary and categorical cross-entropy (mean log-loss), computed stably."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def binary_cross_entropy(y_true: ArrayLike, p: ArrayLike, eps: float = 1e-12) -> float:
    """Mean of -[y log p + (1 - y) log(1 - p)] for predicted probabilities p.

    p is clipped to [eps, 1 - eps] so a confident wrong prediction costs a large
    finite amount instead of log(0) = -inf.
    """
    y, p = _check_pair(y_true, p)
    p = np.clip(p, eps, 1.0 - eps)
    return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)))


def binary_cross_entropy_with_logits(y_true: ArrayLike, logits: ArrayLike) -> float:
    """Same loss from raw scores z: max(z, 0) - z*y + log(1 + exp(-|z|)), no clipping needed."""
    y, z = _check_pair(y_true, logits)
    return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def categorical_cross_entropy(y_true: ArrayLike, logits: ArrayLike) -> float:
    """Mean of -log softmax(logits)[true class]; y_true holds integer class indices."""
    y = np.asarray(y_true)
    z = np.asarray(logits, dtype=float)
    if z.ndim != 2 or len(z) == 0 or y.shape != (len(z),):
        raise ValueError("need logits of shape (n, k) with n >= 1 and n integer labels")
    if not np.issubdtype(y.dtype, np.integer) or y.min() < 0 or y.max() >= z.shape[1]:
        raise ValueError("labels must be integers in [0, k)")
    # log-sum-exp with the row max pulled out: exp never sees a positive number.
    m = z.max(axis=1, keepdims=True)
    log_probs = z - m - np.log(np.exp(z - m).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(y)), y].mean())


def _check_pair(y_true: ArrayLike, values: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y_true, dtype=float)
    v = np.asarray(values, dtype=float)
    if y.shape != v.shape or y.size == 0:
        raise ValueError("inputs must be non-empty and of the same shape")
    return y, v
