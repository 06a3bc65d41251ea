"""Shared fixtures: a small valid bank on disk, and the real site built once per run."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CATEGORIES = """\
- id: basics
  title: Basics
  description: The basics.
- id: metrics
  title: Metrics
  description: Numbers that matter.
"""

GUIDE = """\
roles:
  - id: data-scientist
    label: Data scientist
  - id: ml-engineer
    label: ML engineer
kinds:
  - id: concept
    label: Concept
  - id: coding
    label: Coding
tabs:
  how_to_answer: How to answer
  sample_answer: Sample answer
  what_to_look_for: What to look for
"""

TOPICS = """\
- id: F1
  title: one
- id: E1
  title: two
"""


def question(qid: str, **fields: str) -> str:
    """YAML for one valid question; `fields` replace lines (value already YAML)."""
    values = {
        "question": f"What is {qid}?",
        "kind": "concept",
        "difficulty": "easy",
        "roles": "[data-scientist]",
        "tags": "[basics]",
        "covers": "[F1]",
        "how_to_answer": "Define it.",
        "sample_answer": "It is a thing.",
        "what_to_look_for": "Precision.",
    } | fields
    lines = [f"- id: {qid}"] + [f"  {key}: {value}" for key, value in values.items() if value is not None]
    return "\n".join(lines) + "\n"


def write_bank(root: Path, questions: dict[str, str] | None = None, **files: str) -> Path:
    """Write data/ under `root`; returns the data dir. Defaults make a valid bank."""
    data = root / "data"
    (data / "questions").mkdir(parents=True, exist_ok=True)
    if files.get("guide", GUIDE) is not None:
        (data / "guide.yml").write_text(files.get("guide", GUIDE))
    (data / "categories.yml").write_text(files.get("categories", CATEGORIES))
    (data / "topics.yml").write_text(files.get("topics", TOPICS))
    if "top50" in files:
        (data / "top50.yml").write_text(files["top50"])
    if questions is None:
        questions = {"basics": question("alpha"), "metrics": question("beta", covers="[E1]")}
    for name, text in questions.items():
        (data / "questions" / f"{name}.yml").write_text(textwrap.dedent(text))
    return data


@pytest.fixture
def bank_dir(tmp_path: Path):
    """A function writing a bank into a fresh folder and returning its data dir."""
    return lambda questions=None, **files: write_bank(tmp_path, questions, **files)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real guide, built once with --strict into a temporary folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = tmp_path_factory.mktemp("site")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # The deploy build, PDF included, wherever WeasyPrint can run (CI always installs it).
    if pdf_libraries_missing() and os.environ.get("CI") != "true":
        os.environ["GUIDE_SKIP_PDF"] = "1"
    else:
        os.environ.pop("GUIDE_SKIP_PDF", None)
    cwd = Path.cwd()
    os.chdir(ROOT)  # mkdocs-macros finds the `macros` module relative to the project
    try:
        build(load_config(str(ROOT / "mkdocs.yml"), strict=True, site_dir=str(site)))
    finally:
        os.chdir(cwd)
    return site


def copy_project(destination: Path) -> Path:
    """The project's sources (not .venv, site or caches) copied for a build that may fail."""
    ignore = shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", ".pytest_cache", ".hypothesis")
    shutil.copytree(ROOT, destination, ignore=ignore, dirs_exist_ok=True)
    return destination


def pdf_libraries_missing() -> str | None:
    """Why WeasyPrint cannot run here, or None when it can."""
    try:
        import weasyprint  # noqa: F401
    except OSError as error:
        return f"WeasyPrint's system libraries are missing ({error})"
    return None


def skip_unless_available(reason: str | None) -> None:
    """Skip on a user's machine without a system dependency; in CI a missing one fails."""
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: CI must install it")
    pytest.skip(reason)
