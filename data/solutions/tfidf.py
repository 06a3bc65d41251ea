"""TF-IDF features: raw term counts times smoothed inverse document frequency, L2-normalised."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # words of two or more characters


class TfidfVectorizer:
    """idf(t) = ln((1 + n_docs) / (1 + df(t))) + 1, learned from the training documents.

    The +1 inside acts like one extra document containing every term (no division
    by zero); the +1 outside keeps terms found in every document from vanishing.
    """

    def fit(self, docs: list[str]) -> TfidfVectorizer:
        if len(docs) == 0:
            raise ValueError("cannot fit on an empty corpus")
        tokenised = [_tokenise(d) for d in docs]
        df = Counter(term for tokens in tokenised for term in set(tokens))
        if not df:
            raise ValueError("empty vocabulary: no document contains a token")
        self.vocabulary_ = {term: j for j, term in enumerate(sorted(df))}
        self.idf_ = np.array([math.log((1 + len(docs)) / (1 + df[t])) + 1 for t in sorted(df)])
        return self

    def transform(self, docs: list[str]) -> np.ndarray:
        if not hasattr(self, "idf_"):
            raise ValueError("call fit before transform")
        counts = np.zeros((len(docs), len(self.vocabulary_)))
        for i, doc in enumerate(docs):
            for term, c in Counter(_tokenise(doc)).items():
                j = self.vocabulary_.get(term)  # terms unseen in fit are dropped
                if j is not None:
                    counts[i, j] = c
        return _l2_normalise(counts * self.idf_)

    def fit_transform(self, docs: list[str]) -> np.ndarray:
        return self.fit(docs).transform(docs)


def _tokenise(doc: str) -> list[str]:
    return TOKEN.findall(doc.lower())


def _l2_normalise(M: np.ndarray) -> np.ndarray:
    """Unit-length rows so long documents do not dominate; empty rows stay zero."""
    norms = np.linalg.norm(M, axis=1, keepdims=True)
    return np.divide(M, norms, out=np.zeros_like(M), where=norms > 0)
