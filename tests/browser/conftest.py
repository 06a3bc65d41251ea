"""Browser fixtures: the real site served over HTTP, driven by Debian's headless Chromium.

Playwright's own browser downloads are never used (no `playwright install`): the tests run
the system Chromium, or the one GUIDE_CHROMIUM names. Every request that does not go to the
local server is refused, so the tests also show that the site works offline.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT, skip_unless_available

CHROMIUM = os.environ.get("GUIDE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set GUIDE_CHROMIUM)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -r requirements-dev.txt)"
    return None


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def browser():
    skip_unless_available(chromium_missing())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(browser, built_site: Path):
    """The built site at http://127.0.0.1:<free port>/, served from a thread."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def bank(built_site: Path) -> dict:
    """questions.json, as the pages read it."""
    return json.loads((built_site / "questions.json").read_text(encoding="utf-8"))


def new_context(browser, site_url: str, **options):
    """A fresh browser profile (empty localStorage) that can reach the local site only."""
    context = browser.new_context(accept_downloads=True, **options)
    context.route(lambda url: not url.startswith(site_url), lambda route: route.abort())
    return context


@pytest.fixture
def context(browser, site_url):
    context = new_context(browser, site_url, viewport={"width": 1280, "height": 900})
    yield context
    context.unroute_all(behavior="ignoreErrors")
    context.close()


@pytest.fixture
def page(context):
    """A page that fails the test on any uncaught script error."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"script errors: {errors}"


@pytest.fixture
def deployed_page(browser, site_url):
    """A page browsing the site at its `site_url`, every request answered by the local server.

    Material's instant navigation only takes links it finds in sitemap.xml, whose addresses
    are the deployed ones; under any other address it falls back to full page loads.
    """
    match = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    if not match:
        pytest.skip("mkdocs.yml has no site_url: instant navigation needs it")
    deployed = match.group(1).rstrip("/") + "/"
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def serve(route):
        url = route.request.url
        if url.startswith(deployed):
            route.fulfill(response=route.fetch(url=site_url + url[len(deployed):]))
        else:
            route.abort()

    context.route("**/*", serve)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, deployed
    # A request still in flight (the search worker's index, say) must not fail the next test.
    context.unroute_all(behavior="ignoreErrors")
    context.close()
    assert not errors, f"script errors: {errors}"
