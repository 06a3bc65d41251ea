"""The figure generator: the right files, valid SVG, and committed files kept in sync with the code."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")
pytest.importorskip("sklearn")

from figures.__main__ import main  # noqa: E402  (after the skips: needs matplotlib)

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "docs" / "assets" / "figures"
NAMES = {
    "under-overfitting.svg", "bias-variance.svg", "decision-tree-split.svg", "kmeans-iterations.svg",
    "svm-margin-kernel.svg", "roc-vs-pr.svg", "confusion-matrix.svg",
    "speculative-decoding.svg", "noise-schedule.svg",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("figures")
    assert main([str(out)]) == 0
    return out


def test_generates_exactly_the_referenced_files(generated: Path) -> None:
    assert {p.name for p in generated.iterdir()} == NAMES


@pytest.mark.parametrize("name", sorted(NAMES))
def test_is_well_formed_svg_with_viewbox(generated: Path, name: str) -> None:
    root = ET.parse(generated / name).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.get("viewBox", "").split()) == 4


@pytest.mark.parametrize("name", sorted(NAMES))
def test_committed_figure_matches_the_code(generated: Path, name: str) -> None:
    committed = COMMITTED / name
    assert committed.is_file(), f"{name} missing: run `make figures`"
    # Byte for byte: output is deterministic, so any difference means a stale committed file.
    assert (generated / name).read_bytes() == committed.read_bytes(), f"{name} is stale: run `make figures`"


def test_roc_vs_pr_answer_quotes_the_figures_own_numbers() -> None:
    # The sample answer walks through the figure: its numbers must be the simulation's.
    import numpy as np
    from sklearn.metrics import average_precision_score, roc_auc_score

    from figures.roc_vs_pr import N_NEG, N_POS, TARGET_RECALL, simulate
    from macros.loader import load_bank

    labels, scores = simulate()
    threshold = np.sort(scores[labels == 1])[::-1][int(TARGET_RECALL * N_POS) - 1]
    tp = int(np.sum((scores >= threshold) & (labels == 1)))
    fp = int(np.sum((scores >= threshold) & (labels == 0)))
    answer = " ".join(load_bank(ROOT / "data").by_id["roc-vs-precision-recall-curve"].sample_answer.split())
    for quoted in (f"{N_POS + N_NEG:,} payments", f"{N_POS} of them", f"ROC AUC {roc_auc_score(labels, scores):.2f}",
                   f"FPR is {fp / N_NEG:.2f}", f"{fp:,} false alarms against {tp} hits",
                   f"{tp} / {tp + fp:,} ≈ {tp / (tp + fp):.2f}", f"precision of {average_precision_score(labels, scores):.2f}"):
        assert quoted in answer, quoted
