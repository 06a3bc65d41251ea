"""Best decision-tree split on one numeric feature by Gini impurity."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def best_gini_split(x: ArrayLike, y: ArrayLike) -> tuple[float, float] | None:
    """Return (threshold, weighted_child_gini) for the best rule `x <= threshold`.

    Thresholds are midpoints between consecutive distinct values of x. Returns None
    when x is constant (no split exists). One sort plus one pass: O(n log n + n k)
    for k classes.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y)
    if x.ndim != 1 or x.size == 0 or y.shape != x.shape:
        raise ValueError("x and y must be non-empty 1-D arrays of the same length")

    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    _, class_of = np.unique(ys, return_inverse=True)
    one_hot = np.eye(class_of.max() + 1)[class_of]  # (n, k)
    left = np.cumsum(one_hot, axis=0)[:-1]  # class counts left of each cut
    right = one_hot.sum(axis=0) - left
    n = len(xs)
    n_left = np.arange(1, n)
    n_right = n - n_left
    weighted = (n_left * _gini(left, n_left) + n_right * _gini(right, n_right)) / n

    # A cut is only real between two different values; ties must stay together.
    weighted = np.where(xs[1:] > xs[:-1], weighted, np.inf)
    if np.isinf(weighted).all():  # constant feature (or a single row)
        return None
    best = int(np.argmin(weighted))  # first minimum: the smallest threshold wins ties
    return float((xs[best] + xs[best + 1]) / 2), float(weighted[best])


def _gini(counts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Gini impurity 1 - sum_c p_c^2 for each row of class counts."""
    p = counts / sizes[:, None]
    return 1.0 - (p**2).sum(axis=1)
