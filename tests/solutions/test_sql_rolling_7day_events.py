"""data/solutions/sql_rolling_7day_events.sql on hand-made rows in an in-memory SQLite."""

import datetime as dt
import random
from collections import defaultdict
from pathlib import Path

import pytest

from tests.solutions.conftest import run_sql

SOLUTIONS = Path(__file__).resolve().parents[2] / "data" / "solutions"
QUERY = (SOLUTIONS / "sql_rolling_7day_events.sql").read_text(encoding="utf-8")


def run(rows):
    """Load `rows` of (event_id, user_id, event_date) and return the query's rows."""
    schema = "CREATE TABLE events (event_id INTEGER, user_id INTEGER, event_date TEXT);"
    return run_sql(schema, {"events": rows}, QUERY)


def python_reference(rows):
    """The same result in plain Python: distinct events per user and day, summed over 7 days."""
    ids = defaultdict(set)
    for event_id, user, day in rows:
        if user is not None and day is not None:
            ids[(user, day)].add(event_id)
    out = []
    for user, day in sorted(ids):
        end = dt.date.fromisoformat(day)
        total = sum(len(ids.get((user, (end - dt.timedelta(days=k)).isoformat()), ())) for k in range(7))
        out.append((user, day, len(ids[(user, day)]), total))
    return out


def test_hand_worked_example():
    rows = [
        # user 1: two events on the 1st, then a gap, then a window edge
        (1, 1, "2024-03-01"),
        (2, 1, "2024-03-01"),
        (3, 1, "2024-03-04"),
        (4, 1, "2024-03-07"),  # 6 days after the 1st: the 1st is still inside the window
        (5, 1, "2024-03-08"),  # 7 days after the 1st: the 1st has dropped out
        (5, 1, "2024-03-08"),  # the same event delivered twice counts once
        # user 2: one lone event
        (6, 2, "2024-03-05"),
    ]
    assert run(rows) == [
        (1, "2024-03-01", 2, 2),
        (1, "2024-03-04", 1, 3),
        (1, "2024-03-07", 1, 4),  # 2 + 1 + 1
        (1, "2024-03-08", 1, 3),  # 03-02..03-08: 1 + 1 + 1
        (2, "2024-03-05", 1, 1),
    ]


def test_window_is_calendar_days_not_rows():
    # Active on three days far apart: a ROWS frame of 6 PRECEDING would add them all up.
    rows = [(1, 7, "2024-01-01"), (2, 7, "2024-01-20"), (3, 7, "2024-02-15")]
    assert [r[3] for r in run(rows)] == [1, 1, 1]


def test_crosses_month_end_in_a_leap_year():
    rows = [(1, 1, "2024-02-24"), (2, 1, "2024-02-29"), (3, 1, "2024-03-01"), (4, 1, "2024-03-02")]
    # 03-01's window is 02-24..03-01 (02-29 exists in 2024); 03-02's starts on 02-25.
    assert run(rows) == [
        (1, "2024-02-24", 1, 1),
        (1, "2024-02-29", 1, 2),
        (1, "2024-03-01", 1, 3),
        (1, "2024-03-02", 1, 3),
    ]


def test_rows_with_nulls_are_ignored_and_users_do_not_mix():
    rows = [
        (1, 1, "2024-05-01"),
        (2, None, "2024-05-01"),  # no user: cannot be attributed
        (3, 1, None),  # no date: cannot be placed in a window
        (4, 2, "2024-05-01"),
        (5, 2, "2024-05-02"),
    ]
    assert run(rows) == [
        (1, "2024-05-01", 1, 1),
        (2, "2024-05-01", 1, 1),
        (2, "2024-05-02", 1, 2),
    ]


def test_empty_table_gives_no_rows():
    assert run([]) == []


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matches_plain_python_on_random_logs(seed):
    rng = random.Random(seed)
    start = dt.date(2023, 12, 20)
    rows = []
    for event_id in range(300):
        day = (start + dt.timedelta(days=rng.randrange(40))).isoformat()
        rows.append((event_id, rng.randrange(1, 6), day))
    rows += rng.sample(rows, 30)  # re-delivered duplicates
    assert run(rows) == python_reference(rows)
