import itertools
import math
import random
from collections import Counter

import pytest


@pytest.fixture(scope="module")
def sample(solution):
    return solution("reservoir_sampling").reservoir_sample


class ScriptedRandom:
    """Stands in for random.Random: returns scripted values and records each call."""

    def __init__(self, values):
        self.values, self.calls = list(values), []

    def randint(self, a, b):
        self.calls.append((a, b))
        return self.values.pop(0)


def test_hand_worked_replacements(sample):
    rng = ScriptedRandom([1, 3, 0])
    # k=2 keeps a, b; c draws 1 of 0..2 and replaces slot 1; d draws 3 of 0..3, not
    # below k, so it is skipped; e draws 0 and replaces slot 0.
    assert sample("abcde", 2, rng) == ["e", "c"]
    assert rng.calls == [(0, 2), (0, 3), (0, 4)]


def _subset_deviation(sampler, n=5, k=2, trials=20_000, seed=7):
    """Largest gap between a k-subset's count and its expectation, in standard deviations.

    Each of the C(5, 2) = 10 subsets should appear with p = 0.1, so its count is binomial
    with mean 2,000 and sd sqrt(20,000 * 0.1 * 0.9) = 42.4.
    """
    rng = random.Random(seed)
    counts = Counter(frozenset(sampler(range(n), k, rng)) for _ in range(trials))
    p = 1 / math.comb(n, k)
    sd = math.sqrt(trials * p * (1 - p))
    subsets = [frozenset(c) for c in itertools.combinations(range(n), k)]
    assert set(counts) <= set(subsets)
    return max(abs(counts[s] - trials * p) / sd for s in subsets)


# Tolerance: 5 standard deviations. For a correct sampler the chance that any of the 10
# counts strays that far is below 10 * 5.7e-7, so the check is not flaky for any seed, and
# the seed makes the run itself deterministic. A biased sampler moves counts by hundreds
# (see the next test), far beyond 5 sd = 212.
TOLERANCE_SD = 5.0


def test_every_subset_is_equally_likely(sample):
    assert _subset_deviation(sample) < TOLERANCE_SD


def test_the_check_catches_an_off_by_one_sampler():
    def biased(stream, k, rng):  # replaces with probability k/i instead of k/(i+1)
        out = []
        for i, item in enumerate(stream):
            if i < k:
                out.append(item)
            elif (j := rng.randint(0, i - 1)) < k:
                out[j] = item
        return out

    assert _subset_deviation(biased) > TOLERANCE_SD


def test_each_item_kept_with_probability_k_over_n(sample):
    rng, trials, n, k = random.Random(11), 20_000, 10, 3
    counts = Counter(x for _ in range(trials) for x in sample(iter(range(n)), k, rng))
    sd = math.sqrt(trials * 0.3 * 0.7)  # 64.8 around a mean of 6,000
    assert all(abs(counts[x] - trials * k / n) < TOLERANCE_SD * sd for x in range(n))


def test_short_stream_empty_stream_and_k_zero(sample):
    assert sample(iter("ab"), 5, random.Random(0)) == ["a", "b"]
    assert sample(iter([]), 3, random.Random(0)) == []
    assert sample(range(100), 0, random.Random(0)) == []


def test_reads_a_generator_once_and_is_reproducible(sample):
    def stream():
        yield from range(1_000)

    first = sample(stream(), 10, random.Random(3))
    assert len(first) == 10 and len(set(first)) == 10
    assert first == sample(stream(), 10, random.Random(3))


def test_negative_k_raises(sample):
    with pytest.raises(ValueError, match="non-negative"):
        sample([1, 2], -1)
