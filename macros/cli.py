"""`python -m macros check | new <category> | schema | init DIR | lexicon`: the authors' command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from macros.errors import BankError
from macros.init import InitError, create_guide
from macros.loader import load_bank, load_guide
from macros.schema import write_schemas
from macros.search import lexicon
from macros.skeleton import append_question

ROOT = Path.cwd()


def _check(args: argparse.Namespace) -> int:
    try:
        bank = load_bank(args.root / "data", figures_dir=args.root / "docs" / "assets" / "figures")
    except BankError as error:
        print(error.report(), file=sys.stderr)
        return 1
    count = len(bank.all_questions())
    print(f"ok: {count} questions in {len(bank.categories)} categories")
    return 0


def _new(args: argparse.Namespace) -> int:
    path = args.root / "data" / "questions" / f"{args.category}.yml"
    if not path.is_file():
        print(f"no file {path.relative_to(args.root)}: is '{args.category}' a category id?", file=sys.stderr)
        return 1
    try:
        guide = load_guide(args.root / "data")
    except BankError as error:
        print(error.report(), file=sys.stderr)
        return 1
    existing = path.read_text(encoding="utf-8")
    number = 1
    while f"id: {args.category}-new-{number}\n" in existing:
        number += 1
    question_id = args.id or f"{args.category}-new-{number}"
    append_question(path, question_id, guide)
    print(f"appended question '{question_id}' to {path.relative_to(args.root)}: fill it in, then run check")
    return 0


def _schema(args: argparse.Namespace) -> int:
    for path in write_schemas(args.root / "schema"):
        print(f"wrote {path.relative_to(args.root)}")
    return 0


def _init(args: argparse.Namespace) -> int:
    try:
        files = create_guide(args.directory.resolve(), args.title, args.data)
    except InitError as error:
        print(f"init: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(files)} files to {args.directory}: next, `cd {args.directory}` and `make serve`")
    return 0


def _lexicon(args: argparse.Namespace) -> int:
    try:
        bank = load_bank(args.root / "data", figures_dir=args.root / "docs" / "assets" / "figures")
    except BankError as error:
        print(error.report(), file=sys.stderr)
        return 1
    print(json.dumps(lexicon(bank), ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="project folder (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate data/ and report every problem").set_defaults(run=_check)
    new = commands.add_parser("new", help="append a question skeleton to a category file")
    new.add_argument("category")
    new.add_argument("--id", help="the new question's id (default: <category>-new-N)")
    new.set_defaults(run=_new)
    commands.add_parser("schema", help="regenerate schema/*.json from the models").set_defaults(run=_schema)
    init = commands.add_parser("init", help="write a new, working guide into an empty folder")
    init.add_argument("directory", type=Path)
    init.add_argument("--title", required=True, help='the guide\'s name, e.g. "Kubernetes Interview Guide"')
    init.add_argument("--data", type=Path, help="start from this data/ folder instead of two example questions")
    init.set_defaults(run=_init)
    commands.add_parser("lexicon", help="print the search lexicon as JSON (what query.js reads)").set_defaults(run=_lexicon)
    args = parser.parse_args(argv)
    return args.run(args)
