"""A new question's skeleton, appended as text so the file's comments and layout survive."""

from __future__ import annotations

from pathlib import Path

from macros.models import Guide
from macros.render import templates


def skeleton(question_id: str, guide: Guide) -> str:
    """The YAML of an empty question, listing the kinds and roles the guide declares."""
    return templates().get_template("skeleton.yml.j2").render(id=question_id, guide=guide)


def append_question(questions_file: Path, question_id: str, guide: Guide) -> None:
    text = questions_file.read_text(encoding="utf-8")
    separator = "" if text.endswith("\n") or not text else "\n"
    questions_file.write_text(text + separator + skeleton(question_id, guide), encoding="utf-8")
