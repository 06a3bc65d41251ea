"""Expectation-maximisation for a one-dimensional Gaussian mixture, written with NumPy."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def log_densities(x: np.ndarray, weights: np.ndarray, means: np.ndarray,
                  variances: np.ndarray) -> np.ndarray:
    """log(w_k * N(x_i | mu_k, var_k)) for every point i and component k: shape (n, k)."""
    diff = x[:, None] - means[None, :]
    return (np.log(weights)[None, :]
            - 0.5 * np.log(2.0 * np.pi * variances)[None, :]
            - 0.5 * diff**2 / variances[None, :])


def e_step(x: np.ndarray, weights: np.ndarray, means: np.ndarray,
           variances: np.ndarray) -> tuple[np.ndarray, float]:
    """Responsibilities (n, k) and the mean log-likelihood, both through log-sum-exp so that
    points far from every component do not underflow to 0/0."""
    log_p = log_densities(x, weights, means, variances)
    top = log_p.max(axis=1, keepdims=True)
    log_total = top + np.log(np.exp(log_p - top).sum(axis=1, keepdims=True))
    return np.exp(log_p - log_total), float(log_total.mean())


def m_step(x: np.ndarray, resp: np.ndarray,
           min_var: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weighted maximum-likelihood estimates; the variance floor stops a component collapsing
    onto a single point, where the likelihood would grow without bound."""
    totals = resp.sum(axis=0) + 1e-12  # an empty component must not divide by 0
    weights = totals / len(x)
    means = resp.T @ x / totals
    variances = (resp * (x[:, None] - means[None, :]) ** 2).sum(axis=0) / totals
    return weights, means, np.maximum(variances, min_var)


def fit_gmm_1d(
    x: ArrayLike,
    means: ArrayLike,
    variances: ArrayLike | None = None,
    weights: ArrayLike | None = None,
    max_iter: int = 500,
    tol: float = 1e-10,
    min_var: float = 1e-6,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[float]]:
    """Fit a k-component Gaussian mixture to the 1-D sample x by EM.

    Starts from the given means (k of them), with the sample variance and equal weights
    unless told otherwise. Stops when the mean log-likelihood improves by less than `tol`.
    Returns (weights, means, variances, history of the mean log-likelihood).
    """
    x = np.asarray(x, dtype=float).ravel()
    mu = np.array(means, dtype=float).ravel()  # copies: the caller's arrays stay untouched
    k = len(mu)
    if len(x) < 2 or k == 0 or k > len(x):
        raise ValueError("need at least two points and between 1 and len(x) components")
    var = (np.full(k, max(x.var(), min_var)) if variances is None
           else np.array(variances, dtype=float).ravel())
    w = np.full(k, 1.0 / k) if weights is None else np.array(weights, dtype=float).ravel()
    if var.shape != (k,) or w.shape != (k,):
        raise ValueError("means, variances and weights must have the same length")
    if np.any(var <= 0) or np.any(w <= 0) or not np.isclose(w.sum(), 1.0):
        raise ValueError("variances must be positive and weights positive, summing to 1")

    history: list[float] = []
    for _ in range(max_iter):
        resp, log_lik = e_step(x, w, mu, var)
        history.append(log_lik)
        if len(history) > 1 and history[-1] - history[-2] < tol:
            break
        w, mu, var = m_step(x, resp, min_var)
    return w, mu, var, history
