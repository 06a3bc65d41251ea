"""Confusion matrix from true and predicted labels."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def confusion_matrix(y_true: ArrayLike, y_pred: ArrayLike, labels: ArrayLike | None = None) -> np.ndarray:
    """Square count matrix: row = true label, column = predicted label.

    `labels` fixes the order (default: sorted union of both arrays). Pairs that
    involve a label outside `labels` are not counted. One pass, O(n + k^2).
    """
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape or y_true.ndim != 1 or y_true.size == 0:
        raise ValueError("y_true and y_pred must be non-empty 1-D arrays of equal length")
    labels = np.union1d(y_true, y_pred) if labels is None else np.asarray(labels)
    if labels.size == 0 or len(set(labels.tolist())) != labels.size:
        raise ValueError("labels must be non-empty and unique")

    index = _label_index(labels)
    matrix = np.zeros((labels.size, labels.size), dtype=np.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist(), strict=True):
        if t in index and p in index:
            matrix[index[t], index[p]] += 1
    return matrix


def _label_index(labels: np.ndarray) -> dict:
    """Map each label to its row/column; a dict lookup is O(1) per sample."""
    return {label: i for i, label in enumerate(labels.tolist())}
