"""`python -m macros init DIR --title "…"`: a new, working guide on any subject.

The new guide gets this generator (macros/, overrides/), the same site configuration minus
this guide's identity and navigation, the subject-free pages (practice, interview kit, tags,
downloads), two example questions (or the questions of an existing data/ folder), and the two
commands. Everything is written to a
temporary folder first, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from macros.errors import BankError
from macros.loader import load_bank
from macros.render import templates
from macros.schema import write_schemas

SOURCE = Path(__file__).resolve().parent.parent  # the project this generator lives in
STARTER = Path(__file__).resolve().parent / "templates" / "init"
# Pages every guide has, identical whatever the subject (a test keeps them subject-free).
SHARED_PAGES = ("practice.md", "interview-kit.md", "tags.md", "downloads.md")
# mkdocs.yml keys that belong to one guide: its identity, navigation and extras.
OWN_KEYS = {"site_name", "site_description", "site_author", "site_url", "repo_url", "repo_name",
            "edit_uri", "copyright", "nav", "extra"}


class InitError(Exception):
    """Why the guide was not created, in one sentence for the author."""


def shared_config(mkdocs_yml: str) -> str:
    """`mkdocs.yml` without the keys (and their comment lines) that belong to one guide."""
    # Blocks start at a top-level key, or at the comment lines just above one.
    blocks: list[list[str]] = [[]]
    in_comment = False
    for line in mkdocs_yml.splitlines(keepends=True):
        top = re.match(r"[A-Za-z_#]", line) is not None
        if top and not in_comment and any(s.strip() for s in blocks[-1]):
            blocks.append([])
        in_comment = line.startswith("#")
        blocks[-1].append(line)
    kept = []
    for block in blocks:
        key = next((m.group(1) for line in block if (m := re.match(r"([A-Za-z_]+):", line))), None)
        if key not in OWN_KEYS:
            kept.append("".join(block))
    return "".join(kept).strip("\n") + "\n"


def create_guide(target: Path, title: str, data: Path | None = None, source: Path = SOURCE) -> list[Path]:
    """Write a new guide titled `title` into `target` (absent or empty), with the starter
    questions or the questions of an existing `data` folder; returns the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InitError(f"{target} is not empty: choose a new folder, so that nothing of yours is overwritten")
    if not title.strip():
        raise InitError('the guide needs a title: --title "My Interview Guide"')
    data = data or STARTER / "data"
    try:
        bank = load_bank(data)
    except BankError as error:
        raise InitError(f"{data} has problems:\n{error.report()}") from None
    env = templates()
    with tempfile.TemporaryDirectory() as scratch:
        new = Path(scratch) / "guide"
        _copy_generator(source, new)
        shutil.copytree(data, new / "data")
        shared = shared_config((source / "mkdocs.yml").read_text(encoding="utf-8"))
        pages = {
            "mkdocs.yml": env.get_template("init/mkdocs.yml.j2").render(
                title=title, shared=shared, categories=bank.categories, top50=bool(bank.top50)),
            "docs/index.md": env.get_template("init/index.md.j2").render(title=title),
            "README.md": env.get_template("init/README.md.j2").render(title=title),
        }
        for category in bank.categories:
            pages[f"docs/questions/{category.id}.md"] = env.get_template("init/category.md.j2").render(
                category_id=category.id, category_title=category.title)
        if bank.top50:
            pages["docs/top-50.md"] = env.get_template("init/top-50.md.j2").render(title=title)
        for name, text in pages.items():
            _parent(new / name).write_text(text, encoding="utf-8")
        for page in SHARED_PAGES:
            shutil.copyfile(source / "docs" / page, _parent(new / "docs" / page))
        for name, to in (("Makefile", "Makefile"), ("requirements-dev.txt", "requirements-dev.txt"),
                         ("gitignore", ".gitignore"), ("tests/test_guide.py", "tests/test_guide.py")):
            shutil.copyfile(STARTER / name, _parent(new / to))
        write_schemas(new / "schema")
        target.mkdir(parents=True, exist_ok=True)
        for item in sorted(new.iterdir()):
            shutil.move(str(item), target / item.name)
    return sorted(p for p in target.rglob("*") if p.is_file())


def _copy_generator(source: Path, new: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(source / "macros", new / "macros", ignore=ignore)
    shutil.copytree(source / "overrides", new / "overrides", ignore=ignore)
    shutil.copyfile(source / "requirements.txt", new / "requirements.txt")
    shutil.copytree(source / ".github" / "workflows", new / ".github" / "workflows")


def _parent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


