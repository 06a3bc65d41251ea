"""The Top 50 as a PDF: a standalone HTML document rendered by WeasyPrint (no script runs)."""

from __future__ import annotations

import datetime
from pathlib import Path

from macros.html import to_html
from macros.models import Bank
from macros.render import _environment, _Links


class PdfUnavailable(Exception):
    """WeasyPrint's system libraries are missing: one line saying what to install."""


def top50_html(bank: Bank, site_name: str, site_url: str | None = None) -> str:
    """The PDF's HTML: cover, contents, then each question's three sections."""
    env = _environment()
    parts = env.get_template("parts.md.j2").module
    links = _PdfLinks(bank, site_url)
    questions = []
    for number, question_id in enumerate(bank.top50, start=1):
        q = bank.by_id[question_id]
        category = bank.category(bank.category_of[q.id])
        questions.append({
            "number": number,
            "q": q,
            "question_html": to_html(q.question).removeprefix("<p>").removesuffix("</p>"),
            "category": category.title,
            "sections": [
                ("How to answer", to_html(str(parts.how_to_answer(q)))),
                ("Sample answer", to_html(str(parts.sample_answer(q, bank, links)))),
                ("What to look for", to_html(str(parts.what_to_look_for(q, bank, links)))),
            ],
        })
    return env.get_template("top50.pdf.html.j2").render(
        site_name=site_name, site_url=site_url, questions=questions,
        date=datetime.date.today().isoformat(),
    )


class _PdfLinks(_Links):
    """Links from the PDF: questions point at the website, figures at docs/ files."""

    def __init__(self, bank: Bank, site_url: str | None) -> None:
        super().__init__(bank, "index.md")
        self._site_url = (site_url or "").rstrip("/")

    def question(self, question_id: str) -> str:
        if not self._site_url:
            return f"#{question_id}" if question_id in self._bank.top50 else "#"
        return f"{self._site_url}/questions/{self._bank.category_of[question_id]}/#{question_id}"


def write_pdf(html: str, destination: Path, base_dir: Path) -> None:
    """Render `html` to `destination`; relative paths (figures) resolve from `base_dir`."""
    try:
        from weasyprint import HTML
    except OSError as error:  # raised when Pango or its friends cannot be loaded
        raise PdfUnavailable(
            "The PDF needs Pango for WeasyPrint: on Debian/Ubuntu `apt-get install libpango-1.0-0 "
            f"libpangoft2-1.0-0`, on macOS `brew install pango` ({error})."
        ) from None
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(".partial")
    HTML(string=html, base_url=str(base_dir) + "/").write_pdf(partial)
    partial.replace(destination)  # never leave a half-written PDF behind
