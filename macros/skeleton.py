"""A new question's skeleton, appended as text so the file's comments and layout survive."""

from __future__ import annotations

from pathlib import Path

from macros.render import templates


def skeleton(question_id: str) -> str:
    return templates().get_template("skeleton.yml.j2").render(id=question_id)


def append_question(questions_file: Path, question_id: str) -> None:
    text = questions_file.read_text(encoding="utf-8")
    separator = "" if text.endswith("\n") or not text else "\n"
    questions_file.write_text(text + separator + skeleton(question_id), encoding="utf-8")
