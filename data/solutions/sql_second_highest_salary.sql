-- The second-highest distinct salary in every department (NULL when there is none).
-- Assumes: departments(dept_id INTEGER PRIMARY KEY, name TEXT),
--          employees(emp_id INTEGER PRIMARY KEY, name TEXT,
--                    dept_id INTEGER REFERENCES departments(dept_id), salary INTEGER).
-- Returns: dept_id, department, second_highest_salary; one row per department.
WITH ranked AS (
    SELECT
        dept_id,
        salary,
        DENSE_RANK() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS salary_rank
    FROM employees
    WHERE salary IS NOT NULL  -- NULLs sort last here but first in PostgreSQL's DESC
)
SELECT
    d.dept_id,
    d.name AS department,
    MAX(r.salary) AS second_highest_salary  -- ties at rank 2 collapse to one value
FROM departments AS d
LEFT JOIN ranked AS r
    ON r.dept_id = d.dept_id
   AND r.salary_rank = 2  -- in ON, not WHERE, so departments without one are kept
GROUP BY d.dept_id, d.name
ORDER BY d.dept_id;
