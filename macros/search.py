"""The site search's files: one entry per question, guide sections, and the query lexicon.

The browser builds its index from `search/index.json` when a reader first searches (the
worker in overrides/assets/js/search/). Each question is one entry: its text as the title,
then its answer sections, follow-ups and tags as plain text, so nothing else on a category
page (badges, toolbars, lists, labels) can outrank it. `search/lexicon.json` holds what turns
text into search terms: stop words and spelling folds (general English, here) and the guide's
synonyms (data/search.yml); overrides/assets/js/search/query.js applies it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from macros.mathtext import math_to_text
from macros.models import Bank, Question
from macros.render import QUESTIONS_DIR
from macros.seo import plain_text
from macros.terms import Lexicon

INDEX_FILE = "search/index.json"
LEXICON_FILE = "search/lexicon.json"
GUIDES_DIR = "guides"

# Words that say nothing about what a reader looks for. General English only.
STOP_WORDS = [
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "describe", "did", "do", "does", "doing", "down", "during",
    "each", "explain", "few", "for", "from", "further", "get", "got", "had", "has", "have",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "itself", "just", "let", "lets", "may", "me",
    "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off",
    "on", "once", "one", "ones", "only", "or", "other", "our", "ours", "out", "over", "own",
    "please", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "us", "use", "used", "using",
    "very", "was", "way", "ways", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
    "yourselves",
]

# British and American spellings, and plurals, folded to one key per word. Each rule is a
# JavaScript regular expression applied to a whole lower-case token, in order. Folding both
# sides the same way only has to be consistent, not to produce real words.
SPELLING_FOLDS = [
    [r"^(.{2,})is(e|ed|es|ing|er|ers|ation|ations|able)$", "$1iz$2"],  # optimise, normalisation
    [r"^(.+)ys(e|ed|es|ing|er|ers)$", "$1yz$2"],  # analyse
    [r"^(.{2,})our(s|ed|ing|ite|ites|able|al|ally)?$", "$1or$2"],  # behaviour, colour
    [r"^(.{2,})tre(s)?$", "$1ter$2"],  # centre, metre
    [r"^(.{2,})ogue(s)?$", "$1og$2"],  # catalogue, dialogue
    [r"^(.{3,}[aeiou])ll(ed|ing|er|ers)$", "$1l$2"],  # modelling, labelled
    [r"^(defen|offen|licen|preten)ce(s)?$", "$1se$2"],  # defence
    [r"^programme(s)?$", "program$1"],
    [r"^grey$", "gray"],
    [r"^(.{2,})ies$", "$1y"],  # probabilities
    [r"^(.{2,}(?:ss|x|ch|sh))es$", "$1"],  # losses, batches
    [r"^(.{2,}[^asiu])s$", "$1"],  # models (not bias, loss, analysis, focus)
]

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*(?:\{[^}]*\})?\s*$")
_MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?|===)\s*[\w-]*\s*(?:\"([^\"]*)\")?\s*$", re.M)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.M)


@dataclass(frozen=True)
class Page:
    """A page of the site outside the categories, as search sees it."""

    url: str
    title: str
    description: str
    sections: list[tuple[str, str, str]]  # (anchor, heading, text)


def readable(markdown: str) -> str:
    """Markdown as plain text for the index and its snippets: math as text, no markup."""
    text = re.sub(r"^\s*\|(.*)\|\s*$", lambda m: m.group(1).replace("|", " "), markdown, flags=re.M)
    text = math_to_text(text)
    text = _MACRO.sub(" ", text)
    text = _ADMONITION.sub(lambda m: m.group(1) or "", text)
    text = _TABLE_RULE.sub("", text)
    text = _TAG.sub(" ", text)
    text = re.sub(r"\{\s*[#.][^}]*\}", "", text)  # attribute lists
    text = re.sub(r"^\s*#+\s*", "", text, flags=re.M)
    return plain_text(text).replace("(code omitted)", "").replace("*", "").strip()


def question_entry(question: Question, category_id: str, parent: int) -> dict:
    """One question's search entry: location, title, tags and body text."""
    body = " ".join([
        readable(question.how_to_answer),
        readable(question.sample_answer),
        readable(question.what_to_look_for),
        *(readable(item) for item in question.follow_ups),
    ])
    return {
        "u": f"{QUESTIONS_DIR}/{category_id}/#{question.id}",
        "p": parent,
        "t": readable(question.question),
        "k": " ".join(tag.replace("-", " ") for tag in question.tags),
        "b": " ".join(body.split()),
    }


def slugify(heading: str) -> str:
    """The id Python-Markdown's `toc` gives a heading (its default slugify)."""
    from markdown.extensions.toc import slugify as toc_slugify

    return toc_slugify(readable(heading), "-")


