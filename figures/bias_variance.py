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
    train = (bias2 + NOISE) * (1.0 - 0.85 * c)
    best = int(np.argmin(total))

    fig = Figure(figsize=(SINGLE, 4.3))
    ax = fig.subplots()
    ax.plot(c, total, color=INK, linewidth=2.6)
    ax.plot(c, bias2, color=BLUE)
    ax.plot(c, variance, color=VERMILLION)
    ax.plot(c, train, color=GREEN, linestyle="--")
    ax.axhline(NOISE, color=GREY, linewidth=1.2, linestyle=":")

    # Direct labels next to each curve instead of a legend the eye must travel to.
    ax.text(0.62, 0.90, "validation error\n= bias² + variance + noise", color=INK, ha="center")
    ax.text(0.10, 0.50, "bias²", color=BLUE)
    ax.text(0.82, 0.54, "variance", color=VERMILLION)
    ax.text(0.80, 0.005, "training error", color=GREEN)
    ax.text(0.01, NOISE + 0.015, "irreducible noise", color=GREY)

    ax.axvline(c[best], color=GREY, linewidth=1.0, linestyle="--")
    ax.plot(c[best], total[best], "o", color=INK, markersize=7)
    ax.annotate("sweet spot", (c[best], total[best]), xytext=(c[best] - 0.1, total[best] + 0.33),
                ha="center", arrowprops={"arrowstyle": "->", "color": INK})

    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(0.0, 1.0)
    # Axis scales are arbitrary here, so numbers on them would only mislead.
    ax.set_xticks([0.05, 0.95], ["simple", "complex"])
    ax.set_yticks([])
    ax.set_xlabel("model complexity")
    ax.set_ylabel("error")
    save(fig, path)
