"""JSON Schemas for editors, generated from the models so they cannot drift."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from macros.exports import ExportedBank
from macros.models import Category, Guide, Question, SearchTerms, Top50, Topic

SCHEMAS = {
    "guide.schema.json": (Guide, "The guide's settings: roles, kinds, answer tabs, file names"),
    "questions.schema.json": (list[Question], "Questions of one category"),
    "categories.schema.json": (list[Category], "Categories of the guide, in order"),
    "topics.schema.json": (list[Topic], "Coverage checklist topics"),
    "top50.schema.json": (Top50, "The Top 50: question ids in order"),
    "search.schema.json": (SearchTerms, "Search synonyms and acronyms"),
    "questions-json.schema.json": (ExportedBank, "questions.json: the bank for scripts and the practice pages"),
}


def schema_texts() -> dict[str, str]:
    """File name to JSON text, exactly as committed under schema/."""
    out = {}
    for name, (shape, title) in SCHEMAS.items():
        schema = TypeAdapter(shape).json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **schema}
        out[name] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def write_schemas(schema_dir: Path) -> list[Path]:
    schema_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = schema_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
