"""Shared helpers for the tests of the coding-question solutions.

data/solutions is a folder of standalone modules, not a package, so each test
imports its solution by file name through importlib.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SOLUTIONS_DIR = Path(__file__).resolve().parents[2] / "data" / "solutions"


def load_solution(name: str) -> ModuleType:
    """Import data/solutions/<name>.py and return the module (cached per name)."""
    module_name = f"_solution_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    path = SOLUTIONS_DIR / f"{name}.py"
    if not path.is_file():
        raise FileNotFoundError(f"no solution file {path}")
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # registered first, as dataclasses/typing may look it up
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


@pytest.fixture(scope="session")
def solution():
    """Fixture form of load_solution: `def test_x(solution): mod = solution("knn")`."""
    return load_solution


def run_sql(schema: str, tables: dict[str, list[tuple]], query: str) -> list[tuple]:
    """Run `query` on a fresh in-memory SQLite database made from `schema` and the rows of
    each table, and return its rows."""
    import sqlite3

    con = sqlite3.connect(":memory:")
    try:
        con.executescript(schema)
        for table, rows in tables.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        return con.execute(query).fetchall()
    finally:
        con.close()
