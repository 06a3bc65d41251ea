import json
from pathlib import Path

from macros.schema import schema_texts

ROOT = Path(__file__).resolve().parent.parent


def test_committed_schemas_match_the_models():
    for name, text in schema_texts().items():
        committed = (ROOT / "schema" / name).read_text(encoding="utf-8")
        assert committed == text, f"schema/{name} is stale: run `make schema`"


def test_question_schema_closes_the_sets_and_forbids_extras():
    schema = json.loads(schema_texts()["questions.schema.json"])
    question = schema["$defs"]["Question"]
    assert question["additionalProperties"] is False
    assert question["properties"]["difficulty"]["enum"] == ["easy", "medium", "hard"]
    assert set(question["required"]) >= {"id", "question", "how_to_answer", "sample_answer", "what_to_look_for"}


def test_every_data_file_points_editors_at_its_schema():
    data = ROOT / "data"
    expected = {data / "categories.yml": "../schema/categories.schema.json",
                data / "guide.yml": "../schema/guide.schema.json",
                data / "topics.yml": "../schema/topics.schema.json",
                data / "top50.yml": "../schema/top50.schema.json"}
    expected |= {p: "../../schema/questions.schema.json" for p in (data / "questions").glob("*.yml")}
    for path, schema in expected.items():
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema={schema}", path.name
        assert (path.parent / schema).resolve().is_file()


def test_top50_schema_asks_for_fifty_distinct_slugs():
    schema = json.loads(schema_texts()["top50.schema.json"])
    assert (schema["type"], schema["minItems"], schema["maxItems"]) == ("array", 50, 50)
