"""The Top 50 PDF: its HTML from the bank, and the real file the deploy build writes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from macros.loader import load_bank
from macros.pdf import top50_html
from tests.conftest import ROOT, pdf_libraries_missing, question, skip_unless_available

PDF = Path("downloads/ml-interview-top-50.pdf")


@pytest.fixture
def small_bank(bank_dir):
    ids = [f"q{i}" for i in range(50)]
    text = "".join(question(i, sample_answer='"The loss is $x^2$."') for i in ids)
    return load_bank(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")},
                              top50="".join(f"- {i}\n" for i in reversed(ids))))


def test_html_has_cover_contents_and_every_question_in_order(small_bank):
    html = top50_html(small_bank, "Guide", "https://example.org/guide/")
    assert '<section class="cover">' in html and "https://example.org/guide/" in html
    assert re.findall(r'<li><a href="#(q\d+)">', html) == small_bank.top50
    assert re.findall(r'<h2 id="(q\d+)">', html) == small_bank.top50
    assert html.count('<p class="label">How to answer</p>') == 50
    assert html.count('class="math-inline"') == 50  # math drawn, since no script runs in a PDF


@pytest.fixture(scope="module")
def pdf(built_site):  # the tests using it are marked `site`: they need the whole build
    skip_unless_available(pdf_libraries_missing())
    path = built_site / PDF
    assert path.is_file(), "the deploy build did not write the PDF"
    return path


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT / "data")


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@pytest.mark.site
def test_pdf_text_holds_the_50_questions_in_order_with_their_sections(pdf, bank):
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    body = [_normalise(page.extract_text()) for page in reader.pages[3:]]
    text = "".join(body)
    position = 0
    for number, question_id in enumerate(bank.top50, start=1):
        words = _normalise(bank.by_id[question_id].question.replace("$", ""))[:40]
        found = text.find(f"{number}{words[:25]}", position)
        assert found >= 0, f"question {number} ({question_id}) missing or out of order"
        position = found
    for label in ("howtoanswer", "sampleanswer", "whattolookfor"):
        assert text.count(label) >= 50, label


@pytest.mark.site
def test_pdf_outline_has_one_bookmark_per_question(pdf, bank):
    from pypdf import PdfReader

    outline = PdfReader(pdf).outline
    assert len(outline) == 50
    titles = [re.match(r"(\d+)\. ", item.title).group(1) for item in outline]
    assert titles == [str(n) for n in range(1, 51)]


@pytest.mark.site
def test_pdf_size_pages_and_fonts(pdf):
    from pypdf import PdfReader

    assert pdf.stat().st_size < 3 * 1024 * 1024
    reader = PdfReader(pdf)
    assert 55 <= len(reader.pages) <= 200
    for page in reader.pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.get("/BaseFont")


@pytest.mark.site
def test_first_pages_render_to_images(pdf, tmp_path):
    """pdftoppm (poppler) reads the file: the cover and contents draw without errors."""
    import shutil

    skip_unless_available(None if shutil.which("pdftoppm") else "pdftoppm (poppler-utils) is not installed")
    result = subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "3", str(pdf), str(tmp_path / "p")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr
    assert len(list(tmp_path.glob("p-*.png"))) == 3


def test_missing_pango_is_one_line_saying_what_to_install(monkeypatch):
    import builtins

    from macros.pdf import PdfUnavailable, write_pdf

    real_import = builtins.__import__

    def no_pango(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0': not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pango)
    with pytest.raises(PdfUnavailable) as caught:
        write_pdf("<p>x</p>", base_dir=ROOT / "docs")
    message = str(caught.value)
    assert "\n" not in message and "apt-get install libpango-1.0-0" in message
