"""Reading data/: YAML to validated models, with every problem located by file and line."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from macros import diagrams
from macros.errors import BankError, Problem
from macros.formulas import problems_in
from macros.models import Bank, Category, Guide, Question, SearchTerms, Solution, Topic

Model = TypeVar("Model", bound=BaseModel)
Path_ = tuple[Any, ...]
LineMap = dict[Path_, int]

TOP50_SIZE = 50
_LANGUAGES = {".py": "python", ".sql": "sql"}


class _File:
    """One data file being read: its display name, and the problems found in it."""

    def __init__(self, path: Path, root: Path, problems: list[Problem]) -> None:
        self.path = path
        self.name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        self.problems = problems
        self.lines: LineMap = {}
        self.duplicates: list[tuple[int, Path_, int]] = []
        self.declared: set[str] = set()  # ids written in the file, valid or not

    def problem(self, where: Path_ | int, field: str, message: str) -> None:
        line = where if isinstance(where, int) else self.line(where)
        self.problems.append(Problem(self.name, line, field, message))

    def line(self, path: Path_) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if (found := self.lines.get(path[:end])) is not None:
                return found
        return 1

    def parse(self) -> Any:
        """The file's data, or None (with problems recorded) when it cannot be read."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            self.problem(1, "(file)", f"is not UTF-8 text ({error.reason})")
            return None
        self.declared = set(_DECLARED_ID.findall(text))
        # One parse with libyaml; one walk of its nodes gives the values, the line of every
        # key and item, and duplicate keys (PyYAML would silently keep the last).
        loader = yaml.CSafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            data = _build(node, (), self, loader)
            self._report_duplicates(data)
            return data
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            where = mark.line + 1 if mark else 1
            reason = error.problem or error.context or "unreadable"
            self.problem(where, "(yaml)", f"invalid YAML: {reason}{_hint(reason)}")
        except yaml.YAMLError as error:
            self.problem(1, "(yaml)", f"invalid YAML: {error}")
        except RecursionError:
            self.problem(1, "(yaml)", "invalid YAML: nested too deeply")
        finally:
            loader.dispose()
        return None

    def _report_duplicates(self, data: Any) -> None:
        for line, path, first in self.duplicates:
            head = _label(data[path[0]], path[0]) if path and isinstance(data, list) else None
            field = ".".join(str(p) for p in ([head, *path[1:]] if head else path))
            self.problem(line, field, f"duplicate key (first on line {first})")

    def items(self, what: str) -> list[Any]:
        """The file's top-level list (empty, with a problem, if it is not one)."""
        data = self.parse()
        if data is None:
            if not any(p.file == self.name for p in self.problems):
                self.problem(1, "(file)", f"is empty: expected a list of {what}")
            return []
        if not isinstance(data, list):
            self.problem(1, "(file)", f"expected a list of {what}, found {type(data).__name__}")
            return []
        return data

    def validate(self, model: type[Model], data: Any, at: Path_, label: str, context: dict | None = None) -> Model | None:
        """`data` (found at `at` in the file) as a `model`, or None with its problems recorded."""
        try:
            return model.model_validate(data, context=context)
        except ValidationError as error:
            for detail in error.errors(include_url=False):
                loc = tuple(detail["loc"])
                field = ".".join(str(part) for part in (label, *loc) if part != "")
                self.problem((*at, *loc), field, _message(detail, _model_at(model, loc)))
        except RecursionError:
            self.problem(at, label, "is nested too deeply")
        return None


_DECLARED_ID = re.compile(r"^\s*-?\s*id:\s*[\"']?([a-z0-9-]+)", re.M)


_YAML_HINTS = {
    "mapping values are not allowed": " (a value containing ': ' must be quoted)",
    "tab character": " (indent with spaces, not tabs)",
    "could not find expected ':'": " (is a line missing its 'key:', or is a quote left open?)",
}


def _hint(reason: str) -> str:
    return next((hint for key, hint in _YAML_HINTS.items() if key in reason), "")


