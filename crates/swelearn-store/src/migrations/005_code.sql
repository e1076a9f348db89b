-- Version 5: coding practice. Every submission (and every reveal of a reference solution) is an
-- attempt with the rating it gave the problem's schedule; the schedule is derived from the
-- attempts (replaying them rebuilds it) and kept for fast scheduling, as for cards. `code_work`
-- is the round of work in progress on a problem: when it began (so the time to solve is known),
-- how many hints were revealed, whether the solution was seen; an accepted submission ends it.
CREATE TABLE code_attempt (
    id            TEXT PRIMARY KEY NOT NULL,   -- unique per attempt, so imports merge by id
    problem_id    TEXT NOT NULL,
    lang          TEXT NOT NULL,               -- python, rust, cpp, java, javascript, go
    verdict       TEXT,                        -- snake_case (accepted, wrong_answer, ...); NULL: the solution was revealed
    passed        INTEGER NOT NULL,            -- tests passed
    total         INTEGER NOT NULL,            -- tests judged
    started_at    INTEGER NOT NULL,            -- Unix seconds: when the round of work began
    finished_at   INTEGER NOT NULL,            -- Unix seconds: when it was judged
    hints_used    INTEGER NOT NULL,
    solution_seen INTEGER NOT NULL,            -- 0 or 1
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4)
) STRICT;
CREATE INDEX code_attempt_problem ON code_attempt (problem_id, finished_at);
CREATE INDEX code_attempt_time ON code_attempt (finished_at);

CREATE TABLE code_state (
    problem_id  TEXT PRIMARY KEY NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         INTEGER NOT NULL,              -- Unix seconds
    last_review INTEGER NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL
) STRICT;
CREATE INDEX code_state_due ON code_state (due);

CREATE TABLE code_work (
    problem_id    TEXT PRIMARY KEY NOT NULL,
    lang          TEXT NOT NULL,
    started_at    INTEGER NOT NULL,
    hints         INTEGER NOT NULL DEFAULT 0,  -- hints revealed so far
    solution_seen INTEGER NOT NULL DEFAULT 0
) STRICT;
