-- Version 3: mock interviews and the story bank.
CREATE TABLE mock_session (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,            -- system-design, behavioral, coding
    problem     TEXT NOT NULL,            -- topic id (or the questions, for behavioral)
    started_at  INTEGER NOT NULL,
    minutes     INTEGER NOT NULL,         -- planned length
    ended_at    INTEGER,                  -- NULL while in progress (or after a crash)
    timings     TEXT NOT NULL DEFAULT '', -- "phase=seconds" lines
    notes       TEXT NOT NULL DEFAULT '', -- the scratchpad at the end
    score       INTEGER                   -- 0-100 from the rubric
) STRICT;

CREATE TABLE story (
    id         TEXT PRIMARY KEY NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,            -- STAR(R) text
    signals    TEXT NOT NULL,            -- comma-separated signal areas
    created_at INTEGER NOT NULL
) STRICT;
