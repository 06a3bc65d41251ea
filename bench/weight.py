"""Page weight against stock Material, as a browser fetches each page, and Lighthouse.

For the real guide and for synthetic banks, each page type is loaded in Chromium with a cold
cache; every response is counted gzipped as GitHub Pages sends it (text types compressed,
images and fonts as they are). The stock twin is the same project built without
`custom_dir`, `extra_css` and `extra_javascript`: the same content on plain Material.

`python -m bench.weight [--sizes 200,2000] [--no-lighthouse]` runs this part alone.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import yaml

from bench.synthetic import question

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("GUIDE_CHROMIUM", "/usr/bin/chromium")
LIGHTHOUSE_VERSION = "12.8.2"
LIGHTHOUSE_DIR = Path(os.environ.get("GUIDE_BENCH_CACHE", Path.home() / ".cache" / "guide-bench")) / "lighthouse"
# Page types, by path; a category page is found per bank.
PAGES = {
    "home": "", "top 50": "top-50/", "practice": "practice/", "interview kit": "interview-kit/",
    "guides": "guides/question-types/", "tags": "tags/", "downloads": "downloads/",
}
# Search (worker and index): the theme fetches it on every page load, ours on the first
# search; the tables show each page with it and without it.
_SEARCH = re.compile(r"(?:^|/)search(?:/|_index\.json)|/workers/search")
# What GitHub Pages compresses (by file type); the rest is sent as it is.
_COMPRESSED = re.compile(r"\.(html|css|js|mjs|json|svg|xml|txt|map)$|/$")
_IGNORE = shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "node_modules")


def stock_config(config: str) -> str:
    """mkdocs.yml without the project's theme directory, styles and scripts."""
    config = re.sub(r"^  custom_dir: .*\n", "", config, flags=re.M)
    return re.sub(r"^extra_(?:css|javascript):\n(?:  - .*\n)*", "", config, flags=re.M)


def real_project(folder: Path) -> Path:
    return Path(shutil.copytree(ROOT, folder, ignore=_IGNORE))


def synthetic_project(folder: Path, size: int, seed: int = 7) -> Path:
    """The real project with its questions replaced by `size` synthetic ones over its categories."""
    project = real_project(folder)
    data = project / "data"
    categories = [c["id"] for c in yaml.safe_load((data / "categories.yml").read_text(encoding="utf-8"))]
    rng = random.Random(seed)
    ids: list[str] = []
    for path in (data / "questions").glob("*.yml"):
        path.unlink()
    for index, category in enumerate(categories):
        count = size // len(categories) + (1 if index < size % len(categories) else 0)
        text = []
        for n in range(count):
            qid = f"{category}-q{n}"
            block = question(rng, qid)
            if len(ids) < 50:  # the Top 50 needs key points
                block += "  key_points:\n    - The first point to remember.\n    - The second point to remember.\n"
            ids.append(qid)
            text.append(block)
        (data / "questions" / f"{category}.yml").write_text("".join(text), encoding="utf-8")
    (data / "top50.yml").write_text("".join(f"- {qid}\n" for qid in ids[:50]), encoding="utf-8")
    with (data / "topics.yml").open("a", encoding="utf-8") as topics:
        topics.write("- id: T1\n  title: A synthetic topic\n")
    return project


def build(project: Path, stock: bool) -> Path:
    """The site of `project` (ours, or its stock twin), built without the PDF."""
    config = project / ("mkdocs.stock.yml" if stock else "mkdocs.yml")
    if stock:
        config.write_text(stock_config((project / "mkdocs.yml").read_text(encoding="utf-8")), encoding="utf-8")
    site = project / ("site-stock" if stock else "site")
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "GUIDE_SKIP_PDF": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site)],
        cwd=project, env=env, capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{result.stderr[-2000:]}")
    return site


