"""`python -m macros init`: a new guide on another subject builds, and mentions nothing of ours."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from macros.cli import main
from macros.init import SHARED_PAGES, shared_config
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "kubernetes" / "data"
# Words of the machine-learning guide that the generator itself must never say.
SUBJECT = re.compile(r"(?i:machine.learning|data.scientist|ml-engineer|\bmlig\b|\bresearcher\b)|\bML\b")


def build(project: Path, site: Path) -> Path:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    cwd = Path.cwd()
    os.chdir(project)  # mkdocs-macros imports `macros` from the project folder
    try:
        mkdocs_build(load_config(str(project / "mkdocs.yml"), strict=True, site_dir=str(site)))
    finally:
        os.chdir(cwd)
    return site


def texts(site: Path):
    for path in sorted(site.rglob("*")):
        if path.suffix in {".html", ".json", ".csv", ".xml", ".txt"} and "vendor" not in path.parts:
            yield path, path.read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("k8s") / "guide"
    assert main(["init", str(project), "--title", "Kubernetes Interview Guide", "--data", str(EXAMPLE)]) == 0
    return build(project, tmp_path_factory.mktemp("k8s-site"))


@pytest.mark.site
def test_another_subject_builds_with_its_own_words(example_site: Path):
    page = (example_site / "questions" / "workloads" / "index.html").read_text(encoding="utf-8")
    for words in ("Platform engineer", "Troubleshooting", "How to approach it", "Model answer", "Interviewer's rubric"):
        assert words in page, words
    downloads = sorted(p.name for p in (example_site / "downloads").iterdir() if p.suffix != ".html")
    assert downloads == [f"kubernetes-interview-guide-questions.{ext}" for ext in ("apkg", "csv", "json")]


@pytest.mark.site
def test_another_subject_mentions_nothing_of_ours(example_site: Path):
    found = [f"{path.relative_to(example_site)}: {m.group(0)!r}"
             for path, text in texts(example_site) for m in [SUBJECT.search(text)] if m]
    assert not found


@pytest.mark.site
def test_the_starter_guide_builds(tmp_path: Path, capsys):
    assert main(["init", str(tmp_path / "new"), "--title", "My Guide"]) == 0
    assert "make serve" in capsys.readouterr().out
    for name in ("Makefile", "README.md", "requirements.txt", "requirements-dev.txt", ".github/workflows/deploy.yml",
                 "data/guide.yml", "data/questions/basics.yml", "tests/test_guide.py", "schema/guide.schema.json"):
        assert (tmp_path / "new" / name).is_file(), name
    site = build(tmp_path / "new", tmp_path / "site")
    assert "How should you study with this guide?" in (site / "questions" / "basics" / "index.html").read_text(encoding="utf-8")
    assert "make serve" in (tmp_path / "new" / "README.md").read_text(encoding="utf-8")


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["init", str(tmp_path), "--title", "Guide"]) == 1
    assert "is not empty" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_init_reports_problems_in_the_data_it_starts_from(tmp_path: Path, capsys):
    data = tmp_path / "data"
    (data / "questions").mkdir(parents=True)
    (data / "categories.yml").write_text("- id: x\n  title: X\n  description: X.\n")
    assert main(["init", str(tmp_path / "new"), "--title", "Guide", "--data", str(data)]) == 1
    err = capsys.readouterr().err
    assert "data/guide.yml:1: (file): is missing" in err and "Traceback" not in err
    assert not (tmp_path / "new").exists()


def test_shared_config_drops_what_belongs_to_one_guide():
    shared = shared_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert not re.search(r"^(site_name|site_url|repo_url|nav|extra|copyright):", shared, re.M)
    assert re.search(r"^theme:", shared, re.M) and re.search(r"^plugins:", shared, re.M)
    assert "# Theme" in shared  # each group keeps its comment


def test_readme_walkthrough_runs_as_written(tmp_path: Path):
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Make your own guide", 1)[1].split("\n## ", 1)[0]
    command = next(line for line in section.splitlines() if "-m macros init" in line)
    words = shlex.split(command.split("#", 1)[0])
    start = words.index("-m") + 2  # after `python -m macros`
    words = [str(tmp_path / "guide") if w.endswith("my-guide") else w for w in words[start:]]
    assert main(words) == 0
    assert (tmp_path / "guide" / "mkdocs.yml").is_file()


@pytest.mark.parametrize("folder", ["macros", "overrides"])
def test_the_generator_names_no_subject(folder: str):
    found = []
    for path in sorted((ROOT / folder).rglob("*")):
        if path.is_file() and "vendor" not in path.parts and path.suffix in {".py", ".j2", ".html", ".js", ".css", ".yml", ".md"}:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SUBJECT.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found


@pytest.mark.parametrize("page", SHARED_PAGES)
def test_pages_every_guide_copies_name_no_subject(page: str):
    assert not SUBJECT.search((ROOT / "docs" / page).read_text(encoding="utf-8"))
