"""Formulas and diagrams drawn at build: readable on a phone, in both themes, with no script."""

from __future__ import annotations

import pytest

from tests.browser.conftest import new_context

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_diagram_labels_are_readable_on_a_phone_and_follow_the_theme(browser, site_url, scheme):
    context = new_context(browser, site_url, viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "questions/ml-design/")
    page.evaluate("document.querySelectorAll('details.answer').forEach(d => d.open = true)")
    page.evaluate("document.querySelectorAll('.tabbed-set').forEach(s => s.querySelectorAll('input')[1].click())")
    diagrams = page.locator("figure.diagram svg")
    assert diagrams.count() >= 1
    for index in range(diagrams.count()):
        svg = diagrams.nth(index)
        svg.scroll_into_view_if_needed()
        shown = svg.evaluate("""svg => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
            const label = svg.querySelector('text')
            return {
                px: parseFloat(getComputedStyle(label).fontSize) * scale,
                fill: getComputedStyle(label).fill,
                text: getComputedStyle(svg.closest('.md-typeset')).color,
                right: svg.getBoundingClientRect().right,
            }
        }""")
        assert shown["px"] >= 11, shown
        assert shown["fill"] == shown["text"], shown  # labels in the page's own text colour
        assert shown["right"] <= PHONE["width"], shown
    context.close()


def test_formulas_are_laid_out_by_the_browser(browser, site_url):
    context = new_context(browser, site_url, viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "questions/statistics/")
    page.evaluate("document.querySelectorAll('details.answer').forEach(d => d.open = true)")
    page.evaluate("document.querySelectorAll('.tabbed-set').forEach(s => s.querySelectorAll('input')[1].click())")
    heights = page.evaluate("[...document.querySelectorAll('math mfrac')].map(e => e.getBoundingClientRect().height)")
    # MathML laid out: a fraction stands taller than a line of text; unsupported, it would be flat text.
    assert heights and max(heights) > 20
    assert page.evaluate("typeof katex === 'undefined' && typeof mermaid === 'undefined'")
    context.close()
