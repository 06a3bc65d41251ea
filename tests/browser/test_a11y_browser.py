"""Accessibility in a real browser: axe-core on every page, both palettes; phone width.

axe-core comes from the axe-playwright-python package (it bundles axe.min.js), not from a
CDN. Every page of the built site is checked, with the practice widgets in a state that
shows them fully (answer revealed, sheet filled, a mark pressed, a random question shown).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import new_context
from tests.browser.helpers import open_page

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
# Known violations from files outside the practice feature, by (rule, CSS selector): none
# allowed. Add an entry only once the maintainers agree, with a comment saying why.
ALLOWED: set[tuple[str, str]] = set()
SCHEMES = {"light": "default", "dark": "slate"}
OWN_WIDGETS = [".pq-filterbar", ".pq-card", ".pq-data-tools", ".pq-marks", ".pq-announce", ".kit",
               ".pq-teaser", ".pq-progress", "[data-pq-due]", "[data-pq-random]"]


def site_pages(site: Path) -> list[str]:
    """Every page of the site, as a path below its root ("" is the home page)."""
    paths = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return ["" if p == "." else f"{p}/" for p in paths]


def show_everything(page, path: str, bank: dict) -> None:
    """Put the page's practice widgets in the state that shows the most of them."""
    if path == "practice/":
        page.get_by_role("button", name="Show answer").click()
    elif path == "interview-kit/":
        ids = ",".join(q["id"] for q in bank["questions"][:3])
        open_page(page, page.url, f"?questions={ids}")
    elif path == "":
        page.get_by_role("button", name="Show a random question").click()
    if page.locator(".pq-marks").count():
        page.locator(".pq-marks .pq-mark").first.click()
    page.wait_for_timeout(400)  # the theme's header fades its title after a scroll


def violations(page, context: dict | None = None) -> list[dict]:
    found = Axe().run(page, context=context).response["violations"]
    return [v for v in found if v["impact"] in BLOCKING]


@pytest.fixture(params=list(SCHEMES))
def scheme_page(request, browser, site_url):
    context = new_context(browser, site_url, color_scheme=request.param, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield request.param, page
    context.close()


def _element(html: str) -> str:
    """`<span class="a b" ...>` -> "span.a.b": one line per kind of element in the report."""
    tag = re.match(r"<([a-z0-9-]+)", html)
    classes = re.match(r"<[^>]*?\bclass=\"([^\"]*)\"", html)
    return (tag.group(1) if tag else "?") + "".join(f".{c}" for c in (classes.group(1).split() if classes else []))


def test_no_serious_or_critical_violations_on_any_page(scheme_page, site_url, built_site, bank):
    scheme, page = scheme_page
    problems: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for path in site_pages(built_site):
        open_page(page, site_url, path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
        show_everything(page, path, bank)
        for violation in violations(page):
            for node in violation["nodes"]:
                selector = " ".join(node["target"])
                if (violation["id"], selector) in ALLOWED:
                    continue
                checks = node.get("any") or node.get("all") or node.get("none") or [{}]
                problems[(violation["id"], violation["impact"], _element(node["html"]))].append(
                    (path or "/", selector, checks[0].get("message", "")))
    report = "\n".join(
        f"{rule} ({impact}) {element}: {len(hits)} on {len({h[0] for h in hits})} page(s), "
        f"e.g. {hits[0][0]} {hits[0][1]}: {hits[0][2]}"
        for (rule, impact, element), hits in sorted(problems.items()))
    assert not problems, f"axe, {scheme} palette:\n{report}"


def test_practice_widgets_have_no_violations_of_any_impact(scheme_page, site_url, built_site, bank):
    """Our own widgets, held to every axe rule (the page test above only blocks serious ones)."""
    scheme, page = scheme_page
    found = []
    for path in ["", "practice/", "interview-kit/", f"questions/{bank['categories'][0]['id']}/"]:
        open_page(page, site_url, path)
        show_everything(page, path, bank)
        include = [[s] for s in OWN_WIDGETS if page.locator(s).count()]
        for violation in Axe().run(page, context={"include": include}).response["violations"]:
            found += [f"{path or '/'}: {violation['id']} ({violation['impact']}) {' '.join(n['target'])}"
                      for n in violation["nodes"]]
    assert not found, f"{scheme} palette:\n" + "\n".join(found)


@pytest.mark.parametrize("path", ["", "practice/", "interview-kit/", "questions/{first}/"],
                         ids=["home", "practice", "kit", "category"])
def test_phone_width_needs_no_sideways_scrolling(browser, site_url, bank, path):
    context = new_context(browser, site_url, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        path = path.format(first=bank["categories"][0]["id"])
        open_page(page, site_url, path)
        show_everything(page, path, bank)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{path or '/'} is {width}px wide on a 360px screen"
    finally:
        context.close()
