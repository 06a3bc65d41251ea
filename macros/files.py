"""The names of the files a guide offers for download, from the guide's own name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from macros.models import Guide


def slugify(text: str) -> str:
    """'Kubernetes Interview Guide' -> 'kubernetes-interview-guide'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "guide"


@dataclass(frozen=True)
class DownloadNames:
    """Paths in the site of every download, all named after one stem."""

    stem: str

    @property
    def top50_pdf(self) -> str:
        return f"downloads/{self.stem}-top-50.pdf"

    @property
    def cheat_sheets(self) -> dict[str, str]:
        """The Top 50 cheat sheet, one file per paper size (each must fit on a few pages)."""
        return {paper: f"downloads/{self.stem}-top-50-cheat-sheet-{paper.lower()}.pdf" for paper in ("A4", "Letter")}

    @property
    def csv(self) -> str:
        return f"downloads/{self.stem}-questions.csv"

    @property
    def json(self) -> str:
        return f"downloads/{self.stem}-questions.json"

    @property
    def apkg(self) -> str:
        return f"downloads/{self.stem}-questions.apkg"


def download_names(guide: Guide, site_name: str) -> DownloadNames:
    """The guide's own `file_stem`, or else its site name as a slug."""
    return DownloadNames(guide.file_stem or slugify(site_name))