def _message(detail: dict[str, Any], model: type[BaseModel]) -> str:
    if detail["type"] == "missing":
        return "is required"
    if detail["type"] == "extra_forbidden":
        close = difflib.get_close_matches(str(detail["loc"][-1]), model.model_fields, n=1, cutoff=0.85)
        return f"is not a known field: did you mean '{close[0]}'?" if close else "is not a known field"
    if detail["type"] == "model_type":
        return "must be a mapping of fields (key: value lines)"
    return detail["msg"]


_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"


def _build(node: yaml.Node, path: Path_, file: _File, loader: yaml.CSafeLoader) -> Any:
    """The value of `node`, recording lines and duplicate keys on the way."""
    file.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        # Strings are nearly everything here; other scalars (numbers, dates) go to PyYAML.
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), file, loader) for i, item in enumerate(node.value)]
    if any(key.tag == _MERGE for key, _ in node.value):
        return loader.construct_object(node, deep=True)  # `<<` merges: rare, PyYAML knows how
    mapping: dict[Any, Any] = {}
    first_seen: dict[Any, int] = {}
    for key_node, value_node in node.value:
        key = _build(key_node, (*path, "(key)"), file, loader)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "found an unhashable key", key_node.start_mark
            ) from None
        line = key_node.start_mark.line + 1
        if key in first_seen:
            file.duplicates.append((line, (*path, key), first_seen[key]))
            continue
        first_seen[key] = line
        file.lines[(*path, key)] = line
        mapping[key] = _build(value_node, (*path, key), file, loader)
    return mapping


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel]:
    """The model a nested error is about (a reference or a figure inside a question)."""
    for part in loc[:-1]:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        inner = getattr(field, "annotation", None)
        for candidate in getattr(inner, "__args__", ()) or (inner,):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                model = candidate
    return model


def _label(data: Any, index: int) -> str:
    """How a problem names its question: by id where it has one."""
    if isinstance(data, dict) and isinstance(data.get("id"), str) and data["id"]:
        return data["id"]
    return f"[{index + 1}]"


def _read_list(file: _File, model: type[Model], what: str, context: dict | None = None) -> list[tuple[int, Model]]:
    out = []
    for index, data in enumerate(file.items(what)):
        if (item := file.validate(model, data, (index,), _label(data, index), context)) is not None:
            out.append((index, item))
    return out


def load_bank(data_dir: Path, figures_dir: Path | None = None) -> Bank:
    """Read and check everything under `data_dir`; raise one BankError listing all problems."""
    problems: list[Problem] = []
    root = data_dir.parent

    def open_file(path: Path) -> _File:
        return _File(path, root, problems)

    guide_file = open_file(data_dir / "guide.yml")
    guide = _read_guide(guide_file)
    categories_file = open_file(data_dir / "categories.yml")
    topics_file = open_file(data_dir / "topics.yml")
    categories = _required(categories_file, Category, "categories")
    topics = _required(topics_file, Topic, "topics")
    _check_unique_ids([(c, categories_file, i) for i, c in categories], "category")
    _check_unique_ids([(t, topics_file, i) for i, t in topics], "topic")

    question_files = {p.stem: open_file(p) for p in sorted((data_dir / "questions").glob("*.y*ml"))}
    # Kinds and roles are checked against the guide's own lists (any slug if it has none).
    declared = {"kinds": list(guide.kind_labels), "roles": list(guide.role_labels)} if guide else None
    questions = {stem: _read_list(f, Question, "questions", declared) for stem, f in question_files.items()}

    known_categories = {c.id: i for i, c in categories}
    for stem, file in question_files.items():
        if stem not in known_categories:
            file.problem(1, "(file)", f"no category '{stem}' in {categories_file.name}")
        elif not questions[stem] and not any(p.file == file.name for p in problems):
            file.problem(1, "(file)", "has no questions")
    for index, category in categories:
        if category.id not in question_files:
            categories_file.problem(
                (index, "id"), f"{category.id}.id", f"no questions file questions/{category.id}.yml"
            )

    located = [(q, question_files[stem], i) for stem, qs in questions.items() for i, q in qs]
    _check_unique_ids(located, "question")
    # A link to a question that exists but has its own problems is not reported again.
    ids = {i for f in question_files.values() for i in f.declared} | {q.id for q, _, _ in located}
    topic_ids = {t.id for _, t in topics}
    solutions: dict[str, Solution] = {}
    committed = diagrams.read_drawings(data_dir / diagrams.FOLDER)
    drawings: dict[str, str] = {}
    for question, file, index in located:
        _check_references(question, file, index, ids, topic_ids)
        _check_files(question, file, index, data_dir, figures_dir, solutions)
        _check_formulas(question, file, index)
        _check_diagrams(question, file, index, committed, drawings)

    top50 = _read_top50(open_file(data_dir / "top50.yml"), ids)
    for question, file, index in located:
        if question.id in top50 and question.key_points is None:
            file.problem((index, "id"), f"{question.id}.key_points", "is required for a Top 50 question (2-4 short lines)")
    search = _read_search(open_file(data_dir / "search.yml"))
    if problems:
        raise BankError(problems)
    assert guide is not None  # a missing or invalid guide.yml is a problem, raised above
    return Bank(
        guide=guide,
        categories=[c for _, c in categories],
        questions={c.id: [q for _, q in questions[c.id]] for _, c in categories},
        topics=[t for _, t in topics],
        top50=top50,
        solutions=solutions,
        sources={q.id: (f.name, f.line((i,))) for q, f, i in located},
        diagrams=drawings,
        search=search,
    )


