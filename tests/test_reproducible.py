"""The same commit builds byte-identical output: dates come from the source, not the clock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.site
def test_two_builds_are_byte_identical(built_site: Path, tmp_path: Path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        build(load_config(str(ROOT / "mkdocs.yml"), strict=True, site_dir=str(tmp_path)))
    finally:
        os.chdir(cwd)
    first, second = _files(built_site), _files(tmp_path)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    assert any(name.endswith(".apkg") for name in first)  # the deck is among the files compared
