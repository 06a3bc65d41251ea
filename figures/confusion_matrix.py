"""A labelled 2x2 confusion matrix and the rates read off it (counts from the question text)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from figures.style import GREY, INK, save, styled

TP, FN, FP, TN = 150, 50, 300, 9_500

# Shade by correct / wrong rather than by count: 9,500 would wash the other three cells out.
FILL_RIGHT = "#CDEBDF"
FILL_WRONG = "#F8DCCB"

# The axes are laid out in inches (figure size = data limits, aspect 1) so cell sizes and
# gaps are set directly instead of being squeezed by an automatic layout.
X_RANGE, Y_RANGE = (0.45, 7.0), (0.5, 4.95)
LEFT, CELL_W, CELL_H, TOP = 1.35, 2.3, 1.25, 4.3


@styled
def draw(path: Path) -> None:
    size = (X_RANGE[1] - X_RANGE[0], Y_RANGE[1] - Y_RANGE[0])
    fig = Figure(figsize=size, layout="none")
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_axis_off()
    ax.set_xlim(*X_RANGE)
    ax.set_ylim(*Y_RANGE)

    # (row, column): row 0 = actual positive, column 0 = predicted positive.
    cells = {
        (0, 0): ("True positive (TP)", TP, FILL_RIGHT),
        (0, 1): ("False negative (FN)", FN, FILL_WRONG),
        (1, 0): ("False positive (FP)", FP, FILL_WRONG),
        (1, 1): ("True negative (TN)", TN, FILL_RIGHT),
    }
    for (row, col), (name, count, fill) in cells.items():
        x, y = LEFT + col * CELL_W, TOP - (row + 1) * CELL_H
        ax.add_patch(Rectangle((x, y), CELL_W, CELL_H, facecolor=fill, edgecolor="white", linewidth=3))
        ax.text(x + CELL_W / 2, y + 0.62 * CELL_H, f"{count:,}", ha="center", va="center",
                fontsize=20, fontweight="bold", color=INK)
        ax.text(x + CELL_W / 2, y + 0.27 * CELL_H, name, ha="center", va="center", color=INK)

    for col, label in enumerate(("Predicted\npositive", "Predicted\nnegative")):
        ax.text(LEFT + (col + 0.5) * CELL_W, TOP + 0.1, label, ha="center", va="bottom",
                fontweight="bold", color=INK)
    for row, label in enumerate(("Actual\npositive", "Actual\nnegative")):
        ax.text(LEFT - 0.1, TOP - (row + 0.5) * CELL_H, label, ha="right", va="center",
                fontweight="bold", color=INK)

    # Margin totals: the denominators of recall, FPR (row sums) and precision (column sum).
    right = LEFT + 2 * CELL_W + 0.1
    ax.text(right, TOP - 0.5 * CELL_H, f"total\n{TP + FN:,}", va="center", color=GREY)
    ax.text(right, TOP - 1.5 * CELL_H, f"total\n{FP + TN:,}", va="center", color=GREY)
    bottom = TOP - 2 * CELL_H
    ax.text(LEFT + 0.5 * CELL_W, bottom - 0.08, f"total {TP + FP:,}", ha="center", va="top", color=GREY)

    rates = (
        f"Precision = TP / (TP + FP) = {TP} / {TP + FP} = {TP / (TP + FP):.2f}\n"
        f"Recall = TP / (TP + FN) = {TP} / {TP + FN} = {TP / (TP + FN):.2f}\n"
        f"False-positive rate = FP / (FP + TN) = {FP} / {FP + TN:,} = {FP / (FP + TN):.3f}"
    )
    ax.text(LEFT + CELL_W, bottom - 0.5, rates, ha="center", va="top", linespacing=1.6, color=INK)
    save(fig, path)
