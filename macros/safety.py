"""Checks that keep contributed Markdown from carrying HTML or script into the site."""

from __future__ import annotations

import re

# Code is shown literally, so tags inside it are harmless: drop it before looking.
_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})[^\n]*\n.*?^\1\2[`~]*[ \t]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_MATH = re.compile(r"\$\$.+?\$\$|\$[^$\n]+\$", re.S)

_TAG = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9:-]*(\s[^<>]*)?/?\s*>|<!--|<\?|<!\[CDATA\[", re.I)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>")
_INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_SAFE_SCHEMES = ("http://", "https://")


def strip_code(markdown: str) -> str:
    """Markdown without fenced blocks, code spans and math, where `<` is not HTML."""
    text = _FENCE.sub("", markdown)
    text = _CODE_SPAN.sub("", text)
    return _MATH.sub("", text)


def raw_html(markdown: str) -> str | None:
    """The first raw HTML fragment in the prose of `markdown`, if any."""
    if "<" not in markdown:  # most prose: no need to look closer
        return None
    prose = _AUTOLINK.sub("", strip_code(markdown))
    match = _TAG.search(prose)
    return match.group(0) if match else None


def is_safe_url(url: str) -> bool:
    """Only web addresses and in-page anchors may be linked from content."""
    cleaned = "".join(url.split()).lower()
    return cleaned.startswith(_SAFE_SCHEMES) or (cleaned.startswith("#") and len(cleaned) > 1)


def unsafe_links(markdown: str) -> list[str]:
    """Every link target in `markdown` that is not an http(s) address or an anchor."""
    if "](" not in markdown and "]:" not in markdown and "<" not in markdown:
        return []
    prose = strip_code(markdown)
    targets = [m.group(1) for m in _INLINE_LINK.finditer(prose)]
    targets += [m.group(1) for m in _AUTOLINK.finditer(prose)]
    targets += [m.group(1) for m in _REFERENCE_DEF.finditer(prose)]
    return [t for t in targets if not is_safe_url(t)]
