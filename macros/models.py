"""The data contract: what a category, a topic and a question may hold.

These models are the source of truth; `schema/` is generated from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo
from pydantic_core import PydanticCustomError

from macros.safety import is_safe_url, raw_html, unsafe_links

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOPIC = re.compile(r"^[A-Z][0-9]{1,3}$")
_FILE = re.compile(r"^[a-z0-9][a-z0-9_-]*\.(?:svg|png)$")
_SOLUTION = re.compile(r"^solutions/[a-z0-9_]+\.(?:py|sql)$")


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise PydanticCustomError(
            "slug", "'{value}' is not a slug: use lower-case letters, digits and single hyphens",
            {"value": value},
        )
    return value


def _topic(value: str) -> str:
    if not _TOPIC.match(value):
        raise PydanticCustomError(
            "topic", "'{value}' is not a topic code such as F3 or A12", {"value": value}
        )
    return value


def _markdown(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty", "must not be empty")
    if html := raw_html(value):
        raise PydanticCustomError(
            "raw_html", "raw HTML is not allowed in content: {html}", {"html": html[:60]}
        )
    if bad := unsafe_links(value):
        raise PydanticCustomError(
            "unsafe_link", "links must be http(s) addresses or #anchors, not '{url}'",
            {"url": bad[0][:60]},
        )
    return value


def _one_line(value: str) -> str:
    value = _markdown(value)
    if "\n" in value.strip():
        raise PydanticCustomError("one_line", "must be a single line")
    return value.strip()


def _url(value: str) -> str:
    if not (is_safe_url(value) and value.lower().startswith(("http://", "https://"))):
        raise PydanticCustomError("url", "'{url}' is not an http(s) address", {"url": value[:60]})
    return value


def _unique(values: list) -> list:
    seen = [v for i, v in enumerate(values) if v in values[:i]]
    if seen:
        raise PydanticCustomError("unique", "'{item}' is listed twice", {"item": seen[0]})
    return values


def _pattern(regex: re.Pattern[str], what: str):
    def check(value: str) -> str:
        if not regex.match(value):
            raise PydanticCustomError("pattern", "'{v}' is not {what}", {"v": value, "what": what})
        return value

    return AfterValidator(check)


def _declared(what: str):
    """A check that a value is among the ones guide.yml declares for `what` (roles, kinds),
    given to validation as context; without context (schema, tests of one model) any slug."""

    def check(value: str, info: ValidationInfo) -> str:
        declared = (info.context or {}).get(what)
        if declared is not None and value not in declared:
            raise PydanticCustomError(
                "undeclared", "unknown {what} '{value}' (guide.yml declares: {known})",
                {"what": what.removesuffix("s"), "value": value, "known": ", ".join(declared)},
            )
        return value

    return AfterValidator(check)


Slug = Annotated[str, AfterValidator(_slug)]
TopicCode = Annotated[str, AfterValidator(_topic)]
Markdown = Annotated[str, AfterValidator(_markdown)]
Line = Annotated[str, AfterValidator(_one_line)]
Url = Annotated[str, AfterValidator(_url)]
KEY_POINT_MAX = 120  # a cheat sheet has room for one short line per point


def _key_point(value: str) -> str:
    if len(value) > KEY_POINT_MAX:
        raise PydanticCustomError(
            "too_long", "is {n} characters long; a key point has at most {max}",
            {"n": len(value), "max": KEY_POINT_MAX},
        )
    return value


KeyPoint = Annotated[str, AfterValidator(_one_line), AfterValidator(_key_point)]
Difficulty = Literal["easy", "medium", "hard"]


Top50 = Annotated[list[Slug], Field(min_length=50, max_length=50)]  # ordered, distinct ids


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Label(_Strict):
    """A value a question may take (a role, a kind), with the words readers see for it."""

    id: Slug
    label: Line = Field(description="How the value is shown on badges and in filters.")
    description: Line | None = Field(default=None, description="One sentence, for the guide pages and tooltips.")


def _tab_label(value: str) -> str:
    if '"' in value:  # the label is written inside quotes in the page's Markdown
        raise PydanticCustomError("tab_label", "a tab name cannot contain a double quote")
    return value


TabLabel = Annotated[Line, AfterValidator(_tab_label)]


class Tabs(_Strict):
    """The names of the three answer sections, as the tabs and the downloads show them."""

    how_to_answer: TabLabel
    sample_answer: TabLabel
    what_to_look_for: TabLabel


class Guide(_Strict):
    """data/guide.yml: what makes this guide's subject, so the generator assumes none."""

    roles: Annotated[list[Label], Field(min_length=1)] = Field(description="Who the questions are for.")
    kinds: Annotated[list[Label], Field(min_length=1)] = Field(description="The kinds of question.")
    tabs: Tabs
    file_stem: Slug | None = Field(
        default=None,
        description="Downloads are named <file_stem>-top-50.pdf and so on; by default the site name as a slug.",
    )

    @cached_property
    def role_labels(self) -> dict[str, str]:
        return {r.id: r.label for r in self.roles}

    @cached_property
    def kind_labels(self) -> dict[str, str]:
        return {k.id: k.label for k in self.kinds}