def load_guide(data_dir: Path) -> Guide:
    """Only data/guide.yml, checked; raises BankError with its problems."""
    problems: list[Problem] = []
    guide = _read_guide(_File(data_dir / "guide.yml", data_dir.parent, problems))
    if problems or guide is None:
        raise BankError(problems)
    return guide


def _required(file: _File, model: type[Model], what: str) -> list[tuple[int, Model]]:
    if not file.path.is_file():
        file.problem(1, "(file)", "is missing")
        return []
    return _read_list(file, model, what)


def _read_guide(file: _File) -> Guide | None:
    """The guide's settings (roles, kinds, tab names), or None with the problems recorded."""
    if not file.path.is_file():
        file.problem(1, "(file)", "is missing: it declares the guide's roles, kinds and answer tabs")
        return None
    data = file.parse()
    if not isinstance(data, dict):
        if data is not None or not any(p.file == file.name for p in file.problems):
            file.problem(1, "(file)", "expected a mapping with roles, kinds and tabs")
        return None
    guide = file.validate(Guide, data, (), "")
    for what in ("roles", "kinds"):  # checked on the raw lists: reported even if another field is wrong
        items = data.get(what)
        ids = [item.get("id") for item in items if isinstance(item, dict)] if isinstance(items, list) else []
        for position, value in enumerate(ids):
            if value is not None and value in ids[:position]:
                file.problem((what, position, "id"), f"{what}.id", f"'{value}' is declared twice")
    return guide


def _check_unique_ids(located: list[tuple[Category | Topic | Question, _File, int]], what: str) -> None:
    """Each id once across `located`; a repeat names where the id first appeared."""
    first: dict[str, str] = {}
    for item, file, index in located:
        if item.id in first:
            file.problem((index, "id"), f"{item.id}.id", f"duplicate {what} id (first at {first[item.id]})")
        else:
            first[item.id] = f"{file.name}:{file.line((index, 'id'))}"


def _check_references(
    question: Question, file: _File, index: int, ids: set[str], topic_ids: set[str]
) -> None:
    for position, other in enumerate(question.related):
        if other == question.id:
            file.problem((index, "related", position), f"{question.id}.related", "a question cannot be related to itself")
        elif other not in ids:
            file.problem((index, "related", position), f"{question.id}.related", f"unknown question id '{other}'")
    for position, code in enumerate(question.covers):
        if code not in topic_ids:
            file.problem((index, "covers", position), f"{question.id}.covers", f"unknown topic code '{code}' (see topics.yml)")


def _check_files(
    question: Question,
    file: _File,
    index: int,
    data_dir: Path,
    figures_dir: Path | None,
    solutions: dict[str, Solution],
) -> None:
    if figures_dir is not None:
        shown = figures_dir.relative_to(data_dir.parent) if figures_dir.is_relative_to(data_dir.parent) else figures_dir
        for position, figure in enumerate(question.figures):
            if not (figures_dir / figure.file).is_file():
                file.problem(
                    (index, "figures", position, "file"), f"{question.id}.figures.file",
                    f"no figure '{figure.file}' in {shown.as_posix()}",
                )
    if question.solution is not None:
        path = data_dir / question.solution
        if not path.is_file():
            file.problem((index, "solution"), f"{question.id}.solution", f"no file {question.solution} in data/")
        else:
            solutions[question.id] = Solution(_LANGUAGES[path.suffix], path.read_text(encoding="utf-8"))


