import json

from macros.loader import load_bank
from macros.seo import faq_jsonld, plain_text
from tests.conftest import question


def test_plain_text_drops_markup_and_code_but_keeps_words():
    text = "**Bold** and `code` with [a link](https://x.org).\n\n- item one\n1. item two\n\n```python\nx = 1\n```\nafter $x^2$"
    assert plain_text(text) == "Bold and code with a link. item one item two (code omitted) after x^2"


def test_faq_jsonld_lists_each_question_with_its_answer_and_cannot_close_the_script(bank_dir):
    data = bank_dir({"basics": question("alpha", sample_answer='"Use `</script>` safely"'), "metrics": question("b", covers="[E1]")})
    text = faq_jsonld(load_bank(data), "basics", "https://example.org/questions/basics/")
    assert "</" not in text
    parsed = json.loads(text)
    assert parsed["@type"] == "FAQPage"
    assert parsed["mainEntity"] == [{
        "@type": "Question", "name": "What is alpha?", "url": "https://example.org/questions/basics/#alpha",
        "acceptedAnswer": {"@type": "Answer", "text": "Use </script> safely"},
    }]
