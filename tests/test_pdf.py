"""The Top 50 PDF: its HTML from the bank, and the real file the deploy build writes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from macros.files import download_names
from macros.loader import load_bank
from macros.pdf import LONG_CODE_LINES, cheat_sheet_html, top50_html
from tests.conftest import ROOT, pdf_libraries_missing, question, skip_unless_available

NAMES = download_names(load_bank(ROOT / "data").guide, "unused: the guide names its files")
PDF = Path(NAMES.top50_pdf)
LABELS = ("HOW TO ANSWER", "SAMPLE ANSWER", "WHAT TO LOOK FOR")


@pytest.fixture
def small_bank(bank_dir):
    ids = [f"q{i}" for i in range(50)]
    text = "".join(question(i, sample_answer='"The loss is $x^2$."', key_points=f"['Point one of {i}.', 'Loss $x^2$.']")
                   for i in ids)
    return load_bank(bank_dir({"basics": text, "metrics": question("b", covers="[E1]")},
                              top50="".join(f"- {i}\n" for i in reversed(ids))))


def test_html_has_cover_contents_and_every_question_in_order(small_bank):
    html = top50_html(small_bank, "Guide", "https://example.org/guide/")
    assert '<section class="cover">' in html and "https://example.org/guide/" in html
    assert re.findall(r'<li><a href="#(q\d+)">', html) == small_bank.top50
    assert re.findall(r'<h2 id="(q\d+)">', html) == small_bank.top50
    assert html.count('<p class="label">How to answer</p>') == 50
    assert html.count('class="math-inline"') == 50  # math drawn, since no script runs in a PDF


def test_cheat_sheet_html_has_every_question_with_its_key_points_for_the_paper(small_bank):
    html = cheat_sheet_html(small_bank, "Guide", None, "Letter")
    assert "size: Letter;" in html and "column-count: 3" in html
    assert html.count("<section>") == 50
    first = small_bank.top50[0]
    assert f"<li>Point one of {first}.</li>" in html
    assert html.count('class="math-inline"') == 50  # the second point of each has math


def test_long_code_blocks_may_split_and_short_ones_move_whole(small_bank, tmp_path):
    from macros.pdf import _mark_long_code

    block = '<div class="highlight"><span class="filename">a.py</span><pre><code>{}</code></pre></div>'
    short, long = block.format("x\n" * 5), block.format("x\n" * (LONG_CODE_LINES + 1))
    assert _mark_long_code(short + long) == short + long.replace('"highlight"', '"highlight long"')


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


def _page_lines(pdf: Path, footer_mm: float = 20) -> list[list[tuple[float, str]]]:
    """Each page's lines of text as (left edge, text), top to bottom, without the footer."""
    import shutil

    from bs4 import BeautifulSoup

    skip_unless_available(None if shutil.which("pdftotext") else "pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = []
    for page in BeautifulSoup(out.stdout, "html.parser").find_all("page"):
        limit = float(page["height"]) - footer_mm * 72 / 25.4
        lines = [(float(line["ymin"]), float(line["xmin"]), " ".join(w.get_text() for w in line.find_all("word")))
                 for line in page.find_all("line")]
        pages.append([(x, text) for y, x, text in sorted(lines) if y < limit])
    return pages


@pytest.mark.site
def test_pdf_keeps_code_labels_with_their_code_and_headings_with_their_text(pdf, bank):
    """No file label, question heading or section label is the last line of its page."""
    pages = [[text for _, text in page] for page in _page_lines(pdf)]
    first = next(n for n, lines in enumerate(pages) if LABELS[0] in lines)
    pages = pages[first:]  # after the cover and contents
    files = {bank.by_id[i].solution.split("/")[-1] for i in bank.top50 if bank.by_id[i].solution}
    assert files, "no Top 50 question has code: this test would check nothing"
    starts = tuple(f"{n}. {bank.by_id[i].question[:12]}" for n, i in enumerate(bank.top50, start=1))
    seen_files, seen_labels = 0, 0
    for number, lines in enumerate(pages, start=first + 1):
        for index, line in enumerate(lines):
            last = index == len(lines) - 1
            if line in files:
                seen_files += 1
                assert not last, f"page {number} ends with the code label {line}"
            if line in LABELS:
                seen_labels += 1
                assert not last, f"page {number} ends with the label {line}"
        headings = [i for i, line in enumerate(lines) if line.startswith(starts)]
        for index in headings:  # the heading's own page also holds its first section's label
            assert any(line in LABELS for line in lines[index:]), f"page {number}: heading {lines[index]!r} ends the page"
    assert seen_files >= len(files) and seen_labels == 150


@pytest.fixture(scope="module", params=list(NAMES.cheat_sheets))
def cheat_sheet(request, built_site):
    skip_unless_available(pdf_libraries_missing())
    path = built_site / NAMES.cheat_sheets[request.param]
    assert path.is_file(), "the deploy build did not write the cheat sheet"
    return request.param, path


@pytest.mark.site
def test_cheat_sheet_is_the_top50_on_at_most_four_pages_in_columns(cheat_sheet, bank):
    from pypdf import PdfReader

    paper, path = cheat_sheet
    reader = PdfReader(path)
    assert 1 <= len(reader.pages) <= 4
    size = (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height)))
    assert size == {"A4": (595, 842), "Letter": (612, 792)}[paper]
    text = _normalise("".join(page.extract_text() for page in reader.pages))
    for number, question_id in enumerate(bank.top50, start=1):
        q = bank.by_id[question_id]
        assert f"{number}{_normalise(q.question.replace('$', ''))[:20]}" in text, question_id
        for point in q.key_points:
            words = re.sub(r"\$[^$]*\$|`[^`]*`", " ", point).split()
            assert _normalise(" ".join(words[:4])) in text, (question_id, point)
    # Question headings start in two or three distinct columns.
    lefts = {round(x / 20) for page in _page_lines(path, footer_mm=11) for x, line in page if re.match(r"\d+\. [A-Z]", line)}
    assert 2 <= len(lefts) <= 3, lefts
