"""Group-relative advantages and the clipped surrogate loss used by GRPO."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def group_advantages(rewards: ArrayLike, scale: bool = True, eps: float = 1e-6) -> np.ndarray:
    """Advantage of each sampled answer relative to the other answers to the same prompt.

    rewards has shape (prompts, group): row i holds the rewards of the G answers sampled
    for prompt i. Each reward minus its row's mean is the advantage; with scale=True it is
    also divided by the row's (population) standard deviation plus eps, as in the original
    GRPO. scale=False gives the unscaled variant (Dr. GRPO), which does not up-weight
    prompts whose answers barely differ. A row whose rewards are all equal gets zeros:
    the group carries no signal about which answer was better.
    """
    r = np.asarray(rewards, dtype=float)
    if r.ndim != 2 or r.shape[0] == 0 or r.shape[1] < 2:
        raise ValueError("rewards must have shape (prompts, group) with group >= 2")
    if not np.all(np.isfinite(r)):
        raise ValueError("rewards must be finite")
    centred = r - r.mean(axis=1, keepdims=True)
    if not scale:
        return centred
    return centred / (r.std(axis=1, keepdims=True) + eps)


def clipped_surrogate_loss(ratio: ArrayLike, advantages: ArrayLike, clip: float = 0.2) -> float:
    """PPO-style clipped objective, negated so that lower is better.

    ratio is pi_new / pi_old for each sampled answer (or token), advantages the matching
    advantages. Taking the minimum of the plain and the clipped term means a step cannot
    gain by moving the ratio outside [1 - clip, 1 + clip] in the direction the advantage
    rewards.
    """
    rho = np.asarray(ratio, dtype=float)
    adv = np.asarray(advantages, dtype=float)
    if rho.shape != adv.shape or rho.size == 0:
        raise ValueError("ratio and advantages must be non-empty and of the same shape")
    if np.any(rho <= 0) or not 0 < clip < 1:
        raise ValueError("ratios must be positive and clip in (0, 1)")
    unclipped = rho * adv
    clipped = np.clip(rho, 1.0 - clip, 1.0 + clip) * adv
    return float(-np.mean(np.minimum(unclipped, clipped)))
