import numpy as np
import pytest


@pytest.fixture(scope="module")
def mod(solution):
    return solution("minhash_dedup")


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b)


def test_shingles_are_word_k_grams_and_stable(mod):
    # 6 words give 6 - 3 + 1 = 4 shingles of 3 words; case and punctuation do not matter.
    s = mod.shingles("The cat sat on the mat.", k=3)
    assert len(s) == 4
    assert s == mod.shingles("the  CAT sat, on the mat", k=3)
    assert len(mod.shingles("two words", k=5)) == 1


def test_identical_sets_agree_everywhere_and_disjoint_sets_almost_nowhere(mod):
    a = set(range(100))
    assert mod.estimate_jaccard(mod.minhash_signature(a), mod.minhash_signature(set(a))) == 1.0
    b = set(range(1000, 1100))
    assert mod.estimate_jaccard(mod.minhash_signature(a), mod.minhash_signature(b)) < 0.05


def test_estimate_tracks_exact_jaccard(mod):
    # Sets of 300 with 200 shared: exact Jaccard 200 / 400 = 0.5.
    a, b = set(range(0, 300)), set(range(100, 400))
    assert jaccard(a, b) == 0.5
    est = mod.estimate_jaccard(mod.minhash_signature(a, 512), mod.minhash_signature(b, 512))
    # Standard error sqrt(0.25 / 512) = 0.022; allow four of them.
    assert abs(est - 0.5) < 0.09


def test_estimates_are_unbiased_over_seeds(mod):
    a, b = set(range(0, 80)), set(range(20, 100))  # exact 60 / 100 = 0.6
    ests = [mod.estimate_jaccard(mod.minhash_signature(a, 64, s), mod.minhash_signature(b, 64, s))
            for s in range(40)]
    assert np.mean(ests) == pytest.approx(0.6, abs=0.03)


def test_candidate_probability_hand_worked(mod):
    # 20 bands of 5 rows: 1 - (1 - 0.8^5)^20 = 0.99964 and 1 - (1 - 0.3^5)^20 = 0.0475.
    assert mod.candidate_probability(0.8, 20, 5) == pytest.approx(0.99964, abs=1e-5)
    assert mod.candidate_probability(0.3, 20, 5) == pytest.approx(0.0475, abs=1e-4)


def test_near_duplicates_finds_the_edited_copy_only(mod):
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(5000)]
    base = list(rng.choice(vocab, 300))
    edited = base.copy()
    edited[150] = "changed"  # one word changed: 5 of 296 shingles differ each way
    other = list(rng.choice(vocab, 300))
    docs = [" ".join(base), " ".join(other), " ".join(edited)]
    exact = jaccard(mod.shingles(docs[0]), mod.shingles(docs[2]))
    assert exact > 0.9
    assert mod.near_duplicates(docs, threshold=0.8) == [(0, 2)]


def test_invalid_inputs_raise(mod):
    with pytest.raises(ValueError, match="empty set"):
        mod.minhash_signature(set())
    with pytest.raises(ValueError, match="same length"):
        mod.estimate_jaccard(np.zeros(3, np.uint64), np.zeros(4, np.uint64))
    with pytest.raises(ValueError, match="threshold"):
        mod.near_duplicates(["a"], threshold=0.0)
    with pytest.raises(ValueError, match="k must"):
        mod.shingles("a b", k=0)
