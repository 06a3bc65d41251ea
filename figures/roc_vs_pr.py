"""One classifier on data with 1% positives: a strong-looking ROC curve, a modest PR curve."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score, roc_curve

from figures.style import BLUE, GREY, INK, VERMILLION, WIDE, save, styled

N_NEG, N_POS = 19_800, 200
TARGET_RECALL = 0.8


def simulate() -> tuple[np.ndarray, np.ndarray]:
    """Scores: negatives ~ N(0, 1), positives ~ N(2, 1), which gives ROC AUC around 0.92."""
    rng = np.random.default_rng(42)
    scores = np.concatenate([rng.normal(0.0, 1.0, N_NEG), rng.normal(2.0, 1.0, N_POS)])
    labels = np.concatenate([np.zeros(N_NEG, dtype=int), np.ones(N_POS, dtype=int)])
    return labels, scores


@styled
def draw(path: Path) -> None:
    labels, scores = simulate()
    auc = roc_auc_score(labels, scores)
    ap = average_precision_score(labels, scores)
    prevalence = labels.mean()
    fpr, tpr, _ = roc_curve(labels, scores)
    precision, recall, _ = precision_recall_curve(labels, scores)
    # Keep only the points where recall steps up: the same points average precision sums over,
    # and ~200 instead of ~20,000, which keeps the SVG small.
    keep = np.r_[True, np.diff(recall) != 0]
    precision, recall = precision[keep], recall[keep]

    # One threshold, shown on both curves: the lowest score that reaches 80% recall.
    threshold = np.sort(scores[labels == 1])[::-1][int(TARGET_RECALL * N_POS) - 1]
    flagged = scores >= threshold
    tp = int(np.sum(flagged & (labels == 1)))
    fp = int(np.sum(flagged & (labels == 0)))
    op_tpr, op_fpr, op_precision = tp / N_POS, fp / N_NEG, tp / (tp + fp)

    fig = Figure(figsize=(WIDE, 4.3))
    roc, pr = fig.subplots(1, 2)

    roc.plot(fpr, tpr, color=BLUE, label=f"classifier (AUC = {auc:.2f})")
    roc.plot([0, 1], [0, 1], "--", color=GREY, linewidth=1.3, label="chance (AUC = 0.50)")
    roc.plot(op_fpr, op_tpr, "o", color=VERMILLION, markersize=8, zorder=3)
    roc.annotate(f"FPR {op_fpr:.2f}, TPR {op_tpr:.2f}", (op_fpr, op_tpr), xytext=(0.25, 0.6),
                 arrowprops={"arrowstyle": "->", "color": INK, "relpos": (0.0, 1.0)}, color=INK)
    roc.set_title("ROC curve: looks strong")
    roc.set_xlabel("false positive rate")
    roc.set_ylabel("true positive rate (recall)")

    pr.plot(recall, precision, color=BLUE, drawstyle="steps-post", label=f"classifier (AP = {ap:.2f})")
    pr.axhline(prevalence, linestyle="--", color=GREY, linewidth=1.3,
               label=f"chance (precision = {prevalence:.2f})")
    pr.plot(op_tpr, op_precision, "o", color=VERMILLION, markersize=8, zorder=3)
    pr.annotate(f"recall {op_tpr:.2f}, precision {op_precision:.2f}\n"
                f"{fp:,} false alarms for {tp} hits", (op_tpr, op_precision), xytext=(0.3, 0.6),
                arrowprops={"arrowstyle": "->", "color": INK, "relpos": (0.5, 0.0)}, color=INK)
    pr.set_title("Precision-recall: modest")
    pr.set_xlabel("recall")
    pr.set_ylabel("precision")

    for ax in (roc, pr):
        ax.set_xlim(-0.01, 1.01)
        ax.set_ylim(-0.01, 1.01)
        ax.set_aspect("equal")
        ax.legend(loc="lower right" if ax is roc else "upper right")
    save(fig, path)
