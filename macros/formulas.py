"""Formulas drawn at build time: LaTeX to MathML, which browsers show with no script.

`FormulasExtension` goes after pymdownx.arithmatex (generic mode), which finds the formulas;
the MathML replaces them in the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import cache

from latex2mathml.converter import convert
from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

# What arithmatex (generic mode) leaves in the HTML: the formula between \( \) or \[ \].
INLINE = re.compile(r'<span class="arithmatex">\\\((.+?)\\\)</span>', re.S)
BLOCK = re.compile(r'<div class="arithmatex">\\\[(.+?)\\\]</div>', re.S)
# Commands the converter lacks, written with ones it has.
_SPELLED = {r"\arg": r"\operatorname{arg}"}
_SPELLED_RE = re.compile("|".join(re.escape(c) + r"(?![a-zA-Z])" for c in _SPELLED))
_UNKNOWN = re.compile(r">(\\[a-zA-Z]+)<")  # the converter keeps a command it does not know as text
_ENTITY = re.compile(r"&#x([0-9A-Fa-f]+);")
_KEEP_ESCAPED = {"<", ">", "&", '"'}
# TeX puts a thin space between a function name (log, sin) and its argument; MathML Core does
# not, so "log x" would read "logx". Not before a bracket: log(x) has none in TeX either.
_FUNCTION = r"<mi>[a-z]{2,}</mi>"
_ARGUMENT = r"(?=<m(?:i|n|frac|sub|sup|row)\b)"
_SPACED = re.compile(
    rf"(?<!<msub>)(?<!<msup>)(?<!<msubsup>)({_FUNCTION}){_ARGUMENT}"
    rf"|(<msub>{_FUNCTION}(?:<mrow>(?:(?!</?mrow>).)*</mrow>|<m[in]>[^<]*</m[in]>)</msub>){_ARGUMENT}"
)
_THIN_SPACE = '<mspace width="0.167em"></mspace>'
# Where MathML's defaults differ from TeX: norms and bars do not grow with their neighbours,
# and a slash is an ordinary character with no space around it.
_AS_IN_TEX = {
    "<mo>‖</mo>": '<mo stretchy="false">‖</mo>',
    "<mo>|</mo>": '<mo stretchy="false">|</mo>',
    "<mo>/</mo>": '<mo lspace="0" rspace="0">/</mo>',
}


class FormulaError(ValueError):
    """A formula the converter cannot draw; the message says why."""


def _balanced(tex: str) -> bool:
    depth = 0
    for brace in re.findall(r"(?<!\\)[{}]", re.sub(r"\\\\", "", tex)):
        depth += 1 if brace == "{" else -1
        if depth < 0:
            return False
    return depth == 0


def _character(match: re.Match[str]) -> str:
    # Characters rather than numeric references: the page is UTF-8, and it is shorter.
    char = chr(int(match[1], 16))
    return match[0] if char in _KEEP_ESCAPED else char


@cache
def to_mathml(tex: str, display: bool = False) -> str:
    """`tex` as a <math> element; FormulaError if the converter cannot draw all of it.
    Cached by formula: a bank repeats its formulas, and converting is the slow part."""
    tex = tex.strip()
    if not _balanced(tex):
        raise FormulaError("unbalanced braces { }")
    try:
        out = convert(_SPELLED_RE.sub(lambda m: _SPELLED[m[0]], tex), display="block" if display else "inline")
    except Exception as error:  # the converter's errors carry no message worth more than this
        raise FormulaError(f"the converter cannot read it ({type(error).__name__})") from None
    if unknown := sorted(set(_UNKNOWN.findall(out))):
        raise FormulaError(f"unknown command {', '.join(unknown)}")
    out = out.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', "", 1)  # HTML knows <math>
    out = _SPACED.sub(lambda m: (m[1] or m[2]) + _THIN_SPACE, _ENTITY.sub(_character, out))
    for mathml, tex_like in _AS_IN_TEX.items():
        out = out.replace(mathml, tex_like)
    return out


def mathml_in(page: str) -> str:
    """`page` (HTML from arithmatex) with every formula as MathML."""
    # A block keeps its wrapper, which lets a long formula scroll on a narrow screen.
    page = BLOCK.sub(lambda m: f'<div class="arithmatex">{to_mathml(html.unescape(m[1]), True)}</div>', page)
    return INLINE.sub(lambda m: to_mathml(html.unescape(m[1])), page)


# Formulas in Markdown source, found the way arithmatex finds them ($...$ inline, $$...$$ as a
# block), once code is set aside: for checking the bank before any page is written.
_CODE = re.compile(r"^( *)(`{3,}|~{3,}).*?^\1\2[ \t]*$|(`+)(?!`).+?(?<!`)\3(?!`)", re.S | re.M)
_MATH = re.compile(
    r"(?<!\\)\$\$(?P<block>(?:\\.|[^\\])+?)\$\$"
    r"|\\\[(?P<block2>(?:\\[^\]]|[^\\])+?)\\\]"
    r"|(?<!\\)\$(?!\s)(?P<inline>(?:\\.|[^\\$])+?)(?<!\s)\$"
    r"|\\\((?P<inline2>(?:\\[^)]|[^\\])+?)\\\)",
    re.S,
)


def problems_in(markdown_text: str) -> Iterator[tuple[int, str, str]]:
    """(line offset in the text, formula, reason) for each formula that cannot be drawn."""
    text = _CODE.sub(lambda m: "\n" * m[0].count("\n"), markdown_text)
    for match in _MATH.finditer(text):
        block = match["block"] or match["block2"]
        tex = block if block is not None else (match["inline"] or match["inline2"])
        try:
            to_mathml(tex, block is not None)
        except FormulaError as error:
            yield text.count("\n", 0, match.start()), tex.strip(), str(error)


class _MathML(Postprocessor):
    def run(self, text: str) -> str:
        try:
            return mathml_in(text)
        except FormulaError as error:
            raise FormulaError(f"a formula on this page cannot be drawn: {error}") from None


class FormulasExtension(Extension):
    """MathML in place of the formulas arithmatex found."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.postprocessors.register(_MathML(md), "formulas", 5)  # after raw HTML is restored
