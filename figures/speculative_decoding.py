"""Speculative decoding: what the accept/resample rule keeps, and tokens gained per target pass."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from figures.style import BLUE, GREEN, INK, ORANGE, PURPLE, SKY, VERMILLION, WIDE, save, styled

TOKENS = ["the", "a", "this", "its", "our", "one"]
# Target p and draft q over the same six tokens; the overlap sums to 0.80, the acceptance
# rate used in the question's worked example.
P = np.array([0.40, 0.25, 0.15, 0.10, 0.06, 0.04])
Q = np.array([0.30, 0.35, 0.05, 0.18, 0.08, 0.04])
RATES = (0.6, 0.8, 0.9)
MAX_DRAFT = 8
EXAMPLE = (0.8, 4)  # acceptance rate and draft length marked on the right panel


def expected_tokens(alpha: float, gamma: np.ndarray) -> np.ndarray:
    """Tokens emitted per target pass with draft length gamma, if each draft token is
    accepted independently with probability alpha (the bonus or resampled token included)."""
    return (1 - alpha ** (gamma + 1)) / (1 - alpha)


@styled
def draw(path: Path) -> None:
    overlap = np.minimum(P, Q)
    residual = P - overlap
    x = np.arange(len(TOKENS))

    fig = Figure(figsize=(WIDE, 4.0))
    left, right = fig.subplots(1, 2, width_ratios=(1.15, 1.0))

    left.bar(x - 0.2, Q, width=0.38, color="white", edgecolor=VERMILLION, linewidth=1.8,
             label="draft q")
    left.bar(x + 0.2, overlap, width=0.38, color=GREEN, edgecolor=INK, linewidth=0.6,
             label="target p: kept by acceptance, min(p, q)")
    left.bar(x + 0.2, residual, bottom=overlap, width=0.38, color=SKY, edgecolor=INK,
             linewidth=0.6, hatch="//", label="target p: from resampling, p − min(p, q)")
    left.set_xticks(x, TOKENS)
    left.set_ylim(0, 0.55)
    left.set_ylabel("probability of the next token")
    left.set_title(f"Acceptance rate α = Σ min(p, q) = {overlap.sum():.2f}")
    left.legend(loc="upper right", fontsize=9.5)

    gamma = np.arange(MAX_DRAFT + 1)
    for alpha, colour in zip(RATES, (ORANGE, BLUE, PURPLE), strict=True):
        right.plot(gamma, expected_tokens(alpha, gamma), "o-", color=colour, markersize=4,
                   label=f"α = {alpha}")
    a, g = EXAMPLE
    e = float(expected_tokens(a, np.array(g)))
    right.annotate(f"α = {a}, γ = {g}: {e:.2f} tokens", (g, e), xytext=(4.3, 1.6),
                   arrowprops={"arrowstyle": "->", "color": INK}, color=INK)
    right.set_xlabel("draft length γ (tokens proposed per round)")
    right.set_ylabel("expected tokens per target pass")
    right.set_title("Longer drafts pay off less and less")
    right.set_xlim(-0.2, MAX_DRAFT + 0.2)
    right.set_ylim(0, 7)
    right.legend(loc="upper left")
    save(fig, path)
