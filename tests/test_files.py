"""Download names come from the guide: its `file_stem`, else its site name."""

from __future__ import annotations

from macros.files import download_names, slugify
from macros.models import Guide

GUIDE = {
    "roles": [{"id": "operator", "label": "Operator"}],
    "kinds": [{"id": "concept", "label": "Concept"}],
    "tabs": {"how_to_answer": "Approach", "sample_answer": "Answer", "what_to_look_for": "Rubric"},
}


def test_slugify_keeps_letters_and_digits_only():
    assert slugify("Kubernetes Interview Guide") == "kubernetes-interview-guide"
    assert slugify("  Café & Crème: 2026 ") == "cafe-creme-2026"
    assert slugify("!!!") == "guide"


def test_names_follow_the_site_name_by_default():
    names = download_names(Guide.model_validate(GUIDE), "Kubernetes Interview Guide")
    assert names.top50_pdf == "downloads/kubernetes-interview-guide-top-50.pdf"
    assert names.cheat_sheets == {
        "A4": "downloads/kubernetes-interview-guide-top-50-cheat-sheet-a4.pdf",
        "Letter": "downloads/kubernetes-interview-guide-top-50-cheat-sheet-letter.pdf",
    }
    assert {names.csv, names.json, names.apkg} == {
        f"downloads/kubernetes-interview-guide-questions.{ext}" for ext in ("csv", "json", "apkg")
    }


def test_a_guide_can_keep_its_published_names():
    names = download_names(Guide.model_validate(GUIDE | {"file_stem": "k8s"}), "Kubernetes Interview Guide")
    assert names.top50_pdf == "downloads/k8s-top-50.pdf"
