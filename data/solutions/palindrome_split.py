"""Can two equal-length strings, cut at the same index, be joined into a palindrome?"""

from __future__ import annotations


def can_make_palindrome(a: str, b: str) -> bool:
    """True if a[:i] + b[i:] or b[:i] + a[i:] is a palindrome for some 0 <= i <= len(a).

    Runs in O(n) time and O(1) extra space.
    """
    if len(a) != len(b):
        raise ValueError("a and b must have the same length")
    return _works_with_prefix_of(a, b) or _works_with_prefix_of(b, a)


def _works_with_prefix_of(a: str, b: str) -> bool:
    """Is a[:i] + b[i:] a palindrome for some cut i?"""
    left, right = 0, len(a) - 1
    # Greedily match a's prefix against b's suffix, outside in.
    while left < right and a[left] == b[right]:
        left += 1
        right -= 1
    # The unmatched middle must be a palindrome, taken wholly from a or wholly from b
    # (the cut can sit on either side of it).
    return _is_palindrome(a, left, right) or _is_palindrome(b, left, right)


def _is_palindrome(s: str, left: int, right: int) -> bool:
    """Is s[left:right + 1] a palindrome? Two pointers, no slicing copies."""
    while left < right:
        if s[left] != s[right]:
            return False
        left += 1
        right -= 1
    return True
