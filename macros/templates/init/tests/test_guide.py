"""The guide's data is valid and the site builds with --strict."""

from __future__ import annotations

import os
from pathlib import Path

from macros.loader import load_bank

ROOT = Path(__file__).resolve().parent.parent


def test_data_is_valid():
    bank = load_bank(ROOT / "data", figures_dir=ROOT / "docs" / "assets" / "figures")
    assert bank.all_questions()


def test_site_builds_strictly(tmp_path, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.chdir(ROOT)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build(load_config(str(ROOT / "mkdocs.yml"), strict=True, site_dir=str(tmp_path)))
    assert (tmp_path / "index.html").is_file()
