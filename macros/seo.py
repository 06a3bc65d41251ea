"""What search engines read: FAQPage structured data built from a category's questions."""

from __future__ import annotations

import json
import re

from macros.models import Bank

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*]|\d+\.)\s+", re.M)


def _without_code_blocks(markdown: str) -> str:
    lines, fence = [], ""
    for line in markdown.splitlines():
        stripped = line.lstrip()
        if fence:
            fence = "" if stripped.startswith(fence) else fence
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            lines.append("(code omitted)")
        else:
            lines.append(line)
    return "\n".join(lines)


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable text, cheaply (no full conversion: it runs per question)."""
    text = _without_code_blocks(markdown)
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    text = _LIST_MARKER.sub("", text)
    for mark in ("**", "__", "`", "$"):
        text = text.replace(mark, "")
    return " ".join(text.split())


def faq_jsonld(bank: Bank, category_id: str, page_url: str) -> str:
    """schema.org FAQPage for a category page: each question with the opening paragraph of its
    sample answer (the whole answers would add a fifth to the page's weight)."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "url": page_url,
        "mainEntity": [
            {
                "@type": "Question",
                "name": plain_text(q.question),
                "url": f"{page_url}#{q.id}",
                "acceptedAnswer": {"@type": "Answer", "text": plain_text(q.sample_answer.strip().split("\n\n")[0])},
            }
            for q in bank.questions[category_id]
        ],
    }
    # Inside <script>, "</" could end the element early: escape it.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
