"""Shuffle-and-split a dataset into train and test parts, optionally stratified."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike


def train_test_split(
    X: ArrayLike, y: ArrayLike, test_size: float = 0.25, seed: int = 0, stratify: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return X_train, X_test, y_train, y_test.

    The test set has ceil(test_size * n) rows. With stratify=True every class keeps
    (up to rounding) its share in both parts. The same seed gives the same split.
    """
    X, y = np.asarray(X), np.asarray(y)
    n = len(y)
    if len(X) != n:
        raise ValueError("X and y must have the same number of rows")
    if n < 2:
        raise ValueError("need at least two samples to split")
    if not 0.0 < test_size < 1.0:
        raise ValueError("test_size must be a fraction strictly between 0 and 1")

    n_test = math.ceil(test_size * n)  # round up: the test set is never empty
    if n_test >= n:
        raise ValueError(f"test_size={test_size} leaves no training rows out of {n}")
    rng = np.random.default_rng(seed)
    test_idx = _stratified_test_indices(y, n_test, rng) if stratify else rng.permutation(n)[:n_test]
    is_test = np.zeros(n, dtype=bool)
    is_test[test_idx] = True
    # Shuffle within each part so stratified picks are not grouped by class.
    train_idx = rng.permutation(np.flatnonzero(~is_test))
    test_idx = rng.permutation(np.flatnonzero(is_test))
    return X[train_idx], X[test_idx], y[train_idx], y[test_idx]


def _stratified_test_indices(y: np.ndarray, n_test: int, rng: np.random.Generator) -> np.ndarray:
    _, class_of, counts = np.unique(y, return_inverse=True, return_counts=True)
    if counts.min() < 2:
        raise ValueError("every class needs at least two samples to stratify")
    exact = counts * n_test / len(y)
    per_class = np.floor(exact).astype(int)
    # Largest-remainder rounding: the per-class counts add up to exactly n_test.
    leftover = n_test - per_class.sum()
    per_class[np.argsort(-(exact - per_class), kind="stable")[:leftover]] += 1
    picks = [rng.permutation(np.flatnonzero(class_of == c))[:m] for c, m in enumerate(per_class)]
    return np.concatenate(picks)
