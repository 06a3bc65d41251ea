"""The bank as the site's own scripts read it: small files, each fetched only where needed.

A page fetches what it shows and no more, so that its weight does not grow with the bank
(`overrides/assets/js/practice/bank.js` names the same paths):

- `bank/index/<n>.json`: questions n * INDEX_SHARD onwards, text and address only. The home
  page fetches the one that holds the question of the day (and, on a click, a random one).
- `bank/ids.json`: each category's question ids, for the home page's due count and progress;
  fetched only when the reader has progress to count.
- `bank/questions.json`: every question without its answers, for the practice and kit filters.
- `bank/answers/<category>.json`: one category's answers as HTML, fetched when a card of it
  is shown or a sheet needs its rubric.

`questions.json` (the whole bank in one file) stays a download for scripts; no page reads it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from macros.models import Bank, Difficulty, Tabs
from macros.render import UrlLinks

INDEX_SHARD = 50  # questions per index file: one of them is about 2.5 kB gzipped
INDEX_DIR, IDS_FILE, QUESTIONS_FILE, ANSWERS_DIR = "bank/index", "bank/ids.json", "bank/questions.json", "bank/answers"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Listed(_Strict):
    """A question as a teaser shows it: its size does not grow with its answers."""

    id: str
    category: str
    url: str
    question: str


class IndexPart(_Strict):
    version: int = 1
    questions: list[Listed]


class Category(_Strict):
    id: str
    title: str
    url: str
    count: int


class Summary(_Strict):
    """What the home page carries inline: the counts, and how to find the n-th question."""

    version: int = 1
    questions: int
    index_shard: int
    categories: list[Category]


class Ids(_Strict):
    version: int = 1
    categories: dict[str, list[str]]


class ExportedLabel(_Strict):
    """A role or kind the guide declares, with the words readers see for it."""

    id: str
    label: str


def labels(items) -> list[ExportedLabel]:
    """The guide's roles or kinds, in its order (`questions.json` carries them too)."""
    return [ExportedLabel(id=item.id, label=item.label) for item in items]


class Card(Listed):
    """A question as the practice and kit pages filter it."""

    kind: str
    difficulty: Difficulty
    roles: list[str]
    tags: list[str]


class Questions(_Strict):
    version: int = 1
    tabs: Tabs
    categories: list[Category]
    roles: list[ExportedLabel]
    kinds: list[ExportedLabel]
    questions: list[Card]


class Answer(_Strict):
    how_to_answer_html: str
    sample_answer_html: str
    what_to_look_for_html: str


class Answers(_Strict):
    version: int = 1
    category: str
    questions: dict[str, Answer]


def _json(model: BaseModel) -> bytes:
    return model.model_dump_json().encode()


def _categories(bank: Bank, links: UrlLinks) -> list[Category]:
    return [
        Category(id=c.id, title=c.title, url=links.category(c.id), count=len(bank.questions[c.id]))
        for c in bank.categories
    ]


def summary(bank: Bank) -> Summary:
    return Summary(
        questions=len(bank.all_questions()), index_shard=INDEX_SHARD,
        categories=_categories(bank, UrlLinks(bank, "", figures="assets/figures/")),
    )


def summary_html(bank: Bank) -> str:
    """The summary as an inline JSON block (no `<` can end it early: JSON escapes it here)."""
    data = summary(bank).model_dump_json().replace("<", "\\u003c")
    return f'<script type="application/json" data-pq-summary>{data}</script>'


def practice_files(bank: Bank, html: dict[str, list[str]]) -> dict[str, bytes]:
    """Every file above, by its path in the site. `html` holds each question's three sections
    with addresses relative to the site's root."""
    links = UrlLinks(bank, "", figures="assets/figures/")
    questions = bank.all_questions()
    category_of = bank.category_of
    listed = [Listed(id=q.id, category=category_of[q.id], url=links.question(q.id), question=q.question) for q in questions]
    files = {
        f"{INDEX_DIR}/{n // INDEX_SHARD}.json": _json(IndexPart(questions=listed[n:n + INDEX_SHARD]))
        for n in range(0, len(listed), INDEX_SHARD)
    }
    files[IDS_FILE] = _json(Ids(categories={c.id: [q.id for q in bank.questions[c.id]] for c in bank.categories}))
    files[QUESTIONS_FILE] = _json(Questions(
        tabs=bank.guide.tabs,
        categories=_categories(bank, links),
        roles=labels(bank.guide.roles),
        kinds=labels(bank.guide.kinds),
        questions=[
            Card(**item.model_dump(), kind=q.kind, difficulty=q.difficulty, roles=q.roles, tags=q.tags)
            for item, q in zip(listed, questions, strict=True)
        ],
    ))
    for c in bank.categories:
        files[f"{ANSWERS_DIR}/{c.id}.json"] = _json(Answers(category=c.id, questions={
            q.id: Answer(how_to_answer_html=html[q.id][0], sample_answer_html=html[q.id][1], what_to_look_for_html=html[q.id][2])
            for q in bank.questions[c.id]
        }))
    return files

