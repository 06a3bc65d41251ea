"""Mini-batch iteration over a dataset, with shuffling and a partial last batch."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from numpy.typing import ArrayLike


def iterate_minibatches(
    X: ArrayLike,
    y: ArrayLike,
    batch_size: int,
    shuffle: bool = True,
    seed: int | None = None,
    drop_last: bool = False,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (X_batch, y_batch) pairs covering each row once per call.

    The last batch is smaller when batch_size does not divide n, unless drop_last.
    Validation happens here, eagerly; the lazy part lives in the helper generator,
    so bad arguments fail at the call, not at the first next().
    """
    X, y = np.asarray(X), np.asarray(y)
    if len(X) == 0:
        raise ValueError("cannot batch an empty dataset")
    if len(X) != len(y):
        raise ValueError("X and y must have the same number of rows")
    if batch_size < 1:
        raise ValueError("batch_size must be a positive integer")
    order = np.random.default_rng(seed).permutation(len(X)) if shuffle else np.arange(len(X))
    return _batches(X, y, order, batch_size, drop_last)


def _batches(
    X: np.ndarray, y: np.ndarray, order: np.ndarray, batch_size: int, drop_last: bool
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    n = len(order)
    stop = n - n % batch_size if drop_last else n
    for start in range(0, stop, batch_size):
        idx = order[start : start + batch_size]  # slicing past the end just returns fewer rows
        yield X[idx], y[idx]  # the same idx for X and y keeps rows aligned
