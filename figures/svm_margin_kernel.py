"""Linear max-margin SVM with its support vectors, and an RBF-kernel SVM on ring-shaped data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from sklearn.svm import SVC

from figures.style import BLUE, INK, VERMILLION, WIDE, save, styled

FILL_A = "#D6E9F5"
FILL_B = "#F8DCCB"


def scatter_classes(ax: Axes, x: np.ndarray, y: np.ndarray) -> None:
    ax.plot(*x[y == 0].T, "o", color=BLUE, markersize=5.5, label="class −1")
    ax.plot(*x[y == 1].T, "s", color=VERMILLION, markersize=5, label="class +1")


def style_panel(ax: Axes, title: str) -> None:
    ax.set_title(title)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("x₁")
    ax.set_ylabel("x₂")


def draw_linear(ax: Axes) -> None:
    rng = np.random.default_rng(11)
    x = np.vstack([rng.normal([-1.4, -1.0], 0.6, (25, 2)), rng.normal([1.4, 1.0], 0.6, (25, 2))])
    y = np.repeat([0, 1], 25)
    # A very large C approximates the hard-margin SVM on separable data.
    model = SVC(kernel="linear", C=1e4).fit(x, y)
    w, b = model.coef_[0], model.intercept_[0]

    lim = 3.2
    xs = np.array([-lim, lim])
    # The boundary is w.x + b = 0; the margins are w.x + b = +-1.
    for offset, style in ((0.0, "-"), (1.0, "--"), (-1.0, "--")):
        ax.plot(xs, (offset - b - w[0] * xs) / w[1], style, color=INK,
                linewidth=2.0 if offset == 0 else 1.3)
    scatter_classes(ax, x, y)
    sv = model.support_vectors_
    ax.plot(*sv.T, "o", markersize=13, markerfacecolor="none", markeredgecolor=INK,
            markeredgewidth=1.5, label="support vectors")

    # Double arrow across the margin, perpendicular to the boundary (along w), half the margin
    # (1 / |w|) each way, placed where the boundary crosses the empty lower-right corner.
    along = np.array([w[1], -w[0]]) / np.linalg.norm(w)
    foot = -b * w / np.dot(w, w) + 2.0 * along * np.sign(along[0])
    half = w / np.dot(w, w)
    ax.annotate("", xy=foot + half, xytext=foot - half,
                arrowprops={"arrowstyle": "<->", "color": INK, "linewidth": 1.2,
                            "shrinkA": 0, "shrinkB": 0})
    ax.text(*(foot - half + np.array([-0.1, -0.1])), "margin = 2 / ‖w‖", color=INK, ha="right", va="top")
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    style_panel(ax, "Linear SVM: maximum margin")


def draw_rbf(ax: Axes) -> None:
    rng = np.random.default_rng(5)
    n = 60
    angles = rng.uniform(0, 2 * np.pi, 2 * n)
    radii = np.concatenate([rng.normal(0.5, 0.15, n), rng.normal(1.6, 0.15, n)])
    x = np.column_stack([radii * np.cos(angles), radii * np.sin(angles)])
    y = np.repeat([1, 0], n)
    model = SVC(kernel="rbf", gamma=1.0, C=10.0).fit(x, y)

    lim = 2.2
    grid = np.linspace(-lim, lim, 200)
    gx, gy = np.meshgrid(grid, grid)
    score = model.decision_function(np.column_stack([gx.ravel(), gy.ravel()])).reshape(gx.shape)
    ax.contourf(gx, gy, score, levels=[-1e9, 0, 1e9], colors=[FILL_A, FILL_B])
    ax.contour(gx, gy, score, levels=[0], colors=INK, linewidths=2.0)
    scatter_classes(ax, x, y)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.text(0.0, -lim + 0.1, "boundary: a closed curve", ha="center", va="bottom", color=INK)
    style_panel(ax, "RBF-kernel SVM: ring data")


@styled
def draw(path: Path) -> None:
    fig = Figure(figsize=(WIDE, 4.6))
    left, right = fig.subplots(1, 2)
    draw_linear(left)
    draw_rbf(right)
    # One legend for both panels, underneath, so it covers no data.
    fig.legend(*left.get_legend_handles_labels(), loc="outside lower center", ncol=3)
    save(fig, path)
