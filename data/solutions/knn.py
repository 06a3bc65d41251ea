"""k-nearest neighbours classification, written from scratch with NumPy."""

from __future__ import annotations

from collections import Counter

import numpy as np
from numpy.typing import ArrayLike


def knn_predict(X_train: ArrayLike, y_train: ArrayLike, X_query: ArrayLike, k: int = 3) -> np.ndarray:
    """Predict a label for each query row by majority vote of its k nearest training rows.

    Distance is Euclidean. A tied vote goes to the tied label whose nearest member is
    closest to the query, so the result never depends on label order.
    """
    X_train = np.asarray(X_train, dtype=float)
    X_query = np.atleast_2d(np.asarray(X_query, dtype=float))
    y_train = np.asarray(y_train)
    if X_train.ndim != 2 or len(X_train) == 0:
        raise ValueError("X_train must be a non-empty 2-D array")
    if len(y_train) != len(X_train):
        raise ValueError("X_train and y_train must have the same number of rows")
    if not 1 <= k <= len(X_train):
        raise ValueError(f"k must be between 1 and {len(X_train)}, got {k}")
    if X_query.shape[1] != X_train.shape[1]:
        raise ValueError("X_query must have as many columns as X_train")

    dists = _squared_distances(X_query, X_train)
    # A stable sort keeps equal distances in training order: deterministic output.
    nearest = np.argsort(dists, axis=1, kind="stable")[:, :k]
    return np.array([_vote(y_train[idx]) for idx in nearest])


def _squared_distances(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """(m, n) matrix of squared Euclidean distances; no sqrt needed to rank."""
    diff = A[:, None, :] - B[None, :, :]
    return np.einsum("mnd,mnd->mn", diff, diff)


def _vote(labels: np.ndarray):
    """Most common label; labels arrive nearest first, so the first tied label wins."""
    counts = Counter(labels.tolist())
    best = max(counts.values())
    for label in labels.tolist():
        if counts[label] == best:
            return label
