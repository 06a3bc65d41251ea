"""Flowcharts written as ```mermaid fences in questions, drawn as small static SVG.

Mermaid's flowchart syntax, the part the guide uses: `flowchart` with a direction, nodes
`A[text]`, `A(text)`, `A{text}`, edges `-->`, `---`, `-.->`, `==>` with an optional label
(`-- text -->`, `-. text .->`, `-->|text|`). Every chart is drawn top to bottom whatever its
direction, so that labels keep a readable size on a phone (a left-to-right chain of seven
boxes would shrink them to a few pixels). Lines and text use `currentColor`, so a drawing
follows the page's light or dark theme and prints black.

`python -m figures.flowcharts` redraws every diagram of the bank into data/diagrams/.
"""

from __future__ import annotations

import html
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from macros.diagrams import FOLDER, fences, normalise, source_hash, svg_name

WIDTH = 320  # drawn at most this wide, so a phone shows it at (nearly) full size
FONT = 14
LINE = 18
CHAR = 0.55 * FONT  # a generous average glyph width of sans-serif text, for wrapping
PAD_X, PAD_Y = 10, 8
GAP_X, GAP_Y = 12, 30
LANE = 14
MIN_NODE = 96
ARROW = 7


class FlowchartError(ValueError):
    """A line of the diagram this drawer does not understand."""


@dataclass
class Node:
    id: str
    text: str
    shape: str = "["
    layer: int = 0
    x: float = 0
    y: float = 0
    w: float = 0
    h: float = 0
    lines: list[str] = field(default_factory=list)


@dataclass
class Edge:
    source: str
    target: str
    style: str  # solid | dotted | thick | plain
    label: str = ""


_HEADER = re.compile(r"^(?:flowchart|graph)\s+(?:LR|RL|TD|TB|BT)$")
_NODE = re.compile(
    r"\s*(?P<id>[A-Za-z0-9_]+)\s*(?:(?P<open>\(\[|\(\(|\[|\(|\{)(?P<text>[^\[\]{}()]*)(?P<close>\]\)|\)\)|\]|\)|\}))?\s*"
)
_EDGE = re.compile(
    r"\s*(?:"
    r"(?P<dotted>-\.\s*(?P<dotted_label>[^.>]+?)\s*\.->|-\.->)"
    r"|(?P<thick>==\s*(?P<thick_label>[^=>]+?)\s*==>|==>)"
    r"|(?P<solid>--\s*(?P<solid_label>[^->][^>]*?)\s*-->|-->)"
    r"|(?P<plain>---)"
    r")(?:\|(?P<pipe_label>[^|]*)\|)?\s*"
)
_CLOSE = {"[": "]", "(": ")", "{": "}", "([": "])", "((": "))"}


def parse(source: str) -> tuple[list[Node], list[Edge]]:
    lines = [line.strip() for line in normalise(source).splitlines()]
    lines = [line for line in lines if line and not line.startswith("%%")]
    if not lines or not _HEADER.match(lines[0]):
        raise FlowchartError("the first line must be `flowchart LR` (or TD, TB, RL, BT)")
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for number, line in enumerate(lines[1:], start=2):
        position, previous = 0, None
        while True:
            node = _NODE.match(line, position)
            if not node or (node["open"] and _CLOSE[node["open"]] != node["close"]):
                raise FlowchartError(f"line {number}: cannot read {line[position:]!r} as a node")
            if node["id"] not in nodes:
                nodes[node["id"]] = Node(node["id"], node["id"])
            if node["open"]:
                nodes[node["id"]].text = node["text"].strip().strip('"')
                nodes[node["id"]].shape = node["open"]
            if previous is not None:
                edges.append(Edge(previous[0], node["id"], previous[1], previous[2]))
            position = node.end()
            if position == len(line):
                break
            edge = _EDGE.match(line, position)
            if not edge:
                raise FlowchartError(f"line {number}: cannot read {line[position:]!r} as an edge")
            style = next(s for s in ("dotted", "thick", "solid", "plain") if edge[s])
            label = edge["pipe_label"] or edge[f"{style}_label"] if style != "plain" else edge["pipe_label"]
            previous = (node["id"], style, (label or "").strip())
            position = edge.end()
            if position == len(line):
                raise FlowchartError(f"line {number}: an edge leads nowhere")
    if not nodes:
        raise FlowchartError("no nodes")
    return list(nodes.values()), edges


