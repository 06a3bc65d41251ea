"""A labelled 2x2 confusion matrix and the rates read off it (counts from the question text)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from figures.style import INK, SINGLE, save, styled

TP, FN, FP, TN = 150, 50, 300, 9_500

# Shade by correct / wrong rather than by count: 9,500 would wash the other three cells out.
FILL_RIGHT = "#CDEBDF"
FILL_WRONG = "#F8DCCB"


@styled
def draw(path: Path) -> None:
    fig = Figure(figsize=(SINGLE, 4.6))
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_xlim(-1.25, 2.05)
    ax.set_ylim(-1.45, 2.45)
    ax.set_aspect("equal")

    # Grid rows: actual positive on top, actual negative below; columns: predicted +, predicted -.
    cells = [
        (0, 1, "True positive", "TP", TP, FILL_RIGHT),
        (1, 1, "False negative", "FN", FN, FILL_WRONG),
        (0, 0, "False positive", "FP", FP, FILL_WRONG),
        (1, 0, "True negative", "TN", TN, FILL_RIGHT),
    ]
    for col, row, name, short, count, fill in cells:
        ax.add_patch(Rectangle((col, row), 1, 1, facecolor=fill, edgecolor="white", linewidth=3))
        ax.text(col + 0.5, row + 0.62, f"{count:,}", ha="center", va="center", fontsize=18,
                fontweight="bold", color=INK)
        ax.text(col + 0.5, row + 0.3, f"{name} ({short})", ha="center", va="center", fontsize=11,
                color=INK)

    ax.text(0.5, 2.1, "Predicted\npositive", ha="center", va="center")
    ax.text(1.5, 2.1, "Predicted\nnegative", ha="center", va="center")
    ax.text(-0.08, 1.5, "Actual\npositive", ha="right", va="center")
    ax.text(-0.08, 0.5, "Actual\nnegative", ha="right", va="center")

    rates = (
        f"Precision = TP / (TP + FP) = {TP} / {TP + FP} = {TP / (TP + FP):.2f}\n"
        f"Recall = TP / (TP + FN) = {TP} / {TP + FN} = {TP / (TP + FN):.2f}\n"
        f"False-positive rate = FP / (FP + TN) = {FP} / {FP + TN:,} = {FP / (FP + TN):.3f}"
    )
    ax.text(0.4, -0.2, rates, ha="center", va="top", linespacing=1.7, color=INK)
    save(fig, path)
