"""ROC AUC from scores via ranks (the Mann-Whitney U statistic), ties counted as one half."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def roc_auc(y_true: ArrayLike, scores: ArrayLike) -> float:
    """Probability that a random positive scores above a random negative.

    y_true holds 0/1 (or False/True). Tied scores get their average rank, which
    counts every tied positive-negative pair as one half. O(n log n) time.
    """
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    if y.ndim != 1 or y.shape != s.shape or y.size == 0:
        raise ValueError("y_true and scores must be non-empty 1-D arrays of equal length")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("y_true must contain only 0/1 labels")
    if np.isnan(s).any():
        raise ValueError("scores contain NaN")
    pos = y == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC AUC is undefined when only one class is present")

    ranks = _average_ranks(s)
    # Rank sum of positives minus its minimum possible value = number of
    # (positive, negative) pairs ordered correctly, ties counting 1/2.
    u = ranks[pos].sum() - n_pos * (n_pos + 1) / 2
    return float(u / (n_pos * n_neg))


def _average_ranks(s: np.ndarray) -> np.ndarray:
    """1-based ranks; a run of equal values shares the mean of its ranks."""
    order = np.argsort(s, kind="stable")
    _, first, counts = np.unique(s[order], return_index=True, return_counts=True)
    mean_rank = first + (counts + 1) / 2.0  # a run covering ranks f+1 .. f+c
    ranks = np.empty(len(s))
    ranks[order] = np.repeat(mean_rank, counts)
    return ranks