def _back_edges(nodes: list[Node], edges: list[Edge]) -> set[int]:
    """Edges that close a cycle (found depth-first in the order nodes first appear)."""
    out: dict[str, list[int]] = {n.id: [] for n in nodes}
    for index, edge in enumerate(edges):
        out[edge.source].append(index)
    state: dict[str, int] = {}  # 1 on the path, 2 done
    back: set[int] = set()

    def visit(node: str) -> None:
        state[node] = 1
        for index in out[node]:
            target = edges[index].target
            if state.get(target) == 1:
                back.add(index)
            elif target not in state:
                visit(target)
        state[node] = 2

    for node in nodes:
        if node.id not in state:
            visit(node.id)
    return back


def _wrap(text: str, width: float) -> list[str]:
    return textwrap.wrap(text, max(4, round(width / CHAR))) or [""]


def _text_width(text: str) -> float:
    return len(text) * CHAR


def layout(nodes: list[Node], edges: list[Edge]) -> tuple[float, float, list[tuple[Edge, str, float]]]:
    """Places the nodes; returns the drawing's size and the side lanes (edge, side, x)."""
    by_id = {n.id: n for n in nodes}
    back = _back_edges(nodes, edges)
    forward = [e for i, e in enumerate(edges) if i not in back]
    for _ in nodes:  # longest path from the sources: at most len(nodes) rounds
        for edge in forward:
            by_id[edge.target].layer = max(by_id[edge.target].layer, by_id[edge.source].layer + 1)
    layers: dict[int, list[Node]] = {}
    for node in nodes:
        layers.setdefault(node.layer, []).append(node)

    # Edges that skip a layer, and those that go back up, run in lanes at the sides.
    lanes = [(e, "left") for i, e in enumerate(edges) if i in back]
    lanes += [(e, "right") for e in forward if by_id[e.target].layer - by_id[e.source].layer > 1]
    widths = {side: [max(LANE, _text_width(e.label) + 10 if e.label else 0) for e, s in lanes if s == side]
              for side in ("left", "right")}
    left, right = 2 + sum(widths["left"]), 2 + sum(widths["right"])
    usable = WIDTH - left - right

    y = 1.0
    for number in sorted(layers):
        row = layers[number]
        cell = (usable - GAP_X * (len(row) - 1)) / len(row)
        for node in row:
            natural = _text_width(node.text) + 2 * PAD_X
            node.w = min(cell, max(MIN_NODE, natural))
            node.lines = _wrap(node.text, node.w - 2 * PAD_X)
            node.w = min(cell, max(MIN_NODE, max(_text_width(line) for line in node.lines) + 2 * PAD_X))
            node.h = len(node.lines) * LINE + 2 * PAD_Y
        height = max(n.h for n in row)
        total = sum(n.w for n in row) + GAP_X * (len(row) - 1)
        x = left + (usable - total) / 2
        for node in row:
            node.x, node.y = x, y + (height - node.h) / 2
            x += node.w + GAP_X
        y += height + GAP_Y

    placed, edge_x = [], {"left": left, "right": WIDTH - right}
    for (edge, side), width in zip(lanes, [*widths["left"], *widths["right"]], strict=True):
        if side == "left":
            edge_x["left"] -= width
            placed.append((edge, side, edge_x["left"] + LANE / 2 + (width - LANE if edge.label else 0)))
        else:
            placed.append((edge, side, edge_x["right"] + LANE / 2))
            edge_x["right"] += width
    return WIDTH, y - GAP_Y + 1, placed


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _arrow(x: float, y: float, dx: float, dy: float) -> str:
    """A filled arrowhead with its tip at (x, y), pointing along (dx, dy)."""
    length = (dx * dx + dy * dy) ** 0.5 or 1
    ux, uy = dx / length, dy / length
    bx, by = x - ux * ARROW, y - uy * ARROW
    px, py = -uy * ARROW / 2, ux * ARROW / 2
    points = f"{_f(x)},{_f(y)} {_f(bx + px)},{_f(by + py)} {_f(bx - px)},{_f(by - py)}"
    return f'<polygon points="{points}" fill="currentColor" stroke="none"/>'


_STROKES = {
    "solid": 'stroke-width="1.5"', "plain": 'stroke-width="1.5"',
    "dotted": 'stroke-width="1.5" stroke-dasharray="4 3"', "thick": 'stroke-width="3"',
}


def _label(text: str, x: float, y: float, anchor: str = "start") -> str:
    return f'<text x="{_f(x)}" y="{_f(y)}" text-anchor="{anchor}" font-style="italic" stroke="none">{html.escape(text)}</text>'


