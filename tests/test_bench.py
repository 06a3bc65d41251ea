"""The benchmark runs at its smallest size (a smoke test: no time is asserted)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_benchmark_runs_and_reports_the_ratio():
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--sizes", "20,40", "--repeat", "1", "--skip-real", "--skip-weight"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert re.fullmatch(r"\s+20\s+[\d.]+s\s+[\d.]+s\s+[\d.]+x", lines[2])
    assert re.fullmatch(r"growth: generator t40/t20 = [\d.]+ for 2x the questions", lines[-2])
    assert re.fullmatch(r"generator/floor at 40 questions: [\d.]+x", lines[-1])


def test_the_stock_twin_drops_only_the_theme_folder_styles_and_scripts():
    from bench.weight import stock_config

    ours = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    stock = stock_config(ours)
    assert "custom_dir" in ours and "custom_dir" not in stock
    assert "extra_css" not in stock and "extra_javascript" not in stock
    assert "- assets/css/" not in stock and "- assets/js/" not in stock
    assert "markdown_extensions:" in stock and "macros:" in stock and "nav:" in stock  # same content


def test_synthetic_projects_have_the_requested_size_and_a_top_50(tmp_path):
    from bench.weight import synthetic_project
    from macros.loader import load_bank

    bank = load_bank(synthetic_project(tmp_path / "p", 120) / "data")
    assert len(bank.all_questions()) == 120 and len(bank.top50) == 50
