"""Markdown to self-contained HTML for documents no script will run on (the PDF)."""

from __future__ import annotations

import base64
import html
import re
import warnings
from collections.abc import Mapping
from functools import cache

import markdown
from pymdownx.superfences import fence_code_format

from macros.diagrams import drawings_in
from macros.formulas import BLOCK as _BLOCK_MATH
from macros.formulas import INLINE as _INLINE_MATH
from macros.formulas import mathml_in

_EXTENSIONS = [
    "tables", "attr_list", "md_in_html", "def_list", "footnotes",
    "pymdownx.arithmatex", "pymdownx.superfences", "pymdownx.highlight", "pymdownx.inlinehilite",
]
_CONFIG = {
    "pymdownx.arithmatex": {"generic": True},
    # As in mkdocs.yml: a diagram's source left whole, for its drawing to replace.
    "pymdownx.superfences": {"custom_fences": [{"name": "mermaid", "class": "mermaid", "format": fence_code_format}]},
    "pymdownx.highlight": {"noclasses": True, "pygments_style": "friendly", "use_pygments": True},
}
_CLASSES_CONFIG = _CONFIG | {"pymdownx.highlight": {"use_pygments": True}}
_VIEWBOX = re.compile(r'viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"')


@cache
def _converter(inline_styles: bool) -> markdown.Markdown:
    # Setting up the extensions costs more than converting a section: do it once.
    config = _CONFIG if inline_styles else _CLASSES_CONFIG
    return markdown.Markdown(extensions=_EXTENSIONS, extension_configs=config)


@cache
def _ziamath():
    # Imported on first use, and quietly: it warns about a deprecated importlib API.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath
    return ziamath


@cache
def _math_image(tex: str, inline: bool) -> str:
    """LaTeX drawn as an SVG image, its baseline on the text's baseline."""
    try:
        svg = _ziamath().Latex(tex, size=13 if inline else 14, inline=inline).svg()
    except Exception:  # a formula ziamath cannot draw is shown as its source
        return f'<code class="math-source">{html.escape(tex)}</code>'
    _, top, _, height = (float(v) for v in _VIEWBOX.search(svg).groups())
    data = base64.b64encode(svg.encode()).decode()
    descent = height + top  # how far the drawing reaches below the baseline (y = 0)
    style = f"vertical-align: {-descent:.2f}px" if inline else ""
    css_class = "math-inline" if inline else "math-block"
    return f'<img class="{css_class}" style="{style}" alt="{html.escape(tex)}" src="data:image/svg+xml;base64,{data}">'


def to_html(
    text: str, *, draw_math: bool = True, inline_styles: bool = True, diagrams: Mapping[str, str] = {}
) -> str:
    """`text` (the bank's Markdown) as HTML.

    `draw_math` draws formulas as SVG images, for readers without MathML (WeasyPrint, for the
    PDF); otherwise they are MathML, as on the site. `inline_styles` colours code
    with style attributes, for documents without the site's stylesheet. `diagrams` are the
    bank's drawings by source hash (Bank.diagrams), shown in place of diagram sources.
    """
    out = drawings_in(_converter(inline_styles).reset().convert(text), diagrams)
    if not draw_math:
        return mathml_in(out)
    out = _BLOCK_MATH.sub(lambda m: f'<div class="math">{_math_image(html.unescape(m[1]).strip(), False)}</div>', out)
    return _INLINE_MATH.sub(lambda m: _math_image(html.unescape(m[1]).strip(), True), out)
