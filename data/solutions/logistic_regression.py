"""Binary logistic regression trained by batch gradient descent, with optional L2."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def fit_logistic_regression(
    X: ArrayLike, y: ArrayLike, lr: float = 0.5, n_iter: int = 3000, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """Minimise mean log-loss + (l2 / 2) * ||w||^2 and return (w, b).

    y holds 0/1 labels. The intercept b is not penalised.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError("X must be a non-empty 2-D array")
    if y.shape != (len(X),) or not np.isin(y, (0.0, 1.0)).all():
        raise ValueError("y must be 1-D 0/1 labels, one per row of X")
    if len(np.unique(y)) < 2:
        raise ValueError("y contains a single class; the weights would diverge")

    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(n_iter):
        error = _sigmoid(X @ w + b) - y  # gradient of log-loss w.r.t. the logit
        w -= lr * (X.T @ error / n + l2 * w)
        b -= lr * error.mean()
    return w, float(b)


def predict_proba(X: ArrayLike, w: np.ndarray, b: float) -> np.ndarray:
    """Probability of class 1 for each row."""
    return _sigmoid(np.asarray(X, dtype=float) @ w + b)


def predict(X: ArrayLike, w: np.ndarray, b: float, threshold: float = 0.5) -> np.ndarray:
    return (predict_proba(X, w, b) >= threshold).astype(int)


def log_loss(X: ArrayLike, y: ArrayLike, w: np.ndarray, b: float, l2: float = 0.0) -> float:
    """The training objective, computed from the logits z: -log sigmoid(z) = softplus(-z).

    Going through probabilities fails for confident mistakes even with a stable sigmoid:
    sigmoid(-1000) underflows to 0 and log(0) is -inf. logaddexp(0, -z) = log(1 + e^-z)
    stays exact, so a logit of -1000 on a positive costs 1000, not infinity.
    """
    z = np.asarray(X, dtype=float) @ w + b
    y = np.asarray(y, dtype=float)
    # y * softplus(-z) + (1 - y) * softplus(z), and softplus(z) = softplus(-z) + z.
    per_row = np.logaddexp(0.0, -z) + (1.0 - y) * z
    return float(per_row.mean() + 0.5 * l2 * np.dot(w, w))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """Stable sigmoid: exp is only ever taken of a non-positive number."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
