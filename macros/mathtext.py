"""TeX to text a person can read in a search snippet: `\\frac{a}{b}` becomes `a/b`.

Search results show plain text, where TeX source (`\\frac`, `\\(`) is noise. This covers
the commands the content uses; an unknown command keeps its name without the backslash.
"""

from __future__ import annotations

import re
import unicodedata

_MATH = re.compile(
    r"\$\$(?P<display>.+?)\$\$"  # display math
    r"|\\\((?P<paren>.+?)\\\)"  # \( ... \)
    r"|(?<![\\$])\$(?!\s)(?P<inline>(?:\\.|[^\\$])+?)(?<!\s)\$(?!\d)",  # as arithmatex: not $5 and $6
    re.S,
)

_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
    "Lambda": "Λ", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "Pi": "Π",
    "times": "×", "cdot": "·", "approx": "≈", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
    "neq": "≠", "ne": "≠", "pm": "±", "in": "∈", "notin": "∉", "infty": "∞", "partial": "∂",
    "nabla": "∇", "sum": "Σ", "prod": "Π", "int": "∫", "to": "→", "rightarrow": "→",
    "leftarrow": "←", "Rightarrow": "⇒", "xrightarrow": "→", "mid": "|", "lVert": "‖",
    "rVert": "‖", "lvert": "|", "rvert": "|", "langle": "⟨", "rangle": "⟩", "top": "ᵀ",
    "propto": "∝", "sim": "~", "odot": "⊙", "neg": "¬", "succ": "≻", "dots": "…",
    "ldots": "…", "cdots": "⋯", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
    "forall": "∀", "exists": "∃", "cup": "∪", "cap": "∩", "subset": "⊂", "equiv": "≡",
    "quad": " ", "qquad": " ", ",": " ", ";": " ", "!": "", " ": " ", "{": "{", "}": "}",
    "%": "%", "_": "_", "&": "&", "#": "#", "\\": " ",
}
# Commands whose braces are dropped and whose argument is kept as it is.
_WRAPPERS = {"text", "mathrm", "mathbf", "mathbb", "mathcal", "mathit", "operatorname",
             "textbf", "textit", "boldsymbol", "underbrace", "overbrace", "mathsf", "big",
             "Big", "bigg", "left", "right", "displaystyle", "tfrac", "dfrac", "frac",
             "sqrt", "hat", "bar", "tilde", "vec", "overline", "widehat", "dot"}
_ACCENTS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303", "vec": "\u20d7", "dot": "\u0307",
            "widehat": "\u0302", "overline": "\u0304"}
_SUPERSCRIPTS = str.maketrans("0123456789+-=()nTi", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀⁱ")
_SUBSCRIPTS = str.maketrans("0123456789+-=()aeijklmnoprstux", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑᵢⱼₖₗₘₙₒₚᵣₛₜᵤₓ")
_COMMAND = re.compile(r"\\([A-Za-z]+|.)")


def _group(tex: str, start: int) -> tuple[str, int]:
    """The argument starting at `start` (a braced group or one character) and where it ends."""
    while start < len(tex) and tex[start] == " ":
        start += 1
    if start >= len(tex):
        return "", start
    if tex[start] != "{":
        if tex[start] == "\\":
            match = _COMMAND.match(tex, start)
            return match.group(0), match.end()
        return tex[start], start + 1
    depth = 0
    for end in range(start, len(tex)):
        depth += {"{": 1, "}": -1}.get(tex[end], 0)
        if depth == 0:
            return tex[start + 1:end], end + 1
    return tex[start + 1:], len(tex)


def _script(text: str, table: dict[int, int], mark: str) -> str:
    mapped = text.translate(table)
    if all(ord(c) in table.values() for c in mapped):
        return mapped
    return f"{mark}{text}" if len(text) == 1 else f"{mark}({text})"


def _atom(text: str) -> str:
    """`text` as an operand of `/`: parenthesised when it has an operator in it."""
    return f"({text})" if re.search(r"[\s+\-−×·/]", text.strip()) else text.strip()


def tex_text(tex: str) -> str:
    """Readable text for one TeX formula."""
    out: list[str] = []
    i = 0
    while i < len(tex):
        char = tex[i]
        if char == "\\":
            match = _COMMAND.match(tex, i)
            name = match.group(1)
            i = match.end()
            if name in ("frac", "tfrac", "dfrac"):
                top, i = _group(tex, i)
                bottom, i = _group(tex, i)
                out.append(f"{_atom(tex_text(top))}/{_atom(tex_text(bottom))}")
            elif name == "sqrt":
                arg, i = _group(tex, i)
                out.append(f"√{_atom(tex_text(arg))}")
            elif name in _ACCENTS:
                arg, i = _group(tex, i)
                inner = tex_text(arg)
                out.append(inner + _ACCENTS[name] if len(inner) == 1 else inner)
            elif name in _SYMBOLS:
                out.append(_SYMBOLS[name])
            elif name in _WRAPPERS:
                sizing = name in ("left", "right", "big", "Big", "bigg")
                if sizing and i < len(tex) and tex[i] in "([|.)]":  # \left( \right. \big|
                    out.append("" if tex[i] == "." else tex[i])
                    i += 1
                elif sizing:  # \left\{ or \big\lVert: the next command is the delimiter
                    continue
                else:
                    arg, i = _group(tex, i)
                    out.append(tex_text(arg))
            else:
                out.append(name + (" " if name.isalpha() else ""))
        elif char in "^_":
            arg, i = _group(tex, i + 1)
            inner = tex_text(arg)
            table = _SUPERSCRIPTS if char == "^" else _SUBSCRIPTS
            if out:
                out[-1] = out[-1].rstrip()  # `\log_2` reads log₂
            out.append(_script(inner, table, char))
        elif char in "{}":
            i += 1
        elif char == "&":
            out.append(" ")
            i += 1
        else:
            out.append(char)
            i += 1
    return unicodedata.normalize("NFC", " ".join("".join(out).split()))  # y + hat: ŷ


def math_to_text(markdown: str) -> str:
    """`markdown` with every formula (`$...$`, `$$...$$`, `\\(...\\)`) replaced by readable text."""
    def replace(match: re.Match[str]) -> str:
        formula = match.group("display") or match.group("paren") or match.group("inline")
        return tex_text(formula)

    return _MATH.sub(replace, markdown)
