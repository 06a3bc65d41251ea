"""Mean squared error, with optional per-sample weights."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def mean_squared_error(y_true: ArrayLike, y_pred: ArrayLike, sample_weight: ArrayLike | None = None) -> float:
    """Return the (weighted) mean of (y_true - y_pred) ** 2 over all samples.

    Shapes must match exactly: a (n,) target against (n, 1) predictions would
    otherwise broadcast to an (n, n) matrix and give a silently wrong number.
    """
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"shape mismatch: {y_true.shape} vs {y_pred.shape}")
    if y_true.size == 0:
        raise ValueError("mean squared error of an empty input is undefined")

    squared = (y_true - y_pred) ** 2
    if squared.ndim > 1:  # several outputs: average them per sample first
        squared = squared.reshape(len(squared), -1).mean(axis=1)
    if sample_weight is None:
        return float(squared.mean())
    return _weighted_mean(squared, np.asarray(sample_weight, dtype=float))


def root_mean_squared_error(y_true: ArrayLike, y_pred: ArrayLike) -> float:
    """RMSE is in the units of the target, which makes it easier to report."""
    return float(np.sqrt(mean_squared_error(y_true, y_pred)))


def _weighted_mean(values: np.ndarray, weights: np.ndarray) -> float:
    if weights.shape != values.shape:
        raise ValueError("sample_weight needs one weight per sample")
    if (weights < 0).any() or weights.sum() == 0:
        raise ValueError("weights must be non-negative and not all zero")
    return float((weights * values).sum() / weights.sum())
