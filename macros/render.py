"""Bank to Markdown: pure functions over the validated models, templates in templates/."""

from __future__ import annotations

import html
import posixpath
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import get_args

import jinja2

from macros.files import DownloadNames
from macros.models import Bank, Difficulty, Question
from macros.seo import plain_text

QUESTIONS_DIR = "questions"
TAGS_PAGE = "tags.md"
FIGURES_DIR = "assets/figures"


@cache
def templates() -> jinja2.Environment:
    """The Jinja environment of macros/templates/ (shared by every renderer)."""
    # Output is Markdown, not HTML: escaping is explicit (`|e`) where HTML is written.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["fence"] = fence
    env.filters["link_text"] = link_text
    env.filters["plain"] = plain_text
    return env


def fence(code: str) -> str:
    """A backtick fence longer than any run of backticks inside `code`."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


_CODE_SPAN = re.compile(r"(?<!`)(`+)(.+?)(?<!`)\1(?!`)", re.S)


def link_text(text: str) -> str:
    """Text safe inside `[...]` of a Markdown link.

    Brackets and backslashes are escaped, except inside code spans, where Markdown reads a
    backslash literally: a code span is written as HTML instead, its brackets as entities.
    """
    def escape(plain: str) -> str:
        return plain.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")

    parts, end = [], 0
    for match in _CODE_SPAN.finditer(text):
        code = html.escape(match.group(2).strip(" "), quote=False).replace("[", "&#91;").replace("]", "&#93;")
        parts += [escape(text[end:match.start()]), f"<code>{code}</code>"]
        end = match.end()
    return "".join(parts) + escape(text[end:])


def category_page_path(category_id: str) -> str:
    return f"{QUESTIONS_DIR}/{category_id}.md"


def url_from(page_url: str, target: str) -> str:
    """A plain URL from the page served at `page_url` to `target` (a path in the site), for
    files that join the site after MkDocs has checked its links (the PDF, the downloads)."""
    return posixpath.relpath(target, page_url.rstrip("/") or ".")


def relative(from_page: str, target: str) -> str:
    """A link from the Markdown page `from_page` to `target` (a docs-relative path#anchor)."""
    path, _, anchor = target.partition("#")
    link = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return f"{link}#{anchor}" if anchor else link


class _Links:
    """The links a page needs, computed relative to that page."""

    def __init__(self, bank: Bank, page: str, source_base: str | None = None) -> None:
        self._bank = bank
        self._page = page
        self._source_base = source_base

    def source(self, question_id: str) -> str | None:
        """Where the question's YAML can be read and edited (None without a repository)."""
        if not self._source_base:
            return None
        file, line = self._bank.sources[question_id]
        return f"{self._source_base.rstrip('/')}/{file}#L{line}"

    def question(self, question_id: str) -> str:
        category = self._bank.category_of[question_id]
        target = category_page_path(category)
        if target == self._page:
            return f"#{question_id}"
        return relative(self._page, f"{target}#{question_id}")

    def tag(self, tag: str) -> str:
        return relative(self._page, f"{TAGS_PAGE}#tag-{tag}")

    def figure(self, file: str) -> str:
        return relative(self._page, f"{FIGURES_DIR}/{file}")


class UrlLinks(_Links):
    """Links for documents outside the site's Markdown (PDF, JSON, Anki): plain URLs.

    `root` is the site's address ("" for paths relative to the site root), `figures` the
    prefix that makes a figure file name a usable address.
    """

    def __init__(self, bank: Bank, root: str, figures: str) -> None:
        super().__init__(bank, "index.md")
        self._root = root.rstrip("/") + "/" if root else ""
        self._figures = figures

    def category(self, category_id: str) -> str:
        return f"{self._root}{QUESTIONS_DIR}/{category_id}/"

    def question(self, question_id: str) -> str:
        return f"{self.category(self._bank.category_of[question_id])}#{question_id}"

    def tag(self, tag: str) -> str:
        return f"{self._root}tags/#tag-{tag}"

    def figure(self, file: str) -> str:
        return f"{self._figures}{file}"


def answer_sections(bank: Bank, question: Question, links: _Links) -> dict[str, str]:
    """The three sections of `question` as Markdown, with its code, figures and follow-ups,
    by the names the guide gives its tabs."""
    parts = templates().get_template("parts.md.j2").module
    tabs = bank.guide.tabs
    return dict(zip((tabs.how_to_answer, tabs.sample_answer, tabs.what_to_look_for), (
        str(parts.how_to_answer(question)),
        str(parts.sample_answer(question, bank, links)),
        str(parts.what_to_look_for(question, bank, links)),
    ), strict=True))


def render_category(bank: Bank, category_id: str, page: str, source_base: str | None = None) -> str:
    """The body of a category page: description, question list, controls, questions.

    `source_base` is the address under which the repository's files can be edited.
    """
    questions = bank.questions[category_id]
    body = templates().get_template("questions.md.j2").render(
        questions=questions, bank=bank, links=_Links(bank, page, source_base)
    )
    return templates().get_template("category.md.j2").render(
        category=bank.category(category_id), questions=questions, body=body,
        filterbar=_filterbar(bank, category_id, questions),
    )


# The category pages' filters: name, label, "any" option. The marks' options are the store's
# (practice/filters.js, MARK_OPTIONS).
_FILTERS = [("difficulty", "Difficulty", "Any difficulty"), ("role", "Role", "Any role"), ("kind", "Kind", "Any kind"),
            ("mark", "Your marks", "Any")]
_MARKS = [("later", "Review later"), ("unmarked", "Not marked"), ("not-known", "Not known"), ("known", "Known")]


def _filterbar(bank: Bank, category_id: str, questions: list[Question]) -> str:
    """The filter bar of a category page: only values its questions use, the guide's labels."""
    guide = bank.guide
    options = {
        "difficulty": [(d, d) for d in get_args(Difficulty) if any(q.difficulty == d for q in questions)],
        "role": [(r, guide.role_labels[r]) for r in sorted({r for q in questions for r in q.roles})],
        "kind": [(k, guide.kind_labels[k]) for k in sorted({q.kind for q in questions})],
        "mark": _MARKS,
    }
    return templates().get_template("filterbar.html.j2").render(
        filters=[(name, label, any_, options[name]) for name, label, any_ in _FILTERS],
        count=len(questions), category=category_id,
    )


def tag_index(bank: Bank) -> dict[str, list[Question]]:
    """Every tag with its questions, tags sorted by name, questions in bank order."""
    tags: dict[str, list[Question]] = defaultdict(list)
    for question in bank.all_questions():
        for tag in question.tags:
            tags[tag].append(question)
    return dict(sorted(tags.items()))


def render_tags(bank: Bank, page: str) -> str:
    return templates().get_template("tags.md.j2").render(
        tags=tag_index(bank), bank=bank, links=_Links(bank, page)
    )


def render_overview(bank: Bank, page: str) -> str:
    """Cards linking every category page, with how many questions each holds."""
    return templates().get_template("overview.md.j2").render(
        categories=bank.categories,
        counts={c.id: len(bank.questions[c.id]) for c in bank.categories},
        links={c.id: relative(page, category_page_path(c.id)) for c in bank.categories},
    )


def render_top50(bank: Bank, page: str, page_url: str, names: DownloadNames) -> str:
    """The Top 50 page: the curated questions in order, each answer collapsed.

    The PDFs are written after the build, so their links are plain URLs from `page_url`.
    """
    return templates().get_template("top50.md.j2").render(
        questions=[bank.by_id[i] for i in bank.top50],
        bank=bank,
        links=_Links(bank, page),
        pdf_link=url_from(page_url, names.top50_pdf),
        sheet_links={paper: url_from(page_url, name) for paper, name in names.cheat_sheets.items()},
    )


_FORMATS = {
    ".pdf": ("PDF", "The Top 50, with contents and bookmarks: to read offline or print"),
    ".apkg": ("Anki deck", "One card per question; re-importing a newer deck updates your cards"),
    ".csv": ("CSV", "Every field of every question, one row each (UTF-8)"),
    ".json": ("JSON", "The whole bank for scripts, with answers as HTML (schema in the repository)"),
}


def human_size(size: int) -> str:
    for unit in ("bytes", "kB", "MB"):
        if size < 1000 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError


def render_downloads(
    files: dict[str, bytes], names: DownloadNames, question_count: int, built: str, page_url: str
) -> str:
    """The Downloads table; the files are written after the build, so links are plain URLs."""
    rows = []
    sheets = {name: paper for paper, name in names.cheat_sheets.items()}
    for name in sorted(f for f in files if f.startswith("downloads/")):
        label, purpose = _FORMATS[Path(name).suffix]
        if name in sheets:
            label, purpose = "Cheat sheet", f"The Top 50 with their key points on a few pages, {sheets[name]} paper"
        count = 50 if name == names.top50_pdf or name in sheets else question_count
        rows.append({"label": label, "purpose": purpose, "link": url_from(page_url, name), "file": Path(name).name,
                     "size": human_size(len(files[name])), "count": count})
    return templates().get_template("downloads.md.j2").render(
        rows=rows, built=built, pdf_missing=names.top50_pdf not in files
    )
