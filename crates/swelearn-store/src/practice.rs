//! Mock interview sessions and the story bank.

use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

/// A mock interview, finished or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockSession {
    pub id: String,
    pub kind: String,
    pub problem: String,
    pub started_at: i64,
    pub minutes: i64,
    pub ended_at: Option<i64>,
    pub timings: String,
    pub notes: String,
    pub score: Option<i64>,
    /// Ended before its assessment on purpose: kept with its notes and time, never scored.
    pub abandoned: bool,
}

/// A STAR story tagged with the signals it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub body: String,
    pub signals: Vec<String>,
    pub created_at: i64,
}

fn session(r: &rusqlite::Row) -> rusqlite::Result<MockSession> {
    Ok(MockSession {
        id: r.get(0)?,
        kind: r.get(1)?,
        problem: r.get(2)?,
        started_at: r.get(3)?,
        minutes: r.get(4)?,
        ended_at: r.get(5)?,
        timings: r.get(6)?,
        notes: r.get(7)?,
        score: r.get(8)?,
        abandoned: r.get(9)?,
    })
}

const COLUMNS: &str =
    "id, kind, problem, started_at, minutes, ended_at, timings, notes, score, abandoned";

impl Store {
    /// Starts (or replaces) a session.
    pub fn save_mock(&self, s: &MockSession) -> Result<(), StoreError> {
        self.conn
            .execute(
                &format!("INSERT OR REPLACE INTO mock_session ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
                params![s.id, s.kind, s.problem, s.started_at, s.minutes, s.ended_at, s.timings, s.notes, s.score, s.abandoned],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Every session, oldest first.
    pub fn mocks(&self) -> Result<Vec<MockSession>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM mock_session ORDER BY started_at, id"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], session).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// The latest session that never ended (a crash or a closed terminal), if any.
    pub fn unfinished_mock(&self) -> Result<Option<MockSession>, StoreError> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM mock_session WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1"), [], session)
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn add_story(&self, s: &Story) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO story (id, title, body, signals, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![s.id, s.title, s.body, s.signals.join(","), s.created_at],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    pub fn stories(&self) -> Result<Vec<Story>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, title, body, signals, created_at FROM story ORDER BY created_at, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                let signals: String = r.get(3)?;
                Ok(Story {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    body: r.get(2)?,
                    signals: signals
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    created_at: r.get(4)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Quiz answers per topic: (topic, answered, right).
    pub fn quiz_accuracy(&self) -> Result<Vec<(String, u32, u32)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT topic_id, count(*), SUM(correct) FROM quiz_log GROUP BY topic_id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }
}
