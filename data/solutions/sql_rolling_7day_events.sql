-- Each user's rolling 7-day event count, on every day the user was active.
-- Assumes: events(event_id INTEGER, user_id INTEGER, event_date TEXT 'YYYY-MM-DD'),
--          one row per event; a re-delivered event repeats its event_id.
-- Returns: user_id, event_date, events_that_day, events_7d, where events_7d counts the
--          user's events on event_date and the 6 calendar days before it.
-- julianday() turns the date into a day number so the frame can be RANGE, not ROWS;
-- in PostgreSQL write ORDER BY event_date RANGE BETWEEN INTERVAL '6 days' PRECEDING ...
WITH daily AS (
    SELECT
        user_id,
        event_date,
        COUNT(DISTINCT event_id) AS events_that_day
    FROM events
    WHERE user_id IS NOT NULL
      AND event_date IS NOT NULL
    GROUP BY user_id, event_date
)
SELECT
    user_id,
    event_date,
    events_that_day,
    SUM(events_that_day) OVER (
        PARTITION BY user_id
        ORDER BY julianday(event_date)
        RANGE BETWEEN 6 PRECEDING AND CURRENT ROW
    ) AS events_7d
FROM daily
ORDER BY user_id, event_date;
