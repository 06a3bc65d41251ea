"""Bias-variance trade-off: error components against model complexity (illustrative curves)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from figures.style import BLUE, GREEN, GREY, INK, SINGLE, VERMILLION, save, styled

NOISE = 0.08


@styled
def draw(path: Path) -> None:
    c = np.linspace(0.0, 1.0, 300)
    # Smooth textbook shapes, not a simulation: the point is the geometry of the sum.
    bias2 = 0.75 * np.exp(-4.5 * c)
    variance = 0.03 * np.exp(3.6 * c)
    total = bias2 + variance + NOISE
    # Training error keeps falling towards zero: a flexible model fits its own sample's noise too.
    train = 0.8 * np.exp(-2.5 * c) * (1.0 - 0.6 * c)
    best = int(np.argmin(total))

    fig = Figure(figsize=(SINGLE, 4.3))
    ax = fig.subplots()
    ax.plot(c, total, color=INK, linewidth=2.6, label="validation error\n= bias² + variance + noise")
    ax.plot(c, train, color=GREEN, linestyle="--", label="training error")
    ax.plot(c, bias2, color=BLUE, label="bias²")
    ax.plot(c, variance, color=VERMILLION, label="variance")
    ax.axhline(NOISE, color=GREY, linewidth=1.2, linestyle=":", label="irreducible noise")
    # The gap between the two arms of the U is empty: the legend fits there without hiding data.
    ax.legend(loc="upper center", handlelength=2.2)

    # Drop line from the minimum only, so it does not cut through the legend.
    ax.plot([c[best], c[best]], [0.0, total[best]], color=GREY, linewidth=1.0, linestyle="--")
    ax.plot(c[best], total[best], "o", color=INK, markersize=7, zorder=3)
    ax.annotate("sweet spot", (c[best], total[best]), xytext=(c[best] + 0.06, total[best] + 0.2),
                arrowprops={"arrowstyle": "->", "color": INK})

    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(0.0, 1.0)
    # Axis scales are arbitrary here, so numbers on them would only mislead.
    ax.set_xticks([0.05, 0.95], ["simple", "complex"])
    ax.set_yticks([])
    ax.set_xlabel("model complexity")
    ax.set_ylabel("error")
    save(fig, path)
