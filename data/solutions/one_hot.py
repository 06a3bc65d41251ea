"""One-hot encoding fitted on training data, with a policy for unseen categories."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


class OneHotEncoder:
    """Learn the categories of each column in fit; map rows to 0/1 indicator blocks.

    handle_unknown="ignore" encodes a category never seen in fit as an all-zero
    block (a safe default at serving time); "error" raises instead.
    """

    def __init__(self, handle_unknown: str = "ignore") -> None:
        if handle_unknown not in ("ignore", "error"):
            raise ValueError("handle_unknown must be 'ignore' or 'error'")
        self.handle_unknown = handle_unknown

    def fit(self, X: ArrayLike) -> OneHotEncoder:
        columns = _as_columns(X)
        self.categories_ = [sorted(set(col)) for col in columns]  # fixed, reproducible order
        self._index = [{c: i for i, c in enumerate(cats)} for cats in self.categories_]
        return self

    def transform(self, X: ArrayLike) -> np.ndarray:
        if not hasattr(self, "_index"):
            raise ValueError("call fit before transform")
        columns = _as_columns(X)
        if len(columns) != len(self._index):
            raise ValueError(f"expected {len(self._index)} columns, got {len(columns)}")
        blocks = [self._encode_column(col, index) for col, index in zip(columns, self._index, strict=True)]
        return np.hstack(blocks)

    def fit_transform(self, X: ArrayLike) -> np.ndarray:
        return self.fit(X).transform(X)

    def _encode_column(self, col: list, index: dict) -> np.ndarray:
        block = np.zeros((len(col), len(index)))
        for row, value in enumerate(col):
            j = index.get(value)
            if j is not None:
                block[row, j] = 1.0
            elif self.handle_unknown == "error":
                raise ValueError(f"unknown category {value!r}")
        return block


def _as_columns(X: ArrayLike) -> list[list]:
    """Accept a 1-D list (one feature) or a 2-D table; return a list of columns."""
    arr = np.asarray(X, dtype=object)
    if arr.ndim == 1:
        arr = arr[:, None]
    if arr.ndim != 2 or arr.size == 0:
        raise ValueError("X must be a non-empty 1-D or 2-D array")
    return [arr[:, j].tolist() for j in range(arr.shape[1])]
