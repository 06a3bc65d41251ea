import pytest

from macros.safety import is_safe_url, raw_html, unsafe_links


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "a <img src=x onerror=alert(1)> b",
        "line one<br>",
        "<!-- hidden -->",
        "</div>",
        "<a href='https://x.org'>x</a>",
        "<SCRIPT >",
    ],
)
def test_raw_html_is_found(text):
    assert raw_html(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "p < 0.05 and q > 3",
        "if a<b then",
        "`<div>` in a code span",
        "```html\n<script>ok in code</script>\n```",
        "$a < b$ and $$x<y$$",
        "<https://example.org/autolink>",
        "arrows -> and <- and <=",
    ],
)
def test_prose_without_html_passes(text):
    assert raw_html(text) is None


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", " JavaScript:alert(1)", "java\nscript:x", "data:text/html,x", "../page.md", "ftp://x", "#"]
)
def test_unsafe_urls(url):
    assert not is_safe_url(url)


@pytest.mark.parametrize("url", ["https://example.org", "http://example.org/a?b=c", "#anchor"])
def test_safe_urls(url):
    assert is_safe_url(url)


def test_unsafe_links_finds_inline_image_reference_and_autolinks():
    text = (
        "[a](javascript:alert(1)) ![i](data:image/png;base64,xx) <mailto:x@y.z>\n"
        "[ok](https://x.org) [ref]: vbscript:run\n\n[def]: javascript:evil"
    )
    assert unsafe_links(text) == ["javascript:alert(1", "data:image/png;base64,xx", "mailto:x@y.z", "javascript:evil"]


def test_links_inside_code_are_not_links():
    assert unsafe_links("`[a](javascript:x)`") == []
