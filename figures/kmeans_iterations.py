"""Lloyd's algorithm on three blobs: initialise, assign, update, converge."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from figures.style import BLUE, GREEN, INK, LIGHT_GREY, VERMILLION, WIDE, save, styled

COLOURS = [BLUE, VERMILLION, GREEN]
# A shape per cluster as well as a colour, so the clusters read without colour vision.
MARKERS = ["o", "s", "^"]
# A deliberately poor start, away from the blob centres, so every step shows visible movement.
INITIAL = np.array([[0.2, 2.6], [2.2, 0.3], [4.8, 4.4]])


def make_data() -> np.ndarray:
    rng = np.random.default_rng(3)
    centres = np.array([[1.0, 1.0], [4.2, 1.4], [2.6, 4.0]])
    return np.vstack([rng.normal(c, 0.55, size=(30, 2)) for c in centres])


def assign(points: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    distances = np.linalg.norm(points[:, None, :] - centroids[None, :, :], axis=2)
    return np.argmin(distances, axis=1)


def update(points: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    return np.array([points[labels == j].mean(axis=0) for j in range(k)])


def plot_points(ax: Axes, points: np.ndarray, labels: np.ndarray | None) -> None:
    if labels is None:
        ax.plot(*points.T, "o", color=LIGHT_GREY, markersize=4.5)
        return
    for j, (colour, marker) in enumerate(zip(COLOURS, MARKERS, strict=True)):
        ax.plot(*points[labels == j].T, marker, color=colour, markersize=4.5, alpha=0.8)


def plot_centroids(ax: Axes, centroids: np.ndarray, faded: bool = False) -> None:
    for colour, (x, y) in zip(COLOURS, centroids, strict=True):
        if faded:
            ax.plot(x, y, "X", markersize=14, markerfacecolor="white", markeredgecolor=colour,
                    markeredgewidth=1.5)
        else:
            ax.plot(x, y, "X", markersize=16, color=colour, markeredgecolor=INK, markeredgewidth=1.3)


@styled
def draw(path: Path) -> None:
    points = make_data()
    k = len(INITIAL)
    first = assign(points, INITIAL)
    moved = update(points, first, k)

    # Iterate to convergence: stop when the assignments no longer change.
    centroids, labels, iterations = moved, first, 1
    while True:
        new_labels = assign(points, centroids)
        if np.array_equal(new_labels, labels):
            break
        labels, centroids, iterations = new_labels, update(points, new_labels, k), iterations + 1

    fig = Figure(figsize=(WIDE, 2.9))
    axes = fig.subplots(1, 4, sharex=True, sharey=True)
    plot_points(axes[0], points, None)
    plot_centroids(axes[0], INITIAL)
    plot_points(axes[1], points, first)
    plot_centroids(axes[1], INITIAL)
    plot_points(axes[2], points, first)
    plot_centroids(axes[2], INITIAL, faded=True)
    for old, new in zip(INITIAL, moved, strict=True):
        axes[2].annotate("", xy=new, xytext=old,
                         arrowprops={"arrowstyle": "->", "color": INK, "linewidth": 1.3, "shrinkB": 7})
    plot_centroids(axes[2], moved)
    plot_points(axes[3], points, labels)
    plot_centroids(axes[3], centroids)

    titles = ["1. Initial centroids", "2. Assign points", "3. Move centroids",
              f"4. Converged (iter. {iterations})"]
    for ax, title in zip(axes, titles, strict=True):
        ax.set_title(title, fontsize=11)
        ax.set_aspect("equal")
        # Coordinates carry no meaning here: drop the ticks, keep a light frame.
        ax.set_xticks([])
        ax.set_yticks([])
        for side in ("top", "right"):
            ax.spines[side].set_visible(True)
        for spine in ax.spines.values():
            spine.set_color(LIGHT_GREY)
    save(fig, path)
