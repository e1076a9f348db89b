-- Version 2: flashcards, their schedule, and the log of every review.
CREATE TABLE card (
    id         TEXT PRIMARY KEY NOT NULL,   -- content hash (see swelearn-core cards)
    topic_id   TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,  -- 0 when its text left the library: kept, not scheduled
    first_seen INTEGER NOT NULL
) STRICT;
CREATE INDEX card_topic ON card (topic_id);

-- Derived from review_log (replaying it rebuilds this table); kept for fast scheduling.
CREATE TABLE card_state (
    card_id     TEXT PRIMARY KEY NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         INTEGER NOT NULL,            -- Unix seconds
    last_review INTEGER NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL
) STRICT;
CREATE INDEX card_state_due ON card_state (due);

CREATE TABLE review_log (
    id          TEXT PRIMARY KEY NOT NULL,   -- unique per review, so imports merge by id
    card_id     TEXT NOT NULL,
    topic_id    TEXT NOT NULL,
    reviewed_at INTEGER NOT NULL,            -- Unix seconds
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    elapsed_ms  INTEGER NOT NULL,            -- time spent answering
    kind        INTEGER NOT NULL             -- 0 new, 1 same-day (learning), 2 review
) STRICT;
CREATE INDEX review_log_card ON review_log (card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log (reviewed_at);

CREATE TABLE quiz_log (
    id          TEXT PRIMARY KEY NOT NULL,
    topic_id    TEXT NOT NULL,
    question    TEXT NOT NULL,
    correct     INTEGER NOT NULL,
    answered_at INTEGER NOT NULL
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
