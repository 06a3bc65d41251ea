"""MinHash signatures and LSH banding to find near-duplicate documents."""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from itertools import combinations

import numpy as np

_PRIME = (1 << 61) - 1  # a Mersenne prime larger than any 32-bit shingle hash


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashes of the overlapping k-word shingles of a lower-cased, whitespace-normalised text.

    crc32 rather than hash(): Python salts str hashes per process, and signatures must be
    comparable across machines and runs. A text shorter than k words is one shingle.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    words = re.findall(r"\w+", text.lower())
    grams = [" ".join(words[i:i + k]) for i in range(max(len(words) - k + 1, 1))]
    return {zlib.crc32(g.encode("utf-8")) for g in grams}


def minhash_signature(items: set[int], num_perm: int = 128, seed: int = 0) -> np.ndarray:
    """For each of num_perm hash functions h(x) = (a x + b) mod p, the minimum over items.

    Two sets agree in one position with probability equal to their Jaccard similarity, so
    the share of agreeing positions estimates it.
    """
    if not items:
        raise ValueError("cannot sign an empty set")
    a, b = _coefficients(num_perm, seed)
    x = np.fromiter((_mix(i) for i in items), dtype=object, count=len(items))
    # Python ints (dtype=object) so a * x never overflows 64 bits.
    hashed = (np.outer(a, x) + b[:, None]) % _PRIME
    return hashed.min(axis=1).astype(np.uint64)


def estimate_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Share of positions where two signatures agree."""
    if sig_a.shape != sig_b.shape or sig_a.size == 0:
        raise ValueError("signatures must be non-empty and of the same length")
    return float(np.mean(sig_a == sig_b))


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Chance that a pair with this Jaccard similarity shares at least one LSH band."""
    return 1.0 - (1.0 - similarity**rows) ** bands


def near_duplicates(docs: list[str], threshold: float = 0.8, bands: int = 32,
                    rows: int = 4, k: int = 5, seed: int = 0) -> list[tuple[int, int]]:
    """Index pairs (i < j) whose estimated Jaccard similarity is at least threshold.

    Signatures are cut into bands of rows values; only documents that share a whole band
    become candidates, so the cost grows with the number of candidates, not with n^2.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")
    sigs = [minhash_signature(shingles(d, k), bands * rows, seed) for d in docs]
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for i, sig in enumerate(sigs):
        for band in range(bands):
            buckets[(band, sig[band * rows:(band + 1) * rows].tobytes())].append(i)
    candidates = {pair for ids in buckets.values() for pair in combinations(ids, 2)}
    return sorted((i, j) for i, j in candidates
                  if estimate_jaccard(sigs[i], sigs[j]) >= threshold)


def _mix(x: int) -> int:
    """splitmix64 finaliser: scatters structured inputs such as 0, 1, 2, ... before the
    linear hashes, which are far from min-wise independent on runs of consecutive values."""
    x &= (1 << 64) - 1
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & ((1 << 64) - 1)
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & ((1 << 64) - 1)
    return (x ^ (x >> 31)) % _PRIME


def _coefficients(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    if num_perm < 1:
        raise ValueError("num_perm must be at least 1")
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 1 << 61, size=num_perm, dtype=np.int64).astype(object)
    b = rng.integers(0, 1 << 61, size=num_perm, dtype=np.int64).astype(object)
    return a, b