def draw(source: str) -> str:
    """The SVG drawing of one flowchart, recording the hash of its source."""
    nodes, edges = parse(source)
    width, height, lanes = layout(nodes, edges)
    by_id = {n.id: n for n in nodes}
    in_lane = {id(edge): (side, x) for edge, side, x in lanes}
    parts = []
    for edge in edges:
        a, b = by_id[edge.source], by_id[edge.target]
        stroke = _STROKES[edge.style]
        if id(edge) in in_lane:
            side, x = in_lane[id(edge)]
            ax = a.x if side == "left" else a.x + a.w
            bx = b.x if side == "left" else b.x + b.w
            ay, by = a.y + a.h / 2, b.y + b.h / 2
            tip = bx - ARROW if side == "left" else bx + ARROW
            parts.append(f'<path d="M{_f(ax)} {_f(ay)}H{_f(x)}V{_f(by)}H{_f(tip)}" fill="none" {stroke}/>')
            parts.append(_arrow(bx, by, 1 if side == "left" else -1, 0))
            if edge.label:
                label_x = x - 4 if side == "left" else x + 4
                parts.append(_label(edge.label, label_x, (ay + by) / 2 + 5, "end" if side == "left" else "start"))
        else:
            ax, ay = a.x + a.w / 2, a.y + a.h
            bx, by = b.x + b.w / 2, b.y
            if b.layer <= a.layer:  # side by side in one layer: from side to side
                ax, ay = (a.x + a.w, a.y + a.h / 2) if b.x > a.x else (a.x, a.y + a.h / 2)
                bx, by = (b.x, b.y + b.h / 2) if b.x > a.x else (b.x + b.w, b.y + b.h / 2)
            dx, dy = bx - ax, by - ay
            length = (dx * dx + dy * dy) ** 0.5 or 1
            ex, ey = bx - dx / length * ARROW, by - dy / length * ARROW
            parts.append(f'<path d="M{_f(ax)} {_f(ay)}L{_f(ex)} {_f(ey)}" fill="none" {stroke}/>')
            parts.append(_arrow(bx, by, dx, dy))
            if edge.label:
                parts.append(_label(edge.label, (ax + bx) / 2 + 6, (ay + by) / 2 + 5))
    for node in nodes:
        radius = {"(": 12, "([": node.h / 2, "((": node.h / 2, "{": 2}.get(node.shape, 3)
        parts.append(
            f'<rect x="{_f(node.x)}" y="{_f(node.y)}" width="{_f(node.w)}" height="{_f(node.h)}" rx="{_f(radius)}"'
            ' fill="currentColor" fill-opacity="0.07" stroke-width="1.2"/>'
        )
        for number, line in enumerate(node.lines):
            baseline = node.y + PAD_Y + (number + 1) * LINE - 4
            parts.append(
                f'<text x="{_f(node.x + node.w / 2)}" y="{_f(baseline)}" text-anchor="middle"'
                f' stroke="none">{html.escape(line)}</text>'
            )
    summary = "; ".join(f"{by_id[e.source].text} to {by_id[e.target].text}" for e in edges)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(width)} {_f(height)}" width="{_f(width)}"'
        f' height="{_f(height)}" role="img" aria-label="Diagram: {html.escape(summary)}"'
        f' data-source="sha256:{source_hash(source)}" font-size="{FONT}" fill="currentColor"'
        ' stroke="currentColor" fill-opacity="1" style="max-width: 100%; height: auto">'
        + "".join(parts) + "</svg>\n"
    )


_FIELDS = ("how_to_answer", "sample_answer", "what_to_look_for")


def main(argv: list[str] | None = None) -> int:
    """Draw every diagram of data/questions into data/diagrams/, removing drawings of none."""
    args = sys.argv[1:] if argv is None else argv
    data = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "data"
    out = data / FOLDER
    wanted: dict[str, str] = {}
    problems = []
    for path in sorted((data / "questions").glob("*.y*ml")):
        for question in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            number = 0
            for name in _FIELDS:
                for _, source in fences(question.get(name) or ""):
                    number += 1
                    try:
                        wanted[svg_name(question["id"], number)] = draw(source)
                    except FlowchartError as error:
                        problems.append(f"{path.relative_to(data.parent)}: {question['id']}.{name}: diagram {number}: {error}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    out.mkdir(exist_ok=True)
    for stale in set(p.name for p in out.glob("*.svg")) - set(wanted):
        (out / stale).unlink()
    for name, svg in sorted(wanted.items()):
        (out / name).write_text(svg, encoding="utf-8")
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
