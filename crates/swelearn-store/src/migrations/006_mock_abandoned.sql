-- Version 5: a mock interview ended on purpose before its assessment is abandoned: it keeps its
-- notes and the time actually spent (`ended_at`), and no score, so it never counts in scores or
-- trends. Sessions before this version were never abandoned (an interrupted one is unscored).
ALTER TABLE mock_session ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0 CHECK (abandoned IN (0, 1));
