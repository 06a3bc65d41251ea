"""The built site served as GitHub Pages serves a project site, under /<repository>/:
every internal link, anchor, asset and download from every page resolves."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from macros.loader import load_bank
from macros.seo import plain_text
from tests.conftest import ROOT

pytestmark = pytest.mark.site
PREFIX = "/ml-interview-guide/"


class _Links(HTMLParser):
    """Every address a page points at, and every id it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if "name" in attributes and tag == "a":
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            if attributes.get(name) and not (tag == "link" and attributes.get("rel") in ("canonical", "alternate")):
                self.targets.append(attributes[name])


@pytest.fixture(scope="module")
def server(built_site):
    """The site under PREFIX on a loopback port, as a project site is served."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            if not path.startswith(PREFIX):
                return str(built_site / "__outside_the_project_site__")
            return super().translate_path("/" + path[len(PREFIX):])

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(built_site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@functools.cache
def _fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def test_every_internal_link_anchor_asset_and_download_resolves(server):
    start = f"{server}{PREFIX}"
    queue, seen_pages, broken, checked = [start], set(), [], 0
    ids: dict[str, set[str]] = {}
    anchors: list[tuple[str, str, str]] = []
    while queue:
        page = queue.pop()
        if page in seen_pages:
            continue
        seen_pages.add(page)
        status, kind, body = _fetch(page)
        if status != 200:
            broken.append(f"{page}: {status}")
            continue
        parser = _Links()
        parser.feed(body.decode("utf-8", "replace"))
        ids[page] = parser.ids
        for target in parser.targets:
            absolute = urljoin(page, target)
            if urlparse(absolute).netloc != urlparse(server).netloc:
                continue  # other sites are not ours to check
            address, fragment = urldefrag(absolute)
            checked += 1
            status, kind, _ = _fetch(address)
            if status != 200 or not urlparse(address).path.startswith(PREFIX):
                broken.append(f"{page} -> {target}: {status}")
            elif kind == "text/html":
                queue.append(address)
                if fragment:
                    anchors.append((page, address, fragment))
    for page, address, fragment in anchors:
        if address in ids and fragment not in ids[address]:
            broken.append(f"{page} -> {address}#{fragment}: no such anchor")
    assert not broken, "\n".join(broken[:30])
    assert len(seen_pages) >= 20 and checked > 1000  # the crawl really went through the site
    for download in ("downloads/ml-interview-questions.csv", "downloads/ml-interview-questions.apkg",
                     "downloads/ml-interview-top-50.pdf", "questions.json", "robots.txt", "sitemap.xml"):
        assert _fetch(f"{start}{download}")[0] == 200, download


def test_category_pages_carry_faq_structured_data_built_from_the_bank(built_site):
    bank = load_bank(ROOT / "data")
    for category in bank.categories:
        page = BeautifulSoup((built_site / "questions" / category.id / "index.html").read_text(encoding="utf-8"), "html.parser")
        scripts = page.select('script[type="application/ld+json"]')
        assert len(scripts) == 1, category.id
        data = json.loads(scripts[0].string)
        assert data["@context"] == "https://schema.org" and data["@type"] == "FAQPage"
        entities = data["mainEntity"]
        assert [e["name"] for e in entities] == [plain_text(q.question) for q in bank.questions[category.id]]
        for entity, question in zip(entities, bank.questions[category.id], strict=True):
            assert entity["@type"] == "Question" and entity["url"].endswith(f"/questions/{category.id}/#{question.id}")
            assert entity["acceptedAnswer"]["@type"] == "Answer"
            # The opening paragraph of the sample answer: whole answers would weigh on every page.
            opening = plain_text(question.sample_answer.strip().split("\n\n")[0])
            assert entity["acceptedAnswer"]["text"] == opening != ""
            assert plain_text(question.sample_answer).startswith(opening)


def test_every_page_has_description_and_open_graph_and_the_site_a_sitemap_and_robots(built_site):
    for html in built_site.rglob("index.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        assert page.select_one('meta[name="description"]')["content"], html
        for prop in ("og:title", "og:description", "og:url", "og:type"):
            assert page.select_one(f'meta[property="{prop}"]')["content"], (html, prop)
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://ml-interview-guide.github.io/ml-interview-guide/questions/fundamentals/" in sitemap
    robots = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://ml-interview-guide.github.io/ml-interview-guide/sitemap.xml" in robots


def test_edit_links_open_the_question_in_its_yaml_file(built_site):
    bank = load_bank(ROOT / "data")
    page = BeautifulSoup((built_site / "questions" / "fundamentals" / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in page.select("a.q-edit")]
    assert len(links) == len(bank.questions["fundamentals"])
    for question, link in zip(bank.questions["fundamentals"], links, strict=True):
        file, line = bank.sources[question.id]
        assert link == f"https://github.com/ml-interview-guide/ml-interview-guide/blob/main/{file}#L{line}"
        assert (ROOT / file).read_text(encoding="utf-8").splitlines()[line - 1] == f"- id: {question.id}"
