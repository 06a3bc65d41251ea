"""The Top 50 as PDFs (the booklet and the cheat sheet): standalone HTML documents rendered
by WeasyPrint (no script runs)."""

from __future__ import annotations

import re
from pathlib import Path

from macros.html import to_html
from macros.models import Bank
from macros.render import UrlLinks, answer_sections, templates


class PdfUnavailable(Exception):
    """WeasyPrint's system libraries are missing: one line saying what to install."""


def top50_html(
    bank: Bank, site_name: str, site_url: str | None = None, date: str = "", description: str | None = None
) -> str:
    """The PDF's HTML: cover, contents, then each question's three sections."""
    env = templates()
    links = UrlLinks(bank, site_url or "", figures="assets/figures/")  # figures resolve from docs/
    questions = []
    for number, question_id in enumerate(bank.top50, start=1):
        q = bank.by_id[question_id]
        category = bank.category(bank.category_of[q.id])
        questions.append({
            "number": number,
            "q": q,
            "question_html": _inline(q.question),
            "category": category.title,
            "sections": [(label, _mark_long_code(to_html(text, draw_math=True, diagrams=bank.diagrams)))
                         for label, text in answer_sections(bank, q, links).items()],
        })
    return env.get_template("top50.pdf.html.j2").render(
        site_name=site_name, site_url=site_url, questions=questions, description=description,
        tabs=bank.guide.tabs,
        date=date,
    )


_CODE_BLOCK = re.compile(r'<div class="highlight"(.*?)</pre>', re.S)
LONG_CODE_LINES = 30  # longer blocks may split across pages (a page holds about 60 lines)


def _mark_long_code(html: str) -> str:
    """Code blocks too long to move whole to the next page get the class `long`."""
    def mark(match: re.Match[str]) -> str:
        block = match.group(0)
        if block.count("\n") < LONG_CODE_LINES:
            return block
        return block.replace('<div class="highlight"', '<div class="highlight long"', 1)

    return _CODE_BLOCK.sub(mark, html)


def _inline(markdown: str) -> str:
    """One line of Markdown as HTML without its paragraph."""
    return to_html(markdown, draw_math=True).strip().removeprefix("<p>").removesuffix("</p>")


def cheat_sheet_html(bank: Bank, site_name: str, site_url: str | None, paper: str) -> str:
    """The cheat sheet's HTML: each Top 50 question with its key points, for `paper` (A4, Letter)."""
    questions = [{
        "number": number,
        "question_html": _inline(bank.by_id[question_id].question),
        "category": bank.category(bank.category_of[question_id]).title,
        "points": [_inline(point) for point in bank.by_id[question_id].key_points or []],
    } for number, question_id in enumerate(bank.top50, start=1)]
    return templates().get_template("cheat-sheet.pdf.html.j2").render(
        site_name=site_name, site_url=site_url, questions=questions, paper=paper,
    )


def write_pdf(html: str, base_dir: Path) -> bytes:
    """`html` rendered to PDF bytes; relative paths (figures) resolve from `base_dir`."""
    try:
        from weasyprint import HTML
    except OSError as error:  # raised when Pango or its friends cannot be loaded
        raise PdfUnavailable(
            "The PDF needs Pango for WeasyPrint: on Debian/Ubuntu `apt-get install libpango-1.0-0 "
            f"libpangoft2-1.0-0`, on macOS `brew install pango` ({error})."
        ) from None
    return HTML(string=html, base_url=str(base_dir) + "/").write_pdf()
