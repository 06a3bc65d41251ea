"""`python -m figures [OUT_DIR]`: draw every figure into OUT_DIR (default docs/assets/figures)."""

from __future__ import annotations

import sys
from pathlib import Path

from figures import FIGURES

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "assets" / "figures"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, draw in FIGURES.items():
        draw(out / name)
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
