"""Downloads: the Anki deck, the CSV and the JSON hold the bank, exactly and stably."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path

import genanki
import pytest
from bs4 import BeautifulSoup

from macros.exports import ExportedBank, anki_deck, bank_csv, bank_json
from macros.files import download_names
from macros.loader import load_bank
from tests.conftest import ROOT, question

AWKWARD = '"He said, \\"use a comma, then a quote\\".\\nSecond line: naïve Bayes, café, 東京, ≤ 0.5"'


@pytest.fixture
def bank(bank_dir):
    awkward = question("awkward", question='"Commas, \\"quotes\\" and ünïcode: why?"', sample_answer=AWKWARD,
                       tags="[commas, quotes]", key_points='["Café, first", "Second: $x$"]') + "  follow_ups:\n    - One, two?\n    - Three \"quoted\"?\n"
    return load_bank(bank_dir({"basics": awkward + question("alpha", sample_answer='"$x^2$ and code `a<b`"'),
                               "metrics": question("beta", covers="[E1]")}))


def _notes(deck: bytes) -> list[tuple[str, str, list[str]]]:
    with zipfile.ZipFile(io.BytesIO(deck)) as archive, io.BytesIO(archive.read("collection.anki2")) as raw:
        path = Path(__import__("tempfile").mkdtemp()) / "c.anki2"
        path.write_bytes(raw.read())
    with sqlite3.connect(path) as db:
        rows = db.execute("select guid, tags, flds from notes order by id").fetchall()
    return [(guid, tags, fields.split("\x1f")) for guid, tags, fields in rows]


def test_anki_deck_has_one_note_per_question_with_fields_and_tags(bank, tmp_path):
    notes = _notes(anki_deck(bank, "Guide", None, tmp_path))
    assert len(notes) == 3
    by_id = {fields[4]: (guid, tags.split(), fields) for guid, tags, fields in notes}
    guid, tags, fields = by_id["awkward"]
    assert fields[0] == 'Commas, "quotes" and ünïcode: why?'
    assert fields[1] == "Basics"
    assert "東京" in fields[2] and "<strong>Red flags</strong>" not in fields[2]
    assert "One, two?" in fields[3]
    assert set(tags) == {"basics", "easy", "concept", "commas", "quotes"}
    assert "<msup><mi>x</mi><mn>2</mn></msup>" in by_id["alpha"][2][2]  # MathML, as on the site


def test_anki_guids_come_from_question_ids_and_are_stable(bank, tmp_path):
    first = _notes(anki_deck(bank, "Guide", None, tmp_path))
    second = _notes(anki_deck(bank, "Guide", None, tmp_path))
    assert [n[0] for n in first] == [n[0] for n in second]
    assert {n[0] for n in first} == {genanki.guid_for(i) for i in ("awkward", "alpha", "beta")}


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbfid,")  # a UTF-8 byte-order mark, then the header
    text = data.decode("utf-8-sig")
    assert "\r\n" in text  # RFC 4180 line ends
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _assert_round_trip(bank, rows):
    assert [r["id"] for r in rows] == [q.id for q in bank.all_questions()]
    for q, row in zip(bank.all_questions(), rows, strict=True):
        assert row["question"] == q.question
        assert row["category"] == bank.category_of[q.id]
        assert (row["kind"], row["difficulty"]) == (q.kind, q.difficulty)
        assert row["roles"].split(";") == q.roles
        assert (row["tags"].split(";") if row["tags"] else []) == q.tags
        assert row["covers"].split(";") == q.covers
        assert (row["key_points"].split("\n") if row["key_points"] else []) == (q.key_points or [])
        for field in ("how_to_answer", "sample_answer", "what_to_look_for"):
            assert row[field] == getattr(q, field)
        assert (row["follow_ups"].split("\n") if row["follow_ups"] else []) == q.follow_ups
        assert (row["related"].split(";") if row["related"] else []) == q.related
        assert row["references"] == "\n".join(f"{r.title} <{r.url}>" for r in q.references)
        assert row["solution"] == (q.solution or "")
        assert row["solution_code"] == (bank.solutions[q.id].code if q.id in bank.solutions else "")


def test_csv_round_trips_commas_quotes_newlines_and_unicode(bank):
    rows = _rows(bank_csv(bank))
    _assert_round_trip(bank, rows)
    assert "\n" in rows[0]["sample_answer"] and '"' in rows[0]["question"]


def test_json_matches_its_schema_and_the_bank(bank):
    exported = ExportedBank.model_validate_json(bank_json(bank, "2026-01-01"))
    assert [q.id for q in exported.questions] == [q.id for q in bank.all_questions()]
    assert exported.questions[1].url == "questions/basics/#alpha"
    assert "<msup><mi>x</mi><mn>2</mn></msup>" in exported.questions[1].sample_answer_html
    assert "<code>a&lt;b</code>" in exported.questions[1].sample_answer_html


@pytest.mark.site
def test_the_built_site_carries_the_real_bank_in_every_format(built_site):
    bank = load_bank(ROOT / "data", figures_dir=ROOT / "docs" / "assets" / "figures")
    names = download_names(bank.guide, "unused: the guide names its files")
    _assert_round_trip(bank, _rows((built_site / names.csv).read_bytes()))
    raw = (built_site / "questions.json").read_bytes()
    exported = ExportedBank.model_validate_json(raw)
    assert len(exported.questions) == len(bank.all_questions())
    assert b"guide-root:" not in raw and b"guide-figures:" not in raw  # every placeholder address was filled in
    assert b'src=\\"assets/figures/roc-vs-pr.svg' in raw  # figures resolve from the site root
    assert len(_notes((built_site / names.apkg).read_bytes())) == len(bank.all_questions())


@pytest.mark.site
def test_downloads_page_links_every_file_with_its_size(built_site):
    page = BeautifulSoup((built_site / "downloads" / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = page.select("article a[download]")
    assert len(links) >= 3
    for link in links:
        target = (built_site / "downloads" / link["href"]).resolve()
        assert target.is_file(), link["href"]
        row = link.find_parent("tr").get_text(" ")
        assert any(unit in row for unit in ("kB", "MB", "bytes"))
