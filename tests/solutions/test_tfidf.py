import math

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer as SkTfidf


@pytest.fixture(scope="module")
def Vectorizer(solution):
    return solution("tfidf").TfidfVectorizer


DOCS = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "cats and dogs, cats and dogs!",
    "A mat is not a log.",
]


def test_hand_worked_two_documents(Vectorizer):
    v = Vectorizer()
    out = v.fit_transform(["aa bb", "aa cc"])
    assert list(v.vocabulary_) == ["aa", "bb", "cc"]
    # idf(aa) = ln(3/3) + 1 = 1; idf(bb) = idf(cc) = ln(3/2) + 1
    rare = math.log(1.5) + 1
    np.testing.assert_allclose(v.idf_, [1.0, rare, rare])
    norm = math.sqrt(1 + rare**2)
    np.testing.assert_allclose(out, [[1 / norm, rare / norm, 0.0], [1 / norm, 0.0, rare / norm]])


def test_matches_sklearn_default_settings(Vectorizer):
    ours = Vectorizer().fit(DOCS)
    ref = SkTfidf().fit(DOCS)
    assert list(ours.vocabulary_) == ref.get_feature_names_out().tolist()
    np.testing.assert_allclose(ours.idf_, ref.idf_)
    new_docs = ["the cat and the dog", "zebra zebra", ""]
    np.testing.assert_allclose(ours.transform(new_docs), ref.transform(new_docs).toarray())
    np.testing.assert_allclose(ours.transform(DOCS), ref.transform(DOCS).toarray())


def test_unseen_or_empty_document_gives_zero_row(Vectorizer):
    v = Vectorizer().fit(DOCS)
    out = v.transform(["zebra", ""])
    assert np.all(out == 0.0)


def test_rows_are_unit_length(Vectorizer):
    out = Vectorizer().fit_transform(DOCS)
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0)


def test_term_in_every_document_keeps_positive_weight(Vectorizer):
    v = Vectorizer().fit(["aa bb", "aa cc", "aa dd"])
    assert v.idf_[v.vocabulary_["aa"]] == pytest.approx(1.0)
    assert v.transform(["aa"])[0, v.vocabulary_["aa"]] == pytest.approx(1.0)


def test_invalid_use_raises(Vectorizer):
    with pytest.raises(ValueError, match="empty corpus"):
        Vectorizer().fit([])
    with pytest.raises(ValueError, match="empty vocabulary"):
        Vectorizer().fit(["a b", "!"])
    with pytest.raises(ValueError, match="fit before transform"):
        Vectorizer().transform(["aa"])
