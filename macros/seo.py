"""What search engines read: FAQPage structured data built from a category's questions."""

from __future__ import annotations

import json
import re

from macros.models import Bank

_FENCE = re.compile(r"^\s*(`{3,}|~{3,}).*?^\s*\1[`~]*\s*$", re.M | re.S)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"\*\*|__|`|\$\$?|^\s*[-*]\s+|^\s*\d+\.\s+", re.M)


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable text, cheaply (no full conversion: it runs per question)."""
    text = _FENCE.sub(" (code omitted) ", markdown)
    text = _LINK.sub(r"\1", text)
    text = _MARKS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def faq_jsonld(bank: Bank, category_id: str, page_url: str) -> str:
    """schema.org FAQPage for a category page: each question with its sample answer."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "url": page_url,
        "mainEntity": [
            {
                "@type": "Question",
                "name": plain_text(q.question),
                "url": f"{page_url}#{q.id}",
                "acceptedAnswer": {"@type": "Answer", "text": plain_text(q.sample_answer)},
            }
            for q in bank.questions[category_id]
        ],
    }
    # Inside <script>, "</" could end the element early: escape it.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
