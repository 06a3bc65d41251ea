"""Three polynomial fits of one noisy sample: underfit, good fit, overfit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from numpy.polynomial import Polynomial

from figures.style import BLUE, GREY, INK, VERMILLION, WIDE, save, styled

PANELS = [("Underfit", 1), ("Good fit", 3), ("Overfit", 15)]


def true_curve(x: np.ndarray) -> np.ndarray:
    return np.sin(2 * np.pi * x)


@styled
def draw(path: Path) -> None:
    rng = np.random.default_rng(7)
    x = np.sort(rng.uniform(0.0, 1.0, 20))
    y = true_curve(x) + rng.normal(0.0, 0.25, x.size)
    grid = np.linspace(0.0, 1.0, 400)

    fig = Figure(figsize=(WIDE, 3.3))
    axes = fig.subplots(1, 3, sharey=True)
    for ax, (title, degree) in zip(axes, PANELS, strict=True):
        # Polynomial.fit rescales x internally, which keeps degree 15 well conditioned.
        model = Polynomial.fit(x, y, degree)
        train_mse = float(np.mean((model(x) - y) ** 2))
        ax.plot(grid, true_curve(grid), color=GREY, linewidth=1.2, linestyle="--", label="true curve")
        # Rounded far below a pixel: the ill-conditioned degree-15 fit differs in its last
        # digits between BLAS builds, and the committed SVG must be the same on every machine.
        ax.plot(grid, np.round(model(grid), 5), color=VERMILLION, label="fitted model")
        ax.plot(x, y, "o", color=BLUE, markersize=5, label="training points")
        ax.set_title(f"{title} (degree {degree})")
        ax.text(0.04, 0.04, f"train MSE {train_mse:.3f}", transform=ax.transAxes, color=INK,
                # White backing: the overfit curve runs through this corner.
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5}, zorder=5)
        ax.set_xlabel("x")
        ax.set_xticks([0, 0.5, 1])
    # Clip the y-range: the degree-15 curve shoots far off between points.
    axes[0].set_ylim(-2.0, 2.0)
    axes[0].set_ylabel("y")
    axes[0].legend(loc="upper right", handlelength=1.5)
    save(fig, path)
