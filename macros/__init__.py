"""Study-guide generator: mkdocs-macros calls `define_env`, which only wires the pure parts."""

from __future__ import annotations

from pathlib import Path

from macros.errors import BankError
from macros.loader import load_bank
from macros.render import render_category, render_tags


def _stop_build(report: str) -> Exception:
    """The error that makes the site build stop with `report` and no traceback."""
    try:
        from mkdocs.exceptions import PluginError
    except ImportError:  # another host of define_env modules
        return RuntimeError(report)
    return PluginError(f"The question bank has problems:\n{report}")


def define_env(env) -> None:
    docs_dir = Path(env.conf["docs_dir"])
    try:
        bank = load_bank(Path(env.project_dir) / "data", figures_dir=docs_dir / "assets" / "figures")
    except BankError as error:
        raise _stop_build(error.report()) from None

    env.variables["bank"] = bank

    @env.macro
    def category(category_id: str) -> str:
        """The body of a category page."""
        return render_category(bank, category_id, env.page.file.src_uri)

    @env.macro
    def tags_index() -> str:
        """Every tag with links to its questions."""
        return render_tags(bank, env.page.file.src_uri)