def read_page(path: Path, url: str, with_sections: bool) -> Page:
    """A Markdown page's title, description and (for guides) its `##` sections."""
    source = path.read_text(encoding="utf-8")
    meta: dict = {}
    if match := _FRONT_MATTER.match(source):
        meta = yaml.safe_load(match.group(1)) or {}
        source = source[match.end():]
    title, intro, sections, current, fence = meta.get("title"), [], [], None, False
    for line in source.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        heading = None if fence else _HEADING.match(line)
        if heading and len(heading.group(1)) == 1 and title is None:
            title = readable(heading.group(2))
        elif heading and len(heading.group(1)) == 2 and with_sections:
            current = [slugify(heading.group(2)), readable(heading.group(2)), []]
            sections.append(current)
        elif heading and len(heading.group(1)) == 1:
            continue
        else:
            (current[2] if current else intro).append(line)
    description = meta.get("description") or readable("\n".join(intro))
    if with_sections:
        description = readable("\n".join(intro)) or description
    return Page(
        url=url,
        title=title or path.stem.replace("-", " ").capitalize(),
        description=" ".join(str(description).split()),
        sections=[(anchor, heading, readable("\n".join(lines))) for anchor, heading, lines in sections],
    )


def site_pages(docs_dir: Path, category_pages: set[str]) -> list[tuple[Path, str, bool]]:
    """Pages outside the categories: (file, URL, whether its sections are entries too)."""
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if relative in category_pages or relative.startswith("assets/"):
            continue
        stem = relative[:-3]
        url = "" if stem == "index" else (stem[: -len("index")] if stem.endswith("/index") else f"{stem}/")
        pages.append((path, url, relative.startswith(f"{GUIDES_DIR}/")))
    return pages


def search_index(bank: Bank, docs_dir: Path) -> dict:
    """The index the search worker loads: parent pages and entries (compact keys)."""
    pages: list[list[str]] = []
    docs: list[dict] = []
    category_pages = {f"{QUESTIONS_DIR}/{c.id}.md" for c in bank.categories}
    for category in bank.categories:
        pages.append([f"{QUESTIONS_DIR}/{category.id}/", readable(category.title)])
        docs.extend(question_entry(q, category.id, len(pages) - 1) for q in bank.questions[category.id])
    for path, url, with_sections in site_pages(docs_dir, category_pages):
        page = read_page(path, url, with_sections)
        pages.append([page.url, page.title])
        docs.append({"u": page.url, "t": page.title, "b": page.description})
        parent = len(pages) - 1
        for anchor, heading, text in page.sections:
            docs.append({"u": f"{page.url}#{anchor}", "p": parent, "t": heading, "b": text})
    rules = lexicon(bank)
    return {"lexicon": rules, "pages": pages, "docs": docs, "index": minisearch_index(docs, Lexicon(rules))}


FIELDS = ("t", "k", "b")  # title, tags, body: the worker boosts them in this order


def minisearch_index(docs: list[dict], lexicon: Lexicon) -> dict:
    """The entries' terms as MiniSearch serialises an index (its `toJSON()`, version 2), so
    the browser loads it with `MiniSearch.loadJS` instead of reading every word itself."""
    postings: dict[str, dict[int, dict[int, int]]] = {}
    lengths: dict[str, list[int]] = {}
    totals = [0] * len(FIELDS)
    for short_id, doc in enumerate(docs):
        lengths[str(short_id)] = []
        for field_id, name in enumerate(FIELDS):
            terms = lexicon.terms(doc.get(name, ""))
            unique = len(set(terms))  # MiniSearch's field length: distinct terms
            lengths[str(short_id)].append(unique)
            totals[field_id] += unique
            for term in terms:
                counts = postings.setdefault(term, {}).setdefault(field_id, {})
                counts[short_id] = counts.get(short_id, 0) + 1
    return {
        "documentCount": len(docs),
        "nextId": len(docs),
        "documentIds": {str(i): i for i in range(len(docs))},
        "fieldIds": {name: i for i, name in enumerate(FIELDS)},
        "fieldLength": lengths,
        "averageFieldLength": [total / max(1, len(docs)) for total in totals],
        "storedFields": {},
        "dirtCount": 0,
        "index": [
            [term, {str(f): {str(d): n for d, n in counts.items()} for f, counts in fields.items()}]
            for term, fields in postings.items()
        ],
        "serializationVersion": 2,
    }


def lexicon(bank: Bank) -> dict:
    """What turns text into search terms, for query.js."""
    return {
        "stop_words": STOP_WORDS,
        "folds": SPELLING_FOLDS,
        "synonyms": [list(group) for group in bank.search.synonyms],
    }


def _json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def search_files(bank: Bank, docs_dir: Path) -> dict[str, bytes]:
    """The search index and the lexicon, as files of the built site."""
    return {INDEX_FILE: _json(search_index(bank, docs_dir)), LEXICON_FILE: _json(lexicon(bank))}
