-- Version 1: what the user did with each topic.
CREATE TABLE topic_state (
    topic_id   TEXT PRIMARY KEY NOT NULL,
    read_at    INTEGER,            -- Unix seconds when marked read; NULL when unread
    bookmarked INTEGER NOT NULL DEFAULT 0,
    scroll     INTEGER NOT NULL DEFAULT 0,  -- first visible line in the reader
    note       TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT 0
) STRICT;
