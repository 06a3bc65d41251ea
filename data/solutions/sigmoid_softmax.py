"""Numerically stable sigmoid, softmax and log-softmax."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def sigmoid(z: ArrayLike) -> np.ndarray:
    """Elementwise 1 / (1 + exp(-z)) that never overflows.

    For z >= 0 use 1 / (1 + e^{-z}); for z < 0 use the equal form e^{z} / (1 + e^{z}).
    Either way exp is taken of -|z| <= 0, so it lies in (0, 1].
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softmax(z: ArrayLike, axis: int = -1) -> np.ndarray:
    """exp(z) / sum(exp(z)) along `axis`, shifted by the max so exp cannot overflow."""
    z = _check_non_empty(z)
    shifted = z - z.max(axis=axis, keepdims=True)  # softmax(z) == softmax(z - c)
    e = np.exp(shifted)  # the largest term is exp(0) = 1, so the sum is >= 1
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(z: ArrayLike, axis: int = -1) -> np.ndarray:
    """log(softmax(z)) computed as z - logsumexp(z): no log(0) for tiny probabilities."""
    z = _check_non_empty(z)
    m = z.max(axis=axis, keepdims=True)
    return z - m - np.log(np.exp(z - m).sum(axis=axis, keepdims=True))


def _check_non_empty(z: ArrayLike) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    if z.size == 0:
        raise ValueError("softmax of an empty array is undefined")
    return z
