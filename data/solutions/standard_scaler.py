"""Feature standardisation whose statistics come from the training set only."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


class StandardScaler:
    """z = (x - mean) / std per column, with mean and std learned in fit.

    Fit on the training split only and reuse the same numbers for validation, test
    and serving data; fitting on all the data leaks test statistics into training.
    """

    def fit(self, X: ArrayLike) -> StandardScaler:
        X = _as_2d(X)
        self.mean_ = X.mean(axis=0)
        # Population std (ddof=0). A constant column would divide by zero, or by rounding
        # noise (three 0.1s give std 1.4e-17): use 1, which leaves it centred at 0.
        self.scale_ = _safe_scale(X)
        return self

    def transform(self, X: ArrayLike) -> np.ndarray:
        if not hasattr(self, "mean_"):
            raise ValueError("call fit before transform")
        X = _as_2d(X)
        if X.shape[1] != self.mean_.shape[0]:
            raise ValueError(f"expected {self.mean_.shape[0]} columns, got {X.shape[1]}")
        return (X - self.mean_) / self.scale_

    def fit_transform(self, X: ArrayLike) -> np.ndarray:
        return self.fit(X).transform(X)

    def inverse_transform(self, Z: ArrayLike) -> np.ndarray:
        return _as_2d(Z) * self.scale_ + self.mean_


def _as_2d(X: ArrayLike) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError("X must be a non-empty 2-D array")
    return X


def _safe_scale(X: np.ndarray) -> np.ndarray:
    # Constant means every value equal (peak-to-peak 0), not "std > 0": the mean of equal
    # floats can differ from them in the last bit, leaving a tiny nonzero std.
    return np.where(np.ptp(X, axis=0) == 0, 1.0, X.std(axis=0))
