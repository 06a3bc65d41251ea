"""Text to search terms, the Python twin of overrides/assets/js/search/query.js.

The index is built here at build time, so the browser only loads it; queries are read by
query.js in the browser. Both apply the same lexicon the same way (a test compares them on
the whole bank): words lower-cased without accents, each folded by the spelling rules, a
synonym key added for each phrase of a synonym group, then stop words and one-letter words
dropped.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")


class Lexicon:
    """The compiled form of a lexicon dict (stop_words, folds, synonyms)."""

    def __init__(self, data: dict) -> None:
        self.stop = frozenset(data.get("stop_words", []))
        self.folds = [(re.compile(pattern), replacement) for pattern, replacement in data.get("folds", [])]
        self._folded: dict[str, str] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for group in data.get("synonyms", []):
            key = "=" + "-".join(self.fold(w) for w in words(group[0]))
            for phrase in group:
                terms = tuple(self.fold(w) for w in words(phrase))
                known = self.phrases.setdefault(terms[0], []) if terms else []
                if terms and (terms, key) not in known:
                    known.append((terms, key))

    def fold(self, word: str) -> str:
        out = self._folded.get(word)
        if out is None:
            out = word
            for pattern, replacement in self.folds:
                out = pattern.sub(lambda match, r=replacement: _expand(match, r), out, count=1)
            self._folded[word] = out
        return out

    def kept(self, term: str) -> bool:
        return len(term) > 1 and term not in self.stop

    def terms(self, text: str) -> list[str]:
        """The search terms of `text`: folded words without stop words, then synonym keys."""
        folded = [self.fold(w) for w in words(text)]
        spans: list[tuple[int, int, str]] = []
        for start, term in enumerate(folded):
            for terms, key in self.phrases.get(term, ()):
                if tuple(folded[start:start + len(terms)]) != terms:
                    continue
                # "nearest neighbours" inside "k-nearest neighbours" is the same mention
                if not any(k == key and s <= start < e for s, e, k in spans):
                    spans.append((start, start + len(terms), key))
        return [t for t in folded if self.kept(t)] + [key for _, _, key in spans]


def _expand(match: re.Match[str], replacement: str) -> str:
    """`replacement` with $1.. filled in; a group that did not match is empty, as in JavaScript."""
    return re.sub(r"\$(\d)", lambda ref: match.group(int(ref.group(1))) or "", replacement)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _unmarked(match: re.Match[str]) -> str:
    return "" if unicodedata.category(match.group()).startswith("M") else match.group()


def words(text: str) -> list[str]:
    """The words of `text`, lower-case, accents removed."""
    if not text.isascii():  # most text is ASCII: only the rest is decomposed and looked at
        text = _NON_ASCII.sub(_unmarked, unicodedata.normalize("NFKD", text))
    return _WORD.findall(text.lower())
