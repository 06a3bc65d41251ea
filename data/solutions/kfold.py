"""Index splits for k-fold cross-validation."""

from __future__ import annotations

import numpy as np


def kfold_indices(
    n_samples: int, n_splits: int = 5, shuffle: bool = False, seed: int | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return n_splits (train_idx, test_idx) pairs; each sample is tested exactly once.

    Fold sizes differ by at most one: the first n_samples % n_splits folds get
    one extra sample. Without shuffling the folds are contiguous blocks.
    """
    if n_splits < 2:
        raise ValueError("n_splits must be at least 2")
    if n_samples < n_splits:
        raise ValueError(f"cannot make {n_splits} folds from {n_samples} samples")
    order = np.random.default_rng(seed).permutation(n_samples) if shuffle else np.arange(n_samples)

    splits = []
    for start, stop in _fold_bounds(n_samples, n_splits):
        test_idx = order[start:stop]
        train_idx = np.concatenate([order[:start], order[stop:]])
        splits.append((np.sort(train_idx), np.sort(test_idx)))
    return splits


def _fold_bounds(n_samples: int, n_splits: int) -> list[tuple[int, int]]:
    """(start, stop) of each fold in `order`, covering 0 .. n_samples exactly."""
    base, extra = divmod(n_samples, n_splits)
    sizes = [base + 1 if i < extra else base for i in range(n_splits)]
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    return [(int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
