"""Diffusion noise schedules: how much signal survives at each step, linear against cosine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from figures.style import BLUE, GREY, INK, VERMILLION, WIDE, save, styled

T = 1000
BETA_START, BETA_END = 1e-4, 0.02  # the linear schedule of the original DDPM paper
COSINE_OFFSET = 0.008  # the small offset s of the cosine schedule
MARK = 500  # the step the question works through by hand


def linear_alpha_bar() -> np.ndarray:
    """alpha-bar_t for t = 1..T: the running product of (1 - beta_t)."""
    betas = np.linspace(BETA_START, BETA_END, T)
    return np.cumprod(1.0 - betas)


def cosine_alpha_bar() -> np.ndarray:
    """alpha-bar_t for t = 1..T from f(t) / f(0), f(t) = cos^2(((t/T + s) / (1 + s)) * pi/2)."""
    t = np.arange(1, T + 1)
    f = np.cos((t / T + COSINE_OFFSET) / (1 + COSINE_OFFSET) * np.pi / 2) ** 2
    f0 = np.cos(COSINE_OFFSET / (1 + COSINE_OFFSET) * np.pi / 2) ** 2
    # The cosine reaches exactly zero at t = T; a floor keeps the log-SNR panel finite.
    return np.clip(f / f0, 1e-12, 1.0)


@styled
def draw(path: Path) -> None:
    t = np.arange(1, T + 1)
    schedules = [("linear β: 10⁻⁴ → 0.02", linear_alpha_bar(), BLUE),
                 ("cosine (s = 0.008)", cosine_alpha_bar(), VERMILLION)]

    fig = Figure(figsize=(WIDE, 4.0))
    signal, snr = fig.subplots(1, 2)
    for label, alpha_bar, colour in schedules:
        signal.plot(t, alpha_bar, color=colour, label=label)
        # Stop the log-SNR curves where they leave the axes: the last cosine steps dive to -27.
        log_snr = np.log(alpha_bar / (1.0 - alpha_bar))
        keep = log_snr > -12
        snr.plot(t[keep], log_snr[keep], color=colour, label=label)
        value = alpha_bar[MARK - 1]
        signal.plot(MARK, value, "o", color=colour, markersize=7, zorder=3)
        signal.annotate(f"ᾱ = {value:.3f}", (MARK, value), xytext=(MARK + 40, value + 0.06),
                        color=INK)

    signal.set_title("Signal kept: ᾱₜ")
    signal.set_xlabel("step t")
    signal.set_ylabel("ᾱₜ (share of signal variance)")
    signal.set_ylim(-0.02, 1.02)
    signal.legend(loc="upper right")

    snr.axhline(0.0, color=GREY, linewidth=1.0, linestyle=":")
    snr.annotate("signal = noise", (620, 0.6), color=GREY)
    snr.set_title("Signal-to-noise ratio (log scale)")
    snr.set_xlabel("step t")
    snr.set_ylabel("log SNR = log(ᾱₜ / (1 − ᾱₜ))")
    snr.set_ylim(-12.5, 10.5)
    snr.legend(loc="upper right")

    for ax in (signal, snr):
        ax.set_xlim(0, T)
    save(fig, path)
