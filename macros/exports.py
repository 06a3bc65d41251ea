"""The bank as files to take away: JSON for scripts, CSV for spreadsheets, an Anki deck."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
import zlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from macros.files import DownloadNames
from macros.html import to_html
from macros.models import Bank, Difficulty, Question
from macros.practice_data import ExportedLabel, labels, practice_files
from macros.render import UrlLinks, answer_sections
from macros.render import templates as jinja_templates

JSON_FILE = "questions.json"
CSV_COLUMNS = [
    "id", "category", "question", "kind", "difficulty", "roles", "tags", "covers",
    "key_points", "how_to_answer", "sample_answer", "what_to_look_for", "follow_ups", "related",
    "references", "figures", "solution", "solution_code", "url",
]


class ExportedQuestion(BaseModel):
    """One question as scripts and the practice pages read it (HTML ready to show)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    category: str
    url: str
    question: str
    kind: str
    difficulty: Difficulty
    roles: list[str]
    tags: list[str]
    covers: list[str]
    how_to_answer_html: str
    sample_answer_html: str
    what_to_look_for_html: str


class ExportedCategory(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    url: str


class ExportedBank(BaseModel):
    """`questions.json`: the whole bank, one source of truth with the site."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    built: str
    categories: list[ExportedCategory]
    roles: list[ExportedLabel] = Field(description="The guide's roles, in its order, as filters show them.")
    kinds: list[ExportedLabel] = Field(description="The guide's kinds of question, in its order.")
    questions: list[ExportedQuestion]


_ROOT, _FIGURES = "guide-root:/", "guide-figures:/"  # placeholders, replaced per download


def sections_html(bank: Bank) -> dict[str, list[str]]:
    """Each question's three sections as HTML (math as MathML). Converting
    Markdown is the costly part, so it is done once for the JSON and the Anki deck, with
    placeholder addresses that `_relink` fills in for each."""
    links = UrlLinks(bank, _ROOT, figures=_FIGURES)
    return {
        q.id: [
            to_html(text, draw_math=False, inline_styles=False, diagrams=bank.diagrams)
            for text in answer_sections(bank, q, links).values()
        ]
        for q in bank.all_questions()
    }


def _relink(html: list[str], root: str, figures: str) -> list[str]:
    root = root.rstrip("/") + "/" if root else ""
    return [part.replace(_ROOT, root).replace(_FIGURES, figures) for part in html]


def _exported(bank: Bank, question: Question, html: list[str], links: UrlLinks) -> ExportedQuestion:
    return ExportedQuestion(
        id=question.id, category=bank.category_of[question.id], url=links.question(question.id),
        question=question.question, kind=question.kind, difficulty=question.difficulty,
        roles=question.roles, tags=question.tags, covers=question.covers,
        how_to_answer_html=html[0], sample_answer_html=html[1], what_to_look_for_html=html[2],
    )


def bank_json(bank: Bank, built: str, html: dict[str, list[str]] | None = None) -> bytes:
    # URLs are relative to the site's root; figures and links inside the HTML too.
    html = html or sections_html(bank)
    html = {qid: _relink(parts, "", "assets/figures/") for qid, parts in html.items()}
    links = UrlLinks(bank, "", figures="assets/figures/")
    exported = ExportedBank(
        built=built,
        categories=[ExportedCategory(id=c.id, title=c.title, url=links.category(c.id)) for c in bank.categories],
        roles=labels(bank.guide.roles),
        kinds=labels(bank.guide.kinds),
        questions=[_exported(bank, q, html[q.id], links) for q in bank.all_questions()],
    )
    return exported.model_dump_json(indent=1).encode()


def bank_csv(bank: Bank) -> bytes:
    """Every field of every question, one row each (RFC 4180: CRLF, quotes doubled), in
    UTF-8 with a byte-order mark."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    links = UrlLinks(bank, "", figures="assets/figures/")
    for q in bank.all_questions():
        solution = bank.solutions.get(q.id)
        writer.writerow({
            "id": q.id, "category": bank.category_of[q.id], "question": q.question,
            "kind": q.kind, "difficulty": q.difficulty, "roles": ";".join(q.roles),
            "tags": ";".join(q.tags), "covers": ";".join(q.covers),
            "key_points": "\n".join(q.key_points or []),
            "how_to_answer": q.how_to_answer, "sample_answer": q.sample_answer,
            "what_to_look_for": q.what_to_look_for, "follow_ups": "\n".join(q.follow_ups),
            "related": ";".join(q.related),
            "references": "\n".join(f"{r.title} <{r.url}>" for r in q.references),
            "figures": ";".join(f.file for f in q.figures), "solution": q.solution or "",
            "solution_code": solution.code if solution else "", "url": links.question(q.id),
        })
    # The byte-order mark tells spreadsheet programs (Excel above all) that the file is UTF-8.
    return out.getvalue().encode("utf-8-sig")


def _stable_id(name: str) -> int:
    """Anki model and deck ids: fixed numbers derived from a name, so imports update."""
    return 1_000_000_000 + zlib.crc32(name.encode())


def anki_deck(
    bank: Bank, title: str, site_url: str | None, figures_dir: Path, html: dict[str, list[str]] | None = None
) -> bytes:
    """One note per question; the note's GUID comes from the question id alone."""
    import genanki  # only the build needs it
    from pygments.formatters import HtmlFormatter

    templates = Path(__file__).parent / "templates"
    tabs = bank.guide.tabs
    back = jinja_templates().get_template("anki-back.html.j2").render(
        sample_answer=tabs.sample_answer, what_to_look_for=tabs.what_to_look_for
    )
    model = genanki.Model(
        _stable_id(f"{title} question"),
        f"{title} question",
        fields=[{"name": n} for n in ("Question", "Category", "SampleAnswer", "WhatToLookFor", "Id")],
        templates=[{
            "name": "Question",
            "qfmt": (templates / "anki-front.html").read_text(encoding="utf-8"),
            "afmt": back,
        }],
        css=(templates / "anki.css").read_text(encoding="utf-8")
        + HtmlFormatter(style="friendly").get_style_defs(".highlight"),  # code colours
    )
    deck = genanki.Deck(_stable_id(title), title)
    # Links lead to the website; Anki keeps media files flat, so figures are bare names.
    html = {qid: _relink(parts, site_url or "", "") for qid, parts in (html or sections_html(bank)).items()}
    media = set()
    for q in bank.all_questions():
        category = bank.category(bank.category_of[q.id])
        deck.add_note(genanki.Note(
            model=model,
            fields=[
                to_html(q.question, draw_math=False).removeprefix("<p>").removesuffix("</p>"),
                category.title,
                html[q.id][1],
                html[q.id][2],
                q.id,
            ],
            tags=[category.id, q.difficulty, q.kind, *q.tags],
            guid=genanki.guid_for(q.id),
        ))
        media.update(str(figures_dir / f.file) for f in q.figures)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.apkg"
        # A fixed timestamp: the same bank gives the same deck.
        genanki.Package(deck, media_files=sorted(media)).write_to_file(path, timestamp=0)
        return _fixed_zip_times(path.read_bytes())


def _fixed_zip_times(archive: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01: the files' own times (when the build
    ran, when the repository was cloned) would make every build's deck differ."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = entry.compress_type, 0o644 << 16
            target.writestr(fixed, source.read(entry))
    return out.getvalue()


def downloads(
    bank: Bank, names: DownloadNames, title: str, site_url: str | None, figures_dir: Path, built: str
) -> dict[str, bytes]:
    """Every download, by its path in the site."""
    html = sections_html(bank)
    data = bank_json(bank, built, html)
    return practice_files(bank, {qid: _relink(parts, "", "assets/figures/") for qid, parts in html.items()}) | {
        JSON_FILE: data,
        names.json: data,
        names.csv: bank_csv(bank),
        names.apkg: anki_deck(bank, title, site_url, figures_dir, html),
    }
