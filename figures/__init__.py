"""The figures of the guide: one module per figure, each with `draw(path)`.

`FIGURES` maps the file name that questions reference to the function drawing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from figures import (
    bias_variance,
    confusion_matrix,
    decision_tree_split,
    kmeans_iterations,
    noise_schedule,
    roc_vs_pr,
    speculative_decoding,
    svm_margin_kernel,
    under_overfitting,
)

FIGURES: dict[str, Callable[[Path], None]] = {
    "under-overfitting.svg": under_overfitting.draw,
    "bias-variance.svg": bias_variance.draw,
    "decision-tree-split.svg": decision_tree_split.draw,
    "kmeans-iterations.svg": kmeans_iterations.draw,
    "svm-margin-kernel.svg": svm_margin_kernel.draw,
    "roc-vs-pr.svg": roc_vs_pr.draw,
    "confusion-matrix.svg": confusion_matrix.draw,
    "speculative-decoding.svg": speculative_decoding.draw,
    "noise-schedule.svg": noise_schedule.draw,
}