class Category(_Strict):
    """A page of the guide: one file of questions under data/questions/."""

    id: Slug = Field(description="Slug; also the name of the questions file and of the page.")
    title: Line
    description: Markdown = Field(description="Shown at the top of the category page.")


class Topic(_Strict):
    """An entry of the coverage checklist that questions point at with `covers`."""

    id: TopicCode
    title: Line


class Reference(_Strict):
    title: Line
    url: Url


class Figure(_Strict):
    """An image from docs/assets/figures/, shown under the sample answer."""

    file: Annotated[str, _pattern(_FILE, "a file name like roc-vs-pr.svg")]
    alt: Line = Field(description="What the figure shows, for readers who cannot see it.")
    caption: Line | None = None


class Question(_Strict):
    """One interview question with its three answer sections."""

    id: Slug = Field(description="Unique across the bank and stable: it is the URL anchor.")
    question: Line
    kind: Annotated[Slug, _declared("kinds")] = Field(description="One of the kinds declared in guide.yml.")
    difficulty: Difficulty
    roles: Annotated[list[Annotated[Slug, _declared("roles")]], Field(min_length=1), AfterValidator(_unique)] = Field(
        description="Ids of roles declared in guide.yml."
    )
    tags: Annotated[list[Slug], AfterValidator(_unique)] = []
    covers: Annotated[list[TopicCode], Field(min_length=1), AfterValidator(_unique)]
    key_points: Annotated[list[KeyPoint], Field(min_length=2, max_length=4)] | None = Field(
        default=None,
        description="2-4 one-line points of a strong answer, for the cheat sheet. Required for the Top 50.",
    )
    how_to_answer: Markdown
    sample_answer: Markdown
    what_to_look_for: Markdown
    follow_ups: list[Line] = []
    related: Annotated[list[Slug], AfterValidator(_unique)] = []
    references: list[Reference] = []
    figures: list[Figure] = []
    solution: Annotated[str, _pattern(_SOLUTION, "a path like solutions/knn.py")] | None = Field(
        default=None, description="Code shown under the sample answer, relative to data/."
    )


_PHRASE = re.compile(r"^[\w][\w '/.+-]*$")


def _phrase(value: str) -> str:
    if not _PHRASE.match(value) or value != value.strip():
        raise PydanticCustomError(
            "phrase", "'{value}' is not a search phrase: use words, digits, spaces, ' / . + -",
            {"value": value[:60]},
        )
    return value


SynonymGroup = Annotated[
    list[Annotated[str, AfterValidator(_phrase)]], Field(min_length=2), AfterValidator(_unique)
]


class SearchTerms(_Strict):
    """data/search.yml: words a reader may type for the same thing (acronyms, synonyms)."""

    synonyms: list[SynonymGroup] = Field(
        default=[],
        description="Groups of phrases that mean the same; a search for one finds the others.",
    )


@dataclass(frozen=True)
class Solution:
    language: str
    code: str


@dataclass(frozen=True)
class Bank:
    """The whole validated bank, with the look-ups the renderers need."""

    guide: Guide
    categories: list[Category]
    questions: dict[str, list[Question]]
    topics: list[Topic] = field(default_factory=list)
    top50: list[str] = field(default_factory=list)
    solutions: dict[str, Solution] = field(default_factory=dict)
    sources: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (data file, line)
    diagrams: dict[str, str] = field(default_factory=dict)  # source hash -> SVG drawing
    search: SearchTerms = field(default_factory=SearchTerms)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def all_questions(self) -> list[Question]:
        return [q for c in self.categories for q in self.questions[c.id]]

    @cached_property
    def category_of(self) -> dict[str, str]:
        return {q.id: c for c, qs in self.questions.items() for q in qs}

    @cached_property
    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.all_questions()}
