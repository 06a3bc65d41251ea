"""Cosine similarity for two vectors and for all pairs of rows of two matrices."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def cosine_similarity(a: ArrayLike, b: ArrayLike) -> float:
    """a . b / (|a| |b|), in [-1, 1].

    Defined as 0.0 when either vector is all zeros (no direction, so no similarity),
    rather than returning NaN from 0 / 0.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or a.shape != b.shape or a.size == 0:
        raise ValueError("a and b must be non-empty 1-D vectors of the same length")
    return float(pairwise_cosine(a[None, :], b[None, :])[0, 0])


def pairwise_cosine(A: ArrayLike, B: ArrayLike) -> np.ndarray:
    """(m, n) matrix of cosine similarities between rows of A (m, d) and B (n, d)."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[1] or A.shape[1] == 0:
        raise ValueError("A and B must be 2-D with the same, non-zero number of columns")
    # Normalise once, then one matrix product: O((m + n) d) + O(m n d).
    sims = _unit_rows(A) @ _unit_rows(B).T
    return np.clip(sims, -1.0, 1.0)  # round-off can land just outside [-1, 1]


def _unit_rows(M: np.ndarray) -> np.ndarray:
    """Scale each row to length 1; all-zero rows stay zero (their similarity is 0)."""
    norms = np.linalg.norm(M, axis=1, keepdims=True)
    return np.divide(M, norms, out=np.zeros_like(M), where=norms > 0)
