-- Purchase conversion within 7 days of signup, per signup day (a two-step funnel).
-- Assumes: users(user_id INTEGER PRIMARY KEY, signup_date TEXT 'YYYY-MM-DD'),
--          events(event_id INTEGER, user_id INTEGER REFERENCES users(user_id),
--                 event_type TEXT, event_date TEXT 'YYYY-MM-DD').
-- Returns: signup_date, signups, purchasers_7d, conversion_rate, where a purchaser made
--          at least one purchase from the signup day to 6 days after it.
-- date(d, '+7 days') is SQLite; in PostgreSQL write u.signup_date + INTERVAL '7 days'.
SELECT
    u.signup_date,
    COUNT(DISTINCT u.user_id) AS signups,
    COUNT(DISTINCT e.user_id) AS purchasers_7d,
    ROUND(1.0 * COUNT(DISTINCT e.user_id) / COUNT(DISTINCT u.user_id), 3) AS conversion_rate
FROM users AS u
LEFT JOIN events AS e
    -- Conditions on the right table go in ON: in WHERE they would drop non-buyers.
    ON  e.user_id = u.user_id
    AND e.event_type = 'purchase'
    AND e.event_date >= u.signup_date
    AND e.event_date < date(u.signup_date, '+7 days')
WHERE u.signup_date IS NOT NULL
GROUP BY u.signup_date
ORDER BY u.signup_date;
