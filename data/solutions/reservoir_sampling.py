"""Uniform sampling of k items from a stream of unknown length, in one pass (Algorithm R)."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random | None = None) -> list[T]:
    """Return k items drawn uniformly without replacement (all items if the stream is shorter).

    Every item ends in the sample with probability k/n and every k-subset is equally likely,
    where n is the stream's length, which need not be known. O(n) time, O(k) memory.
    Pass a seeded `random.Random` for reproducible samples.
    """
    if k < 0:
        raise ValueError(f"k must be non-negative, got {k}")
    rng = rng if rng is not None else random.Random()
    sample: list[T] = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            # Item i (0-based) is the (i+1)-th seen: it enters with probability k/(i+1),
            # replacing a uniformly chosen slot, which keeps every earlier item at k/(i+1) too.
            j = rng.randint(0, i)  # inclusive on both ends: i + 1 outcomes
            if j < k:
                sample[j] = item
    return sample
