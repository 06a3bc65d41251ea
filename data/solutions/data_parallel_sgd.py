"""Synchronous data-parallel SGD for linear regression, simulated in one process."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def data_parallel_sgd(
    X: ArrayLike,
    y: ArrayLike,
    n_workers: int = 4,
    lr: float = 0.05,
    n_epochs: int = 100,
    batch_size: int = 32,
    seed: int = 0,
) -> np.ndarray:
    """Return weights w minimising mean (X @ w - y)^2 (add a ones column for a bias).

    Each mini-batch is sharded across workers (map: local gradient), the gradients
    are averaged weighted by shard size (reduce / all-reduce), and every worker
    applies the same update, so replicas never drift apart.
    """
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or len(X) == 0 or y.shape != (len(X),):
        raise ValueError("X must be non-empty 2-D and y 1-D with one value per row")
    if n_workers < 1 or batch_size < 1:
        raise ValueError("n_workers and batch_size must be positive")
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    for _ in range(n_epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            batch = order[start : start + batch_size]
            shards = [s for s in np.array_split(batch, n_workers) if len(s)]
            grads = [_local_gradient(X[s], y[s], w) for s in shards]  # in parallel
            w = w - lr * _all_reduce_mean(grads, [len(s) for s in shards])
    return w


def _local_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Gradient of the shard's mean squared error; each worker runs this."""
    return 2.0 * X.T @ (X @ w - y) / len(y)


def _all_reduce_mean(grads: list[np.ndarray], sizes: list[int]) -> np.ndarray:
    """Size-weighted average: equals the gradient of the whole mini-batch,
    even when shards are unequal (a plain mean would not be)."""
    return sum(n * g for n, g in zip(sizes, grads, strict=True)) / sum(sizes)
