"""The Top 50 as a PDF: a standalone HTML document rendered by WeasyPrint (no script runs)."""

from __future__ import annotations

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
            "question_html": to_html(q.question, draw_math=True).removeprefix("<p>").removesuffix("</p>"),
            "category": category.title,
            "sections": [(label, to_html(text, draw_math=True)) for label, text in answer_sections(bank, q, links).items()],
        })
    return env.get_template("top50.pdf.html.j2").render(
        site_name=site_name, site_url=site_url, questions=questions, description=description,
        tabs=bank.guide.tabs,
        date=date,
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
