"""Diagrams: drawn from their source by `make figures`, committed, and checked by the build."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from figures.flowcharts import FlowchartError, draw, main, parse
from macros.diagrams import DiagramError, drawings_in, recorded_hash, source_hash
from macros.errors import BankError
from macros.loader import load_bank
from tests.conftest import ROOT, question

CHART = "flowchart LR\n  A[Collect data] --> B[Train] --> C[Serve]\n  C --> A\n  A -. replay .-> C\n"
SVG = "{http://www.w3.org/2000/svg}"


def test_a_flowchart_is_drawn_top_down_with_every_label_and_its_source_hash():
    svg = draw(CHART)
    root = ET.fromstring(svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"Collect data", "Train", "Serve", "replay"} <= set(texts)
    assert recorded_hash(svg) == source_hash(CHART)
    assert float(root.get("width")) <= 320 and root.get("font-size") == "14"
    # Top to bottom: each step below the one before.
    ys = {t.text: float(t.get("y")) for t in root.iter(f"{SVG}text")}
    assert ys["Collect data"] < ys["Train"] < ys["Serve"]
    assert "currentColor" in svg and "#" not in svg.split("data-source")[0]  # follows the theme


def test_parse_reads_shapes_labels_and_edge_styles():
    nodes, edges = parse("graph TD\n  A(Start) -->|yes| B{Check}\n  B == strong ==> C\n  C --- A\n")
    assert [(n.id, n.text, n.shape) for n in nodes] == [("A", "Start", "("), ("B", "Check", "{"), ("C", "C", "[")]
    assert [(e.source, e.target, e.style, e.label) for e in edges] == [
        ("A", "B", "solid", "yes"), ("B", "C", "thick", "strong"), ("C", "A", "plain", ""),
    ]


@pytest.mark.parametrize(("source", "message"), [
    ("sequenceDiagram\n  A->>B: hi\n", "first line"),
    ("flowchart LR\n  A[open --> B\n", "line 2"),
    ("flowchart LR\n  A ~~> B\n", "line 2: cannot read '~~> B' as an edge"),
])
def test_what_the_drawer_cannot_read_is_named(source, message):
    with pytest.raises(FlowchartError, match=message):
        draw(source)


def test_committed_drawings_are_what_the_drawer_makes(tmp_path):
    data = shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("diagrams"))
    assert main([str(data)]) == 0
    made = {p.name: p.read_text() for p in (data / "diagrams").glob("*.svg")}
    committed = {p.name: p.read_text() for p in (ROOT / "data" / "diagrams").glob("*.svg")}
    assert made and made == committed, "run `make figures` and commit data/diagrams/"


def test_the_page_shows_the_drawing_in_place_of_the_source():
    svg = draw(CHART)
    page = '<p>x</p><pre class="mermaid"><code>' + CHART.replace(">", "&gt;") + "</code></pre>"
    assert drawings_in(page, {source_hash(CHART): svg}) == f'<p>x</p><figure class="diagram">{svg}</figure>'
    with pytest.raises(DiagramError, match="run `make figures`"):
        drawings_in(page, {})


def _bank_with_diagram(bank_dir, drawing: str | None) -> Path:
    sample = "|\n    Here:\n\n    ```mermaid\n    flowchart LR\n      A[One] --> B[Two]\n    ```\n"
    data = bank_dir({"basics": question("alpha", sample_answer=sample), "metrics": question("beta", covers="[E1]")})
    if drawing is not None:
        (data / "diagrams").mkdir()
        (data / "diagrams" / "alpha-1.svg").write_text(drawing)
    return data


def test_a_diagram_whose_source_changed_is_a_bank_error_naming_the_question(bank_dir):
    stale = draw("flowchart LR\n  A[One] --> B[Three]\n")
    with pytest.raises(BankError) as caught:
        load_bank(_bank_with_diagram(bank_dir, stale))
    assert [str(p) for p in caught.value.problems] == [
        "data/questions/basics.yml:12: alpha.sample_answer: diagram 1 changed since "
        "data/diagrams/alpha-1.svg was drawn: run `make figures`"
    ]


def test_a_diagram_without_drawing_is_a_bank_error(bank_dir):
    with pytest.raises(BankError, match=r"basics.yml:12: alpha.sample_answer: diagram 1 has no drawing data/diagrams/alpha-1.svg"):
        load_bank(_bank_with_diagram(bank_dir, None))


def test_a_current_drawing_is_loaded_for_the_pages(bank_dir):
    drawing = draw("flowchart LR\n  A[One] --> B[Two]\n")
    bank = load_bank(_bank_with_diagram(bank_dir, drawing))
    assert list(bank.diagrams.values()) == [drawing]
