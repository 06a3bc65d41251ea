"""One Gini split on ten points, and the two-level tree it produces.

The numbers match the decision-tree question: root 5+/5- (Gini 0.5), split x1 <= 3,
left child 4+/0- (Gini 0), right child 1+/5- (Gini 10/36 = 0.278).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from figures.style import BLUE, GREY, INK, VERMILLION, WIDE, save, styled

THRESHOLD = 3.0
POSITIVES = np.array([[1.0, 2.0], [1.8, 4.2], [2.4, 1.2], [1.3, 3.3], [4.3, 3.4]])
NEGATIVES = np.array([[3.8, 1.5], [4.7, 2.4], [5.3, 4.0], [3.6, 4.5], [5.5, 1.1]])

# Pale fills keep the dark text readable, and stay distinct after the dark-mode inversion.
FILL_ROOT = "#EEEEEE"
FILL_POS = "#D6E9F5"
FILL_NEG = "#F8DCCB"


def gini(pos: int, neg: int) -> float:
    n = pos + neg
    return 1.0 - (pos / n) ** 2 - (neg / n) ** 2


def node_label(pos: int, neg: int, head: str) -> str:
    return f"{head}\nGini = {gini(pos, neg):.3g}\nsamples = {pos + neg}\n[{pos} +, {neg} −]"


def draw_scatter(ax: Axes) -> None:
    left = THRESHOLD
    ax.axvspan(0.0, left, color=FILL_POS, linewidth=0)
    ax.axvspan(left, 6.0, color=FILL_NEG, linewidth=0)
    ax.axvline(left, color=INK, linewidth=2)
    ax.plot(*POSITIVES.T, "o", color=BLUE, markersize=9, label="positive")
    ax.plot(*NEGATIVES.T, "s", color=VERMILLION, markersize=8, label="negative")
    ax.text(left / 2, 5.25, "Gini 0", ha="center", color=INK)
    ax.text((left + 6.0) / 2, 5.25, "Gini 0.278", ha="center", color=INK)
    ax.text(left + 0.08, 0.25, f"x₁ ≤ {left:g}", color=INK)
    ax.set_xlim(0.0, 6.0)
    ax.set_ylim(0.0, 5.8)
    ax.set_xlabel("x₁")
    ax.set_ylabel("x₂")
    ax.set_title("One split on feature x₁")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2)


def draw_tree(ax: Axes) -> None:
    ax.set_axis_off()
    ax.set_title("The resulting tree")
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(0.0, 1.0)
    box = {"boxstyle": "round,pad=0.5", "edgecolor": INK, "linewidth": 1.2}
    root = ax.text(0.5, 0.78, node_label(5, 5, f"x₁ ≤ {THRESHOLD:g} ?"), ha="center", va="center",
                   bbox={**box, "facecolor": FILL_ROOT})
    # Children are annotations anchored on the root's box, so the arrows meet the box edges.
    arrow = {"arrowstyle": "<|-", "color": INK, "linewidth": 1.2, "shrinkA": 0, "shrinkB": 0}
    for x, pos, neg, fill, verdict in ((0.22, 4, 0, FILL_POS, "leaf: predict +"),
                                       (0.78, 1, 5, FILL_NEG, "leaf: predict −")):
        ax.annotate(node_label(pos, neg, verdict), xy=(0.5, 0.0), xycoords=root, xytext=(x, 0.3),
                    textcoords="data", ha="center", va="center", bbox={**box, "facecolor": fill},
                    arrowprops=arrow)
    ax.text(0.33, 0.55, "yes", ha="center", color=GREY)
    ax.text(0.67, 0.55, "no", ha="center", color=GREY)
    weighted = 0.4 * gini(4, 0) + 0.6 * gini(1, 5)
    ax.text(0.5, -0.02, f"weighted Gini = 0.4·0 + 0.6·0.278 = {weighted:.3f}\n"
                      f"impurity decrease = 0.5 − {weighted:.3f} = {0.5 - weighted:.3f}",
            ha="center", va="bottom", color=INK)


@styled
def draw(path: Path) -> None:
    fig = Figure(figsize=(WIDE, 4.2))
    scatter, tree = fig.subplots(1, 2, width_ratios=[1, 1.15])
    draw_scatter(scatter)
    draw_tree(tree)
    save(fig, path)