class _Quiet(SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: text files gzipped for a browser that accepts it
    (Lighthouse's timings depend on the bytes sent)."""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's address
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file() or not _COMPRESSED.search(path.name):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a page closed mid-transfer
            super().handle_error(request, client_address)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def category_page(site: Path) -> str:
    """The first category page in the nav order of the site's questions folder."""
    return "questions/" + sorted(p.name for p in (site / "questions").iterdir() if p.is_dir())[0] + "/"


def _sent_size(url: str, body: bytes) -> int:
    path = url.split("?")[0].split("#")[0]
    return len(gzip.compress(body, 6, mtime=0)) if _COMPRESSED.search(path) else len(body)


def page_weights(browser, base: str, site: Path, paths: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Bytes over the wire for each page, cold cache, everything it requests until idle, as
    (all of it, its search part). Sizes come from the served files (asking the browser for
    bodies times out on a busy machine)."""
    out = {}
    for name, path in paths.items():
        context = browser.new_context(viewport={"width": 390, "height": 844})
        requested: set[str] = set()
        context.on("request", lambda request, requested=requested: requested.add(request.url))
        page = context.new_page()
        page.goto(base + path, wait_until="networkidle")
        seen = -1
        while len(requested) != seen:  # until a whole second passes with nothing new
            seen = len(requested)
            page.wait_for_timeout(1000)
        context.close()
        total = search = 0
        for url in requested:
            local = urlparse(url).path.lstrip("/")
            file = site / local / "index.html" if local == "" or local.endswith("/") else site / local
            if url.startswith(base) and file.is_file():
                size = _sent_size(file.name, file.read_bytes())
                total += size
                search += size if _SEARCH.search(local) else 0
        out[name] = (total, search)
    return out


def _kib(size: int) -> str:
    return f"{size / 1024:,.0f}"


def weigh(project: Path, label: str, browser) -> dict[str, tuple[int, int]]:
    """Prints and returns {page type: (ours, stock)}, everything each page fetches, for one
    project; then the same without search, which the theme fetches on every page and ours only
    when the reader searches."""
    sites = {stock: build(project, stock) for stock in (False, True)}
    paths = PAGES | {"category": category_page(sites[False])}
    if label == "real guide":
        paths |= {"category (diagrams)": "questions/ml-design/"}
    weights = {}
    for stock, site in sites.items():
        with serve(site) as base:
            weights[stock] = page_weights(browser, base, site, paths)
    print(f"\n{label}: KiB gzip as fetched, cold cache, phone viewport")
    print(f"  {'':<42} {'everything the page fetches':>28}   {'search set apart':>24}")
    print(f"  {'page':<42} {'ours':>8} {'stock':>8} {'ratio':>8}   {'ours':>7} {'stock':>7} {'ratio':>7}")
    result = {}
    for name in paths:
        (ours, ours_search), (stock, stock_search) = weights[False][name], weights[True][name]
        result[name] = (ours, stock)
        bare = ours - ours_search, stock - stock_search
        print(f"  {name + ' (' + paths[name] + ')':<42} {_kib(ours):>8} {_kib(stock):>8} {ours / stock:>7.2f}x"
              f"   {_kib(bare[0]):>7} {_kib(bare[1]):>7} {bare[0] / bare[1]:>6.2f}x")
    ours, stock = (
        sum(_sent_size(p.name, p.read_bytes()) for p in (site / "search").glob("*.json"))
        for site in (sites[False], sites[True])
    )
    print(f"  {'search index (ours: on the first search)':<42} {_kib(ours):>8} {_kib(stock):>8}")
    return result


def lighthouse_command() -> list[str] | str:
    """The Lighthouse CLI, installed into a cache folder on first use; or why it cannot run."""
    cli = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.is_file():
        if not shutil.which("npm"):
            return "npm not found"
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", str(LIGHTHOUSE_DIR),
             f"lighthouse@{LIGHTHOUSE_VERSION}"], capture_output=True, text=True,
        )
        if result.returncode != 0 or not cli.is_file():
            return f"npm install lighthouse failed: {result.stderr.strip()[-300:]}"
    return ["node", str(cli)]


def lighthouse(command: list[str], url: str) -> tuple[float, float, float, float]:
    """Mobile performance score (0-1), largest contentful paint (s), cumulative layout shift
    and total blocking time (ms) of one page load."""
    result = subprocess.run(
        [*command, url, "--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet",
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
        capture_output=True, text=True, env=os.environ | {"CHROME_PATH": CHROMIUM},
    )
    try:  # a late protocol timeout makes it exit non-zero after a complete report
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(result.stderr.strip()[-500:]) from None
    audits = report["audits"]
    return (
        report["categories"]["performance"]["score"], audits["largest-contentful-paint"]["numericValue"] / 1000,
        audits["cumulative-layout-shift"]["numericValue"], audits["total-blocking-time"]["numericValue"],
    )


def report_lighthouse(project: Path, runs: int) -> None:
    command = lighthouse_command()
    if isinstance(command, str):
        print(f"\nLighthouse: not run ({command})")
        return
    sites = {"ours": project / "site", "stock": project / "site-stock"}
    paths = {"home": "", "category": "questions/fundamentals/", "top 50": "top-50/"}
    print(f"\nLighthouse {LIGHTHOUSE_VERSION} mobile performance (median score of {runs}): score, LCP, CLS, TBT")
    print(f"  {'page':<10} {'ours':>28} {'stock':>28}")
    for name, path in paths.items():
        cells = []
        for site in sites.values():
            try:
                with serve(site) as base:
                    results = sorted(lighthouse(command, base + path) for _ in range(runs))
            except RuntimeError as error:  # say why, and go on with the other pages
                print(f"  {name}: Lighthouse failed: {error}")
                cells.append("failed")
                continue
            score, lcp, cls, tbt = results[len(results) // 2]
            cells.append(f"{score:.2f} {lcp:5.1f}s {cls:5.3f} {tbt:5.0f}ms")
        print(f"  {name:<10} {cells[0]:>28} {cells[1]:>28}")


def report_weights(sizes: list[int], with_lighthouse: bool, runs: int = 1) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        real = real_project(Path(folder) / "real")
        weigh(real, "real guide", browser)
        homes = {}
        for size in sizes:
            project = synthetic_project(Path(folder) / f"synthetic-{size}", size)
            homes[size] = weigh(project, f"synthetic bank of {size:,} questions", browser)["home"][0]
            shutil.rmtree(project)
        browser.close()
        if len(sizes) > 1:
            small, large = sizes[0], sizes[-1]
            print(f"\nhome page, {large:,} / {small:,} questions: {homes[large] / homes[small]:.2f}x")
        if with_lighthouse:
            report_lighthouse(real, runs)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.weight", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,2000", help="synthetic bank sizes, comma-separated")
    parser.add_argument("--no-lighthouse", action="store_true", help="page weights only")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page and site")
    parser.add_argument("--lighthouse-only", action="store_true", help="Lighthouse on the real guide only")
    args = parser.parse_args()
    if args.lighthouse_only:
        with tempfile.TemporaryDirectory() as folder:
            real = real_project(Path(folder) / "real")
            build(real, False), build(real, True)
            return report_lighthouse(real, args.runs)
    report_weights([int(s) for s in args.sizes.split(",") if s], not args.no_lighthouse, args.runs)


if __name__ == "__main__":
    main()
