import itertools
import random

import pytest


@pytest.fixture(scope="module")
def check(solution):
    return solution("palindrome_split").can_make_palindrome


def brute_force(a: str, b: str) -> bool:
    for i in range(len(a) + 1):
        for s in (a[:i] + b[i:], b[:i] + a[i:]):
            if s == s[::-1]:
                return True
    return False


def test_hand_worked_examples(check):
    # "ulacfd" / "jizalu": cut at 3 -> "ula" + "alu" = "ulaalu".
    assert check("ulacfd", "jizalu") is True
    # "abxyz" / "uvwba": cut at 2 -> "ab" + "wba" = "abwba".
    assert check("abxyz", "uvwba") is True
    # Works in the other order too: b[:i] + a[i:].
    assert check("uvwba", "abxyz") is True
    assert check("abc", "def") is False
    assert check("x", "y") is True  # any single character is a palindrome
    assert check("", "") is True  # the empty string is a palindrome


def test_middle_taken_from_the_second_string(solution):
    mod = solution("palindrome_split")
    # a = "abxycd", b = "pqzzba": a's prefix "ab" matches b's suffix "ba"; the
    # middle "xy" of a is not a palindrome but "zz" of b is: "ab" + "zzba".
    assert mod._works_with_prefix_of("abxycd", "pqzzba") is True
    assert mod._is_palindrome("abxycd", 2, 3) is False
    assert brute_force("abxycd", "pqzzba") is True


def test_middle_taken_from_the_first_string(solution):
    mod = solution("palindrome_split")
    # a = "abyycd", b = "pqxzba": now a's middle "yy" closes it: "abyy" + "ba".
    assert mod._works_with_prefix_of("abyycd", "pqxzba") is True
    assert mod._is_palindrome("pqxzba", 2, 3) is False


def test_agrees_with_brute_force_exhaustively_on_short_strings(check):
    for n in range(0, 6):
        words = ["".join(p) for p in itertools.product("ab", repeat=n)]
        for a in words:
            for b in words:
                assert check(a, b) == brute_force(a, b), (a, b)


def test_agrees_with_brute_force_on_random_longer_strings(check):
    rng = random.Random(0)
    for _ in range(2000):
        n = rng.randint(6, 14)
        a = "".join(rng.choice("abc") for _ in range(n))
        b = "".join(rng.choice("abc") for _ in range(n))
        assert check(a, b) == brute_force(a, b), (a, b)


def test_unequal_lengths_raise(check):
    with pytest.raises(ValueError, match="same length"):
        check("ab", "abc")