_MARKDOWN_FIELDS = ("question", "how_to_answer", "sample_answer", "what_to_look_for", "follow_ups")


def _check_formulas(question: Question, file: _File, index: int) -> None:
    """Every formula must draw: the site ships no script to fall back on."""
    for field in _MARKDOWN_FIELDS:
        value = getattr(question, field)
        texts = [((index, field), value)] if isinstance(value, str) else [
            ((index, field, position), text) for position, text in enumerate(value)
        ]
        for path, text in texts:
            first = file.line(path) + (1 if "\n" in text else 0)  # a block starts below its key
            for offset, tex, reason in problems_in(text):
                file.problem(first + offset, f"{question.id}.{field}", f"formula ${tex}$ cannot be drawn: {reason}")


def _check_diagrams(
    question: Question, file: _File, index: int, committed: dict[str, str], drawings: dict[str, str]
) -> None:
    """Each diagram has a committed drawing of its current source (`make figures` makes them)."""
    number = 0
    for field in ("how_to_answer", "sample_answer", "what_to_look_for"):
        text = getattr(question, field)
        for offset, source in diagrams.fences(text):
            number += 1
            name = f"data/{diagrams.FOLDER}/{diagrams.svg_name(question.id, number)}"
            line, where = file.line((index, field)) + 1 + offset, f"{question.id}.{field}"
            svg = committed.get(diagrams.svg_name(question.id, number))
            if svg is None:
                file.problem(line, where, f"diagram {number} has no drawing {name}: run `make figures`")
            elif diagrams.recorded_hash(svg) != diagrams.source_hash(source):
                file.problem(line, where, f"diagram {number} changed since {name} was drawn: run `make figures`")
            else:
                drawings[diagrams.source_hash(source)] = svg


def _read_top50(file: _File, ids: set[str]) -> list[str]:
    """The curated list, checked: exactly 50 distinct known ids (absent file: no list)."""
    if not file.path.is_file():
        return []
    entries = file.items("question ids")
    seen: set[str] = set()
    for position, entry in enumerate(entries):
        if not isinstance(entry, str):
            file.problem((position,), f"[{position + 1}]", "must be a question id")
        elif entry in seen:
            file.problem((position,), entry, "is listed twice")
        else:
            seen.add(entry)
            if entry not in ids:
                file.problem((position,), entry, "unknown question id")
    if entries and len(entries) != TOP50_SIZE:
        file.problem(1, "(file)", f"lists {len(entries)} ids; the Top {TOP50_SIZE} needs exactly {TOP50_SIZE}")
    return [e for e in entries if isinstance(e, str)]


def _read_search(file: _File) -> SearchTerms:
    """The search synonyms (absent file: none), each phrase in one group only."""
    if not file.path.is_file():
        return SearchTerms()
    data = file.parse()
    if data is None:
        return SearchTerms()
    if not isinstance(data, dict):
        file.problem(1, "(file)", f"expected a mapping with 'synonyms:', found {type(data).__name__}")
        return SearchTerms()
    try:
        terms = SearchTerms.model_validate(data)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            loc = tuple(detail["loc"])
            field = ".".join(str(part) for part in loc)
            file.problem(loc, field, _message(detail, SearchTerms))
        return SearchTerms()
    first: dict[str, tuple[int, int]] = {}
    for group, phrases in enumerate(terms.synonyms):
        for position, phrase in enumerate(phrases):
            key = " ".join(re.split(r"[\W_]+", phrase.lower())).strip()
            if key in first:  # the same phrase, whatever its case and hyphens
                line = file.line(("synonyms", *first[key]))
                again = "is listed twice" if first[key][0] == group else "is already in a group"
                file.problem(("synonyms", group, position), f"synonyms.{group}", f"'{phrase}' {again} (line {line})")
            first.setdefault(key, (group, position))
    return terms
