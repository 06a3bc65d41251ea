"""Study-guide generator: mkdocs-macros calls `define_env`, which only wires the pure parts."""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

from macros.dates import source_date
from macros.diagrams import DiagramsExtension
from macros.errors import BankError
from macros.exports import downloads
from macros.files import download_names
from macros.formulas import FormulasExtension
from macros.loader import load_bank
from macros.pdf import PdfUnavailable, cheat_sheet_html, top50_html, write_pdf
from macros.practice_data import summary_html
from macros.render import (
    render_category,
    render_downloads,
    render_overview,
    render_tags,
    render_top50,
    url_from,
)
from macros.search import search_files
from macros.seo import faq_jsonld, plain_text


def _stop_build(message: str) -> Exception:
    """The error that makes the site build stop with `message` and no traceback."""
    try:
        from mkdocs.exceptions import PluginError
    except ImportError:  # another host of define_env modules
        return RuntimeError(message)
    return PluginError(message)


_IMPORTED_AT = time.time()


def _edited_since_import() -> bool:
    return any(path.stat().st_mtime > _IMPORTED_AT for path in Path(__file__).parent.glob("*.py"))


_EPOCH_SET_BY_US = "GUIDE_SOURCE_DATE_EPOCH"


def _user_environ() -> dict[str, str]:
    """The environment without the SOURCE_DATE_EPOCH an earlier build in this process set."""
    environ = dict(os.environ)
    if environ.get("SOURCE_DATE_EPOCH") == environ.get(_EPOCH_SET_BY_US):
        environ.pop("SOURCE_DATE_EPOCH", None)
    return environ


def define_env(env) -> None:
    if _edited_since_import():
        # The live server imports this package once; after an edit to it, run the new code.
        for name in [m for m in sys.modules if m == __name__ or m.startswith(f"{__name__}.")]:
            del sys.modules[name]
        return importlib.import_module(__name__).define_env(env)
    docs_dir = Path(env.conf["docs_dir"])
    figures_dir = docs_dir / "assets" / "figures"
    try:
        bank = load_bank(Path(env.project_dir) / "data", figures_dir=figures_dir)
    except BankError as error:
        raise _stop_build(f"The question bank has problems:\n{error.report()}") from None

    # Every file to download is made now, before any page is written: the Downloads page
    # shows their sizes, and a failure stops the build before the site is touched.
    when = source_date(Path(env.project_dir), _user_environ())
    built = when.date().isoformat()
    # MkDocs dates the sitemap from the same variable: set it, so the whole site agrees.
    os.environ["SOURCE_DATE_EPOCH"] = os.environ[_EPOCH_SET_BY_US] = str(int(when.timestamp()))
    # The live server skips the PDF (GUIDE_SKIP_PDF); the benchmark times pages alone.
    skip = {part for part in ("PDF", "DOWNLOADS") if os.environ.get(f"GUIDE_SKIP_{part}") == "1"}
    names = download_names(bank.guide, env.conf["site_name"])
    files = {} if "DOWNLOADS" in skip else downloads(
        bank, names, env.conf["site_name"], env.conf.get("site_url"), figures_dir, built
    )
    if bank.top50 and not skip:
        site_name, site_url = env.conf["site_name"], env.conf.get("site_url")
        html = top50_html(bank, site_name, site_url, built, env.conf.get("site_description"))
        try:
            files[names.top50_pdf] = write_pdf(html, base_dir=docs_dir)
            for paper, name in names.cheat_sheets.items():
                files[name] = write_pdf(cheat_sheet_html(bank, site_name, site_url, paper), base_dir=docs_dir)
        except PdfUnavailable as error:
            raise _stop_build(str(error)) from None
    files.update(search_files(bank, docs_dir))
    site_url = env.conf.get("site_url")
    if site_url:  # crawlers find the sitemap MkDocs writes
        files["robots.txt"] = f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n".encode()
    repo_url = env.conf.get("repo_url")
    source_base = f"{repo_url.rstrip('/')}/blob/main/" if repo_url else None
    env.variables["bank"] = bank
    # Formulas as MathML and diagrams as SVG, drawn before the browser sees the page: the
    # site ships no math or diagram script.
    extensions = env.conf["markdown_extensions"]
    extensions[:] = [e for e in extensions if not isinstance(e, (FormulasExtension, DiagramsExtension))]
    extensions += [FormulasExtension(), DiagramsExtension(bank.diagrams)]
    env.variables["downloads"] = files

    @env.macro
    def category(category_id: str) -> str:
        """The body of a category page, and its description and FAQ data for the page head."""
        page = env.page
        page.meta.setdefault("description", plain_text(bank.category(category_id).description))
        page.meta["faq_jsonld"] = faq_jsonld(bank, category_id, page.canonical_url or page.url)
        page.meta.setdefault("modules", []).extend(["tabs.js", "answers.js"])  # tab choice, expand all
        # Marks and filters under each question.
        page.meta["modules"].append("practice/marks.js")
        page.meta.setdefault("styles", []).append("practice.css")
        return render_category(bank, category_id, page.file.src_uri, source_base)

    @env.macro
    def tags_index() -> str:
        """Every tag with links to its questions."""
        return render_tags(bank, env.page.file.src_uri)

    @env.macro
    def overview() -> str:
        """Cards for every category, for the home page."""
        return render_overview(bank, env.page.file.src_uri)

    @env.macro
    def practice_summary() -> str:
        """The counts the home page's practice widgets show, inline: they fetch no more than
        one small file however large the bank."""
        return summary_html(bank)

    @env.macro
    def top50() -> str:
        """The Top 50 questions with every section shown."""
        env.page.meta.setdefault("modules", []).append("answers.js")  # expand all, print
        return render_top50(bank, env.page.file.src_uri, env.page.url, names)

    @env.macro
    def download_url(name: str) -> str:
        """A plain URL from this page to a download, by its name in DownloadNames (top50_pdf)."""
        return url_from(env.page.url, getattr(names, name))

    @env.macro
    def downloads_table() -> str:
        """Each download with its size, question count and build date."""
        return render_downloads(files, names, len(bank.all_questions()), built, env.page.url)


def on_post_build(env) -> None:
    """After the site is written, the downloads made in `define_env` join it."""
    site_dir = Path(env.conf["site_dir"])
    for name, content in env.variables["downloads"].items():
        path = site_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    if _our_search(env):  # nothing reads the theme's index: do not ship it
        (site_dir / "search" / "search_index.json").unlink(missing_ok=True)


def _our_search(env) -> bool:
    """True where our search worker (it loads search/index.json) replaces the theme's. The
    theme's search plugin stays on for its header search box, but its index goes unread.
    Built without our theme folder (the benchmark's stock twin), the theme's search runs."""
    custom_dir = env.conf["theme"].custom_dir
    return bool(custom_dir) and (Path(custom_dir) / "assets" / "js" / "search" / "worker.js").is_file()


def on_pre_page_macros(env) -> None:
    """Each page, before its macros run: the theme's plugin need not index a page for an index
    nobody reads (it parses every page's HTML: a third of a 5,000-question build)."""
    if _our_search(env):
        env.page.meta["search"] = {**(env.page.meta.get("search") or {}), "exclude": True}
