"""Precision, recall and F1 from label arrays, with explicit zero-division handling."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def precision_recall_f1(
    y_true: ArrayLike, y_pred: ArrayLike, pos_label=1, zero_division: float = 0.0
) -> tuple[float, float, float]:
    """Binary precision, recall and F1 for the class `pos_label`.

    A ratio whose denominator is zero (nothing predicted positive, or no actual
    positives) returns `zero_division` instead of raising or giving NaN.
    """
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape or y_true.ndim != 1 or y_true.size == 0:
        raise ValueError("y_true and y_pred must be non-empty 1-D arrays of equal length")
    actual = y_true == pos_label
    predicted = y_pred == pos_label
    tp = int(np.sum(actual & predicted))
    fp = int(np.sum(~actual & predicted))
    fn = int(np.sum(actual & ~predicted))

    precision = _safe_div(tp, tp + fp, zero_division)
    recall = _safe_div(tp, tp + fn, zero_division)
    # F1 from counts, 2TP / (2TP + FP + FN): the harmonic mean without a 0/0 when P = R = 0.
    f1 = _safe_div(2 * tp, 2 * tp + fp + fn, zero_division)
    return precision, recall, f1


def macro_f1(y_true: ArrayLike, y_pred: ArrayLike, zero_division: float = 0.0) -> float:
    """Unweighted mean of one-vs-rest F1 over every label seen in y_true or y_pred."""
    labels = np.union1d(np.asarray(y_true), np.asarray(y_pred))
    scores = [precision_recall_f1(y_true, y_pred, label, zero_division)[2] for label in labels]
    return float(np.mean(scores))


def _safe_div(num: int, den: int, default: float) -> float:
    return float(num / den) if den > 0 else float(default)
