"""data/solutions/sql_second_highest_salary.sql on hand-made rows in an in-memory SQLite."""

import random
from pathlib import Path

import pytest

from tests.solutions.conftest import run_sql

SOLUTIONS = Path(__file__).resolve().parents[2] / "data" / "solutions"
QUERY = (SOLUTIONS / "sql_second_highest_salary.sql").read_text(encoding="utf-8")

DEPARTMENTS = [
    (1, "Data"),  # a tie at the top: 100, 100, 90 -> 90
    (2, "Sales"),  # a tie at second place: 120, 80, 80, 50 -> 80
    (3, "Legal"),  # one employee -> NULL
    (4, "Design"),  # no employees at all -> NULL
    (5, "Support"),  # everyone paid the same -> NULL
    (6, "Ops"),  # a NULL salary is not a salary: 70, NULL, 60 -> 60
]
EMPLOYEES = [
    (1, "Ana", 1, 100),
    (2, "Ben", 1, 100),
    (3, "Cy", 1, 90),
    (4, "Di", 2, 120),
    (5, "Ed", 2, 80),
    (6, "Flo", 2, 80),
    (7, "Gus", 2, 50),
    (8, "Hal", 3, 75),
    (9, "Ivy", 5, 40),
    (10, "Jo", 5, 40),
    (11, "Kai", 6, 70),
    (12, "Lu", 6, None),
    (13, "Max", 6, 60),
]


SCHEMA = """
CREATE TABLE departments (dept_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE employees (
    emp_id  INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    dept_id INTEGER REFERENCES departments(dept_id),
    salary  INTEGER
);
"""


def run(departments, employees):
    return run_sql(SCHEMA, {"departments": departments, "employees": employees}, QUERY)


def python_reference(departments, employees):
    out = []
    for dept_id, name in sorted(departments):
        distinct = sorted({s for _, _, d, s in employees if d == dept_id and s is not None}, reverse=True)
        out.append((dept_id, name, distinct[1] if len(distinct) > 1 else None))
    return out


def test_hand_worked_edge_cases():
    assert run(DEPARTMENTS, EMPLOYEES) == [
        (1, "Data", 90),
        (2, "Sales", 80),
        (3, "Legal", None),
        (4, "Design", None),
        (5, "Support", None),
        (6, "Ops", 60),
    ]


def test_one_row_per_department_even_with_ties():
    rows = run(DEPARTMENTS, EMPLOYEES)
    assert len(rows) == len({r[0] for r in rows}) == len(DEPARTMENTS)


def test_employee_without_a_department_is_ignored():
    rows = run(DEPARTMENTS, [*EMPLOYEES, (14, "Nia", None, 500)])
    assert rows == run(DEPARTMENTS, EMPLOYEES)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_matches_plain_python_on_random_payrolls(seed):
    rng = random.Random(seed)
    departments = [(d, f"dept{d}") for d in range(1, 9)]
    employees = [
        (e, f"emp{e}", rng.randrange(1, 10), rng.choice([None, *range(30, 45)]))  # dept 9 has no row
        for e in range(1, 60)
    ]
    assert run(departments, employees) == python_reference(departments, employees)
