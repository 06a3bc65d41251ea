"""Two projects with the same content: one built by the generator, one by hand (the floor)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from bench.synthetic import write_bank
from macros.loader import load_bank
from macros.render import render_category, render_tags
from macros.seo import faq_jsonld, plain_text

ROOT = Path(__file__).resolve().parent.parent
_NAV = re.compile(r"^nav:\n(?:[ -].*\n)*", re.M)


def config_value(project: Path, key: str) -> str | None:
    """A top-level setting of the project's mkdocs.yml, read as text (it has Python tags)."""
    match = re.search(rf"^{key}:\s*(\S+)", (project / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    return match[1] if match else None


def _config(categories: list[str], macros: bool) -> str:
    """The project's own mkdocs.yml with the nav of the synthetic bank (and no macros for the floor)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = "nav:\n  - Home: index.md\n  - Questions:\n" + "".join(f"      - questions/{c}.md\n" for c in categories)
    nav += "  - Tags: tags.md\n"
    config = _NAV.sub(nav, config)
    if not macros:  # no generator, and no data/ to watch
        config = re.sub(r"  - macros:\n(?:      .*\n)*", "", config)
        config = re.sub(r"^watch:\n(?:  - .*\n)*", "", config, flags=re.M)
    return config


def generator_project(folder: Path, size: int) -> Path:
    """The generator's input: YAML data, thin pages, the real macros/ and overrides/."""
    folder.mkdir(parents=True)
    categories = write_bank(folder / "data", size)
    shutil.copytree(ROOT / "macros", folder / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    pages = folder / "docs" / "questions"
    pages.mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# Home\n\nA synthetic bank.\n")
    for category in categories:
        (pages / f"{category}.md").write_text(f'# Category {category}\n\n{{{{ category("{category}") }}}}\n')
    (folder / "docs" / "tags.md").write_text("# Tags\n\n{{ tags_index() }}\n")
    (folder / "mkdocs.yml").write_text(_config(categories, macros=True))
    return folder


def floor_project(folder: Path, generator: Path) -> Path:
    """The same pages pre-rendered to plain Markdown: what MkDocs alone costs."""
    folder.mkdir(parents=True)
    bank = load_bank(generator / "data")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    pages = folder / "docs" / "questions"
    pages.mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# Home\n\nA synthetic bank.\n")
    site_url = config_value(generator, "site_url")
    source_base = f"{config_value(generator, 'repo_url')}/blob/main/"
    for category in bank.categories:
        # The same page the generator makes: body, edit links, description and FAQ data.
        body = render_category(bank, category.id, f"questions/{category.id}.md", source_base)
        meta = {
            "description": plain_text(category.description),
            "faq_jsonld": faq_jsonld(bank, category.id, f"{site_url}questions/{category.id}/"),
        }
        front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in meta.items())
        (pages / f"{category.id}.md").write_text(f"---\n{front}---\n\n# Category {category.id}\n\n{body}")
    (folder / "docs" / "tags.md").write_text(f"# Tags\n\n{render_tags(bank, 'tags.md')}")
    (folder / "mkdocs.yml").write_text(_config([c.id for c in bank.categories], macros=False))
    return folder
