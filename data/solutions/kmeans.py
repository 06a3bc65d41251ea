"""k-means clustering (Lloyd's algorithm), written from scratch with NumPy."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def kmeans(
    X: ArrayLike,
    k: int,
    init: ArrayLike | None = None,
    max_iter: int = 300,
    tol: float = 1e-8,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Cluster the rows of X into k groups; return (centroids, labels).

    Starts from `init` if given, else from k distinct rows picked with `seed`.
    Stops when no centroid moves by more than `tol` or after `max_iter` rounds.
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError("X must be a non-empty 2-D array")
    if not 1 <= k <= len(X):
        raise ValueError(f"k must be between 1 and {len(X)}, got {k}")
    if init is None:
        rng = np.random.default_rng(seed)
        centroids = X[rng.choice(len(X), size=k, replace=False)]
    else:
        centroids = np.array(init, dtype=float)  # copy: never mutate the caller's array
        if centroids.shape != (k, X.shape[1]):
            raise ValueError("init must have shape (k, n_features)")

    for _ in range(max_iter):
        labels = _assign(X, centroids)
        new_centroids = _update(X, labels, centroids)
        shift = np.abs(new_centroids - centroids).max()
        centroids = new_centroids
        if shift <= tol:
            break
    return centroids, _assign(X, centroids)


def _assign(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Index of the nearest centroid for every row (squared Euclidean)."""
    dists = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return dists.argmin(axis=1)


def _update(X: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Mean of each cluster; an empty cluster keeps its old centroid instead of becoming NaN."""
    new = centroids.copy()
    for j in range(len(centroids)):
        members = X[labels == j]
        if len(members):
            new[j] = members.mean(axis=0)
    return new
