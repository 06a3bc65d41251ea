"""data/solutions/sql_signup_conversion.sql on hand-made rows in an in-memory SQLite."""

import datetime as dt
import random
from collections import defaultdict
from pathlib import Path

import pytest

from tests.solutions.conftest import run_sql

SOLUTIONS = Path(__file__).resolve().parents[2] / "data" / "solutions"
QUERY = (SOLUTIONS / "sql_signup_conversion.sql").read_text(encoding="utf-8")

SCHEMA = """
CREATE TABLE users (user_id INTEGER PRIMARY KEY, signup_date TEXT);
CREATE TABLE events (
    event_id   INTEGER,
    user_id    INTEGER REFERENCES users(user_id),
    event_type TEXT,
    event_date TEXT
);
"""

USERS = [
    (1, "2024-06-01"),  # buys twice on day 2: one purchaser, not two
    (2, "2024-06-01"),  # no events at all: still a signup
    (3, "2024-06-01"),  # only views: not a purchaser
    (4, "2024-06-01"),  # buys on day 6: inside the window
    (5, "2024-06-02"),  # buys on day 7: outside the window
    (6, "2024-06-02"),  # bought before signing up (e.g. as a guest): not counted
    (7, "2024-06-03"),  # buys on signup day, event loaded twice
    (8, None),  # unknown signup date: left out of every cohort
]
EVENTS = [
    (1, 1, "view", "2024-06-01"),
    (2, 1, "purchase", "2024-06-03"),
    (3, 1, "purchase", "2024-06-03"),
    (4, 3, "view", "2024-06-02"),
    (5, 4, "purchase", "2024-06-07"),
    (6, 5, "purchase", "2024-06-09"),
    (7, 6, "purchase", "2024-06-01"),
    (8, 7, "purchase", "2024-06-03"),
    (8, 7, "purchase", "2024-06-03"),
    (9, 8, "purchase", "2024-06-03"),
    (10, None, "purchase", "2024-06-01"),  # an event nobody owns
    (11, 3, "purchase", None),  # a purchase with no date
]


def run(users, events, query=QUERY):
    return run_sql(SCHEMA, {"users": users, "events": events}, query)


def python_reference(users, events):
    cohorts = defaultdict(lambda: [0, 0])
    for user_id, signup in users:
        if signup is None:
            continue
        start = dt.date.fromisoformat(signup)
        bought = any(
            u == user_id
            and kind == "purchase"
            and day is not None
            and 0 <= (dt.date.fromisoformat(day) - start).days <= 6
            for _, u, kind, day in events
        )
        cohorts[signup][0] += 1
        cohorts[signup][1] += bought
    return [(d, n, k, round(k / n, 3)) for d, (n, k) in sorted(cohorts.items())]


def test_hand_worked_funnel():
    assert run(USERS, EVENTS) == [
        ("2024-06-01", 4, 2, 0.5),  # users 1 and 4 of 1, 2, 3, 4
        ("2024-06-02", 2, 0, 0.0),  # a cohort with no buyers still appears, at 0
        ("2024-06-03", 1, 1, 1.0),
    ]


def test_rate_is_not_integer_division():
    users = [(1, "2024-01-01"), (2, "2024-01-01"), (3, "2024-01-01")]
    events = [(1, 1, "purchase", "2024-01-02")]
    assert run(users, events) == [("2024-01-01", 3, 1, pytest.approx(0.333))]


def test_filtering_the_right_table_in_where_is_the_classic_bug():
    # The same query with the event conditions moved from ON to WHERE: the LEFT JOIN
    # becomes an inner join, non-buyers vanish and every rate is inflated.
    buggy = QUERY.replace(
        "WHERE u.signup_date IS NOT NULL",
        "WHERE u.signup_date IS NOT NULL AND e.event_type = 'purchase'",
    )
    assert buggy != QUERY
    rows = run(USERS, EVENTS, buggy)
    assert ("2024-06-02", 2, 0, 0.0) not in rows
    assert rows[0] == ("2024-06-01", 2, 2, 1.0)


def test_count_star_would_fan_out():
    # Counting joined rows instead of distinct users double-counts user 1's two purchases.
    fanned = QUERY.replace("COUNT(DISTINCT e.user_id) AS", "COUNT(e.user_id) AS", 1)
    assert fanned != QUERY
    assert run(USERS, EVENTS, fanned)[0][2] == 3


def test_no_users_gives_no_rows():
    assert run([], EVENTS[:3]) == []


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matches_plain_python_on_random_data(seed):
    rng = random.Random(seed)
    start = dt.date(2024, 2, 20)

    def day(span):
        return (start + dt.timedelta(days=rng.randrange(span))).isoformat()

    users = [(u, day(10)) for u in range(1, 80)]
    events = [
        (e, rng.randrange(1, 90), rng.choice(["view", "cart", "purchase"]), day(25))  # some ids unknown
        for e in range(400)
    ]
    events += rng.sample(events, 40)
    assert run(users, events) == python_reference(users, events)
