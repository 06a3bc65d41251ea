"""Ordinary least-squares linear regression: normal equation or gradient descent."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def fit_linear_regression(
    X: ArrayLike, y: ArrayLike, method: str = "normal", lr: float = 0.1, n_iter: int = 5000
) -> tuple[np.ndarray, float]:
    """Fit y ~ X @ w + b by minimising mean squared error; return (w, b).

    method="normal" solves the least-squares problem directly; method="gd" runs
    batch gradient descent (features should be standardised first).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError("X must be a non-empty 2-D array")
    if y.shape != (len(X),):
        raise ValueError("y must be 1-D with one value per row of X")
    if method == "normal":
        return _fit_normal_equation(X, y)
    if method == "gd":
        return _fit_gradient_descent(X, y, lr, n_iter)
    raise ValueError(f"unknown method {method!r}")


def predict(X: ArrayLike, w: np.ndarray, b: float) -> np.ndarray:
    return np.asarray(X, dtype=float) @ w + b


def _fit_normal_equation(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    A = np.column_stack([np.ones(len(X)), X])  # a column of ones learns the intercept
    # lstsq (SVD) instead of inv(A.T @ A): stabler, and copes with collinear columns.
    theta, *_ = np.linalg.lstsq(A, y, rcond=None)
    return theta[1:], float(theta[0])


def _fit_gradient_descent(X: np.ndarray, y: np.ndarray, lr: float, n_iter: int) -> tuple[np.ndarray, float]:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(n_iter):
        residual = X @ w + b - y
        # Gradient of (1/n) * sum(residual**2) with respect to w and b.
        w -= lr * (2.0 / n) * (X.T @ residual)
        b -= lr * (2.0 / n) * residual.sum()
    return w, float(b)
