"""Shared look of every figure, and the one way figures are saved.

The site shows the SVGs on white and, in dark mode, applies `invert(0.88) hue-rotate(180deg)`,
so figures are drawn dark-on-white in mid-saturation colours that keep their hue under that
filter. Saving is set up so regenerating gives byte-identical files.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib as mpl
from matplotlib.figure import Figure

# Okabe-Ito palette (colour-blind safe). Yellow is left out: it vanishes on white.
BLUE = "#0072B2"
VERMILLION = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
ORANGE = "#E69F00"
SKY = "#56B4E9"
INK = "#222222"
GREY = "#777777"
LIGHT_GREY = "#BBBBBB"

# Wide figures (two to four panels) and single ones, in inches.
WIDE = 9.5
SINGLE = 6.5

RC: dict[str, Any] = {
    # Bundled font, text stored as paths: output does not depend on installed fonts.
    "font.family": "DejaVu Sans",
    "svg.fonttype": "path",
    # Fixed salt: element ids in the SVG are then the same on every run.
    "svg.hashsalt": "ml-interview-guide",
    "font.size": 11,
    "axes.titlesize": 12,
    "axes.labelsize": 11,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "axes.edgecolor": INK,
    "axes.labelcolor": INK,
    "text.color": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=[BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY]),
    "lines.linewidth": 2.0,
    "figure.constrained_layout.use": True,
}


def styled(draw: Callable[[Path], None]) -> Callable[[Path], None]:
    """Run `draw` under matplotlib's built-in defaults plus RC, so a user matplotlibrc or
    another caller's settings cannot change the output, and nothing leaks out afterwards."""

    @functools.wraps(draw)
    def wrapper(path: Path) -> None:
        with mpl.rc_context():
            mpl.rcdefaults()
            mpl.rcParams.update(RC)
            draw(path)

    return wrapper


def save(fig: Figure, path: Path) -> None:
    """Save in the format named by the suffix (SVG for the site, PNG for previews)."""
    # No Date: the SVG would otherwise change on every run.
    metadata = {"Date": None} if path.suffix == ".svg" else None
    fig.savefig(path, metadata=metadata, bbox_inches="tight", pad_inches=0.05, dpi=110)
