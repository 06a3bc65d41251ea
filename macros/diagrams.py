"""Diagrams as static SVG: each ```mermaid fence in a question has a drawing committed in
data/diagrams/ (`make figures` draws them), which the page shows in place of the source.

The drawing records a hash of the source it was drawn from, so the build can tell when a
source changed and its drawing did not.
"""

from __future__ import annotations

import hashlib
import html
import re
import textwrap
from collections.abc import Iterator, Mapping
from pathlib import Path

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

FOLDER = "diagrams"  # under data/
_FENCE = re.compile(r"^(?P<indent> *)(?P<mark>`{3,}|~{3,})mermaid[ \t]*\n(?P<body>.*?)^(?P=indent)(?P=mark)[ \t]*$", re.S | re.M)
_IN_PAGE = re.compile(r'<pre class="mermaid"><code>(.*?)</code></pre>', re.S)
_RECORDED = re.compile(r'data-source="sha256:([0-9a-f]+)"')


class DiagramError(ValueError):
    """A diagram with no drawing of its current source."""


def normalise(source: str) -> str:
    """The source as it is hashed: dedented, trailing spaces and blank ends dropped."""
    return "\n".join(line.rstrip() for line in textwrap.dedent(source).strip().splitlines())


def source_hash(source: str) -> str:
    return hashlib.sha256(normalise(source).encode()).hexdigest()[:16]


def svg_name(question_id: str, number: int) -> str:
    return f"{question_id}-{number}.svg"


def recorded_hash(svg: str) -> str | None:
    """The hash of the source a drawing was made from, as the drawing records it."""
    match = _RECORDED.search(svg)
    return match[1] if match else None


def fences(markdown_text: str) -> Iterator[tuple[int, str]]:
    """(line offset in the text, source) of each diagram fence, in order."""
    for match in _FENCE.finditer(markdown_text):
        yield markdown_text.count("\n", 0, match.start()), match["body"]


def drawings_in(page: str, drawings: Mapping[str, str]) -> str:
    """`page` (HTML) with each diagram's source replaced by its drawing, found by hash."""

    def drawing(match: re.Match[str]) -> str:
        source = html.unescape(match[1])
        if (svg := drawings.get(source_hash(source))) is None:
            first = normalise(source).splitlines()[:2]
            raise DiagramError(f"no drawing of the diagram starting {' / '.join(first)!r}: run `make figures`")
        return f'<figure class="diagram">{svg}</figure>'

    return _IN_PAGE.sub(drawing, page)


class _Drawings(Postprocessor):
    def __init__(self, md: Markdown, drawings: Mapping[str, str]) -> None:
        super().__init__(md)
        self.drawings = drawings

    def run(self, text: str) -> str:
        return drawings_in(text, self.drawings)


class DiagramsExtension(Extension):
    """Drawings in place of diagram sources (superfences leaves them as <pre class="mermaid">)."""

    def __init__(self, drawings: Mapping[str, str]) -> None:
        super().__init__()
        self.drawings = drawings

    def extendMarkdown(self, md: Markdown) -> None:
        md.postprocessors.register(_Drawings(md, self.drawings), "diagrams", 5)


def read_drawings(folder: Path) -> dict[str, str]:
    """Every committed drawing, by the name it is committed under."""
    if not folder.is_dir():
        return {}
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.svg"))}
