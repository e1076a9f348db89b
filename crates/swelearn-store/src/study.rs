//! Study data: the cards the library offers, each card's schedule, and the review log from which
//! every schedule can be rebuilt. An answer is one IMMEDIATE transaction that reads the card's
//! schedule, logs the answer and writes the new schedule (`CardTx`), so two sessions answering
//! the same card never lose an update; when it commits, the review is on disk (WAL with
//! synchronous writes). Sums over the log are taken as REAL and time ranges are bounded, so no
//! stored value can make a statistic fail.

use std::path::Path;

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use swelearn_core::schedule::CardState;

use crate::{Store, StoreError};

/// What a review was, for statistics: a card's first review, one on the same day as the previous
/// (still learning), or a review after at least a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKind {
    New = 0,
    SameDay = 1,
    Review = 2,
}

impl ReviewKind {
    fn from_i64(v: i64) -> ReviewKind {
        match v {
            0 => ReviewKind::New,
            1 => ReviewKind::SameDay,
            _ => ReviewKind::Review,
        }
    }
}

/// One logged answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: String,
    pub card_id: String,
    pub topic_id: String,
    /// Unix seconds.
    pub at: i64,
    /// 1 Again, 2 Hard, 3 Good, 4 Easy.
    pub rating: u8,
    pub elapsed_ms: i64,
    pub kind: ReviewKind,
}

/// A known card and its schedule (none when never reviewed).
#[derive(Debug, Clone, PartialEq)]
pub struct CardRow {
    pub id: String,
    pub topic_id: String,
    pub state: Option<CardState>,
}

fn review_from_row(r: &rusqlite::Row) -> rusqlite::Result<Review> {
    Ok(Review {
        id: r.get(0)?,
        card_id: r.get(1)?,
        topic_id: r.get(2)?,
        at: r.get(3)?,
        rating: r.get(4)?,
        elapsed_ms: r.get(5)?,
        kind: ReviewKind::from_i64(r.get(6)?),
    })
}

const REVIEW_COLUMNS: &str = "id, card_id, topic_id, reviewed_at, rating, elapsed_ms, kind";

impl Store {
    /// Records the cards the library offers now: new ones are added, ones no longer offered are
    /// kept (with their history) but marked inactive. Returns how many were added.
    pub fn sync_cards(
        &mut self,
        cards: &[(String, String)],
        now: i64,
    ) -> Result<usize, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute_batch("CREATE TEMP TABLE IF NOT EXISTS offered (id TEXT PRIMARY KEY, topic_id TEXT); DELETE FROM offered;").map_err(err)?;
        {
            let mut insert = tx
                .prepare("INSERT OR IGNORE INTO offered (id, topic_id) VALUES (?1, ?2)")
                .map_err(err)?;
            for (id, topic) in cards {
                insert.execute(params![id, topic]).map_err(err)?;
            }
        }
        let added = tx
            .execute("INSERT INTO card (id, topic_id, active, first_seen) SELECT id, topic_id, 1, ?1 FROM offered WHERE id NOT IN (SELECT id FROM card)", [now])
            .map_err(err)?;
        tx.execute("UPDATE card SET active = (id IN (SELECT id FROM offered)) WHERE active != (id IN (SELECT id FROM offered))", []).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(added)
    }

    /// Active cards due at `now` (oldest due first), with their topics and schedules.
    pub fn due_cards(&self, now: i64, limit: usize) -> Result<Vec<CardRow>, StoreError> {
        self.due_cards_where(now, limit, |_| true)
    }

    /// Like `due_cards`, keeping only cards whose topic passes `keep`; reads no further than it
    /// needs to.
    pub fn due_cards_where(
        &self,
        now: i64,
        limit: usize,
        keep: impl FnMut(&str) -> bool,
    ) -> Result<Vec<CardRow>, StoreError> {
        self.collect_where(
            "SELECT c.id, c.topic_id, s.stability, s.difficulty, s.due, s.last_review, s.reps, s.lapses
             FROM card_state s JOIN card c ON c.id = s.card_id
             WHERE s.due <= ?1 AND c.active = 1 ORDER BY s.due",
            now,
            limit,
            keep,
        )
    }

    /// Active cards never reviewed, in the order they were first seen, whose topic passes
    /// `keep` (at most `limit`).
    pub fn new_cards_where(
        &self,
        limit: usize,
        keep: impl FnMut(&str) -> bool,
    ) -> Result<Vec<CardRow>, StoreError> {
        self.collect_where(
            "SELECT c.id, c.topic_id, NULL, NULL, NULL, NULL, NULL, NULL FROM card c
             WHERE c.active = 1 AND c.reviewed = 0 AND ?1 = ?1 ORDER BY c.first_seen, c.rowid",
            0,
            limit,
            keep,
        )
    }

    /// Active cards never reviewed (at most `limit`).
    pub fn new_cards(&self, limit: usize) -> Result<Vec<CardRow>, StoreError> {
        self.new_cards_where(limit, |_| true)
    }

    fn collect_where(
        &self,
        sql: &str,
        arg: i64,
        limit: usize,
        mut keep: impl FnMut(&str) -> bool,
    ) -> Result<Vec<CardRow>, StoreError> {
        let mut out = Vec::new();
        if limit == 0 {
            return Ok(out);
        }
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query([arg]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let topic: String = row.get(1).map_err(|e| self.err(e))?;
            if keep(&topic) {
                out.push(card_row(row).map_err(|e| self.err(e))?);
                if out.len() >= limit {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// Every known card with its schedule (for statistics).
    pub fn all_cards(&self) -> Result<Vec<CardRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT c.id, c.topic_id, s.stability, s.difficulty, s.due, s.last_review, s.reps, s.lapses
                 FROM card c LEFT JOIN card_state s ON s.card_id = c.id WHERE c.active = 1",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], card_row).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// One card's schedule.
    pub fn card_state(&self, card_id: &str) -> Result<Option<CardState>, StoreError> {
        self.conn
            .query_row(
                "SELECT stability, difficulty, due, last_review, reps, lapses FROM card_state WHERE card_id = ?1",
                [card_id],
                |r| state_at(r, 0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Starts an IMMEDIATE transaction over one card: what it reads (the card's schedule and
    /// log) cannot change under it until it commits or is dropped (which rolls back).
    pub fn card_tx(&mut self, card_id: &str) -> Result<CardTx<'_>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(&self.path, e))?;
        Ok(CardTx {
            tx,
            path: &self.path,
            card_id: card_id.to_owned(),
        })
    }

    /// Logs an answer and stores the card's new schedule, in one durable transaction (the
    /// schedule computed beforehand; `card_tx` computes it from what is stored).
    pub fn record_review(&mut self, review: &Review, state: &CardState) -> Result<(), StoreError> {
        let tx = self.card_tx(&review.card_id)?;
        tx.log(review)?;
        tx.set_state(Some(state))?;
        tx.commit()
    }

    /// A card's reviews, oldest first.
    pub fn reviews_of(&self, card_id: &str) -> Result<Vec<Review>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {REVIEW_COLUMNS} FROM review_log WHERE card_id = ?1 ORDER BY reviewed_at, rowid"))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([card_id], review_from_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Calls `f` with every review, grouped by card and oldest first within a card.
    pub fn for_each_review(&self, mut f: impl FnMut(Review)) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {REVIEW_COLUMNS} FROM review_log ORDER BY card_id, reviewed_at, rowid"
            ))
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            f(review_from_row(row).map_err(|e| self.err(e))?);
        }
        Ok(())
    }

    /// Adds reviews that are not in the log yet (matched by id); returns the ids of the cards
    /// that gained reviews.
    pub fn import_reviews(&mut self, reviews: &[Review]) -> Result<Vec<String>, StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut touched = Vec::new();
        {
            let mut insert = tx.prepare(&format!("INSERT OR IGNORE INTO review_log ({REVIEW_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")).map_err(err)?;
            let mut card = tx.prepare("INSERT OR IGNORE INTO card (id, topic_id, active, first_seen) VALUES (?1, ?2, 0, ?3)").map_err(err)?;
            for r in reviews {
                if insert
                    .execute(params![
                        r.id,
                        r.card_id,
                        r.topic_id,
                        r.at,
                        r.rating,
                        r.elapsed_ms,
                        r.kind as i64
                    ])
                    .map_err(err)?
                    == 1
                {
                    card.execute(params![r.card_id, r.topic_id, r.at])
                        .map_err(err)?;
                    touched.push(r.card_id.clone());
                }
            }
        }
        tx.commit().map_err(err)?;
        touched.sort();
        touched.dedup();
        Ok(touched)
    }

    /// Sets many cards' schedules in one transaction (after an import or a rebuild).
    pub fn set_states(&mut self, states: &[(String, Option<CardState>)]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |e| StoreError::from_sqlite(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        for (card, state) in states {
            write_state(&tx, card, state.as_ref()).map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    /// Numbers of first reviews (new cards) and of other reviews since `since`.
    pub fn counts_since(&self, since: i64) -> Result<(usize, usize), StoreError> {
        self.conn
            .query_row(
                "SELECT COALESCE(SUM(kind = 0), 0), COALESCE(SUM(kind != 0), 0) FROM review_log WHERE reviewed_at >= ?1",
                [since],
                |r| Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize)),
            )
            .map_err(|e| self.err(e))
    }

    /// Reviews per day from `since` until before `until` (day index = floor((at + shift) /
    /// 86400), where `shift` moves the day boundary to the user's), with the number answered
    /// right (rating > 1) and the time spent in milliseconds.
    pub fn daily_reviews(
        &self,
        since: i64,
        until: i64,
        shift: i64,
    ) -> Result<Vec<(i64, u32, u32, f64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT (reviewed_at + ?3) / 86400 AS day, count(*), SUM(rating > 1), TOTAL(max(elapsed_ms, 0))
                 FROM review_log WHERE reviewed_at >= ?1 AND reviewed_at < ?2 GROUP BY day ORDER BY day",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![since, until, shift], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// (reviews of kind Review, those answered right) since `since`: true retention.
    pub fn retention_since(&self, since: i64) -> Result<(u32, u32), StoreError> {
        self.conn
            .query_row(
                "SELECT count(*), COALESCE(SUM(rating > 1), 0) FROM review_log WHERE kind = 2 AND reviewed_at >= ?1",
                [since],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))
    }

    /// Reviews in the log (counted from its narrowest index).
    pub fn review_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM review_log INDEXED BY review_log_time",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// Total review count and time spent in milliseconds, over all time (summed as REAL: a
    /// huge stored duration cannot overflow it).
    pub fn totals(&self) -> Result<(u64, f64), StoreError> {
        self.conn
            .query_row(
                "SELECT count(*), TOTAL(max(elapsed_ms, 0)) FROM review_log",
                [],
                |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)),
            )
            .map_err(|e| self.err(e))
    }

    /// Makes every scheduled card of a topic due at `now` at the latest (after a wrong quiz
    /// answer); returns how many moved.
    pub fn bring_forward(&self, topic_id: &str, now: i64) -> Result<usize, StoreError> {
        self.conn
            .execute(
                "UPDATE card_state SET due = ?2 WHERE due > ?2 AND card_id IN (SELECT id FROM card WHERE topic_id = ?1)",
                params![topic_id, now],
            )
            .map_err(|e| self.err(e))
    }

    /// Logs a quiz answer.
    pub fn record_quiz(
        &self,
        id: &str,
        topic_id: &str,
        question: &str,
        correct: bool,
        at: i64,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR IGNORE INTO quiz_log (id, topic_id, question, correct, answered_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, topic_id, question, i64::from(correct), at],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// A setting's value.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Sets (or with `None`, removes) a setting.
    pub fn set_setting(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
                params![key, v],
            ),
            None => self.conn.execute("DELETE FROM setting WHERE key = ?1", [key]),
        }
        .map(|_| ())
        .map_err(|e| self.err(e))
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }
}

fn state_at(r: &rusqlite::Row, at: usize) -> rusqlite::Result<CardState> {
    Ok(CardState {
        stability: r.get::<_, f64>(at)? as f32,
        difficulty: r.get::<_, f64>(at + 1)? as f32,
        due: r.get(at + 2)?,
        last_review: r.get(at + 3)?,
        reps: r.get(at + 4)?,
        lapses: r.get(at + 5)?,
    })
}

fn card_row(r: &rusqlite::Row) -> rusqlite::Result<CardRow> {
    let has_state: Option<f64> = r.get(2)?;
    Ok(CardRow {
        id: r.get(0)?,
        topic_id: r.get(1)?,
        state: if has_state.is_some() {
            Some(state_at(r, 2)?)
        } else {
            None
        },
    })
}

fn write_state(tx: &Transaction, card_id: &str, state: Option<&CardState>) -> rusqlite::Result<()> {
    match state {
        Some(s) => tx.execute(
            "INSERT INTO card_state (card_id, stability, difficulty, due, last_review, reps, lapses) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(card_id) DO UPDATE SET stability = ?2, difficulty = ?3, due = ?4, last_review = ?5, reps = ?6, lapses = ?7",
            params![card_id, f64::from(s.stability), f64::from(s.difficulty), s.due, s.last_review, s.reps, s.lapses],
        ),
        None => tx.execute("DELETE FROM card_state WHERE card_id = ?1", [card_id]),
    }
    .map(|_| ())
}

impl Store {
    /// Calls `f` with every review since `since`, oldest first.
    pub fn for_each_review_since(
        &self,
        since: i64,
        mut f: impl FnMut(Review),
    ) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {REVIEW_COLUMNS} FROM review_log WHERE reviewed_at >= ?1 ORDER BY reviewed_at, rowid"))
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([since]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            f(review_from_row(row).map_err(|e| self.err(e))?);
        }
        Ok(())
    }
}

/// One card's schedule and log inside an IMMEDIATE transaction (see `Store::card_tx`). Dropping
/// it without `commit` rolls everything back.
pub struct CardTx<'a> {
    tx: Transaction<'a>,
    path: &'a Path,
    card_id: String,
}

impl CardTx<'_> {
    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(self.path, e)
    }

    /// The card's stored schedule (none while it is new).
    pub fn state(&self) -> Result<Option<CardState>, StoreError> {
        self.tx
            .query_row(
                "SELECT stability, difficulty, due, last_review, reps, lapses FROM card_state WHERE card_id = ?1",
                [&self.card_id],
                |r| state_at(r, 0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The card's reviews, oldest first.
    pub fn reviews(&self) -> Result<Vec<Review>, StoreError> {
        let mut stmt = self
            .tx
            .prepare(&format!("SELECT {REVIEW_COLUMNS} FROM review_log WHERE card_id = ?1 ORDER BY reviewed_at, rowid"))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([&self.card_id], review_from_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Adds an answer to this card's log.
    pub fn log(&self, review: &Review) -> Result<(), StoreError> {
        self.tx
            .execute(
                &format!(
                    "INSERT INTO review_log ({REVIEW_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                ),
                params![
                    review.id,
                    self.card_id,
                    review.topic_id,
                    review.at,
                    review.rating,
                    review.elapsed_ms,
                    review.kind as i64
                ],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Removes an answer of this card from the log; whether it was there.
    pub fn remove(&self, review_id: &str) -> Result<bool, StoreError> {
        self.tx
            .execute(
                "DELETE FROM review_log WHERE id = ?1 AND card_id = ?2",
                [review_id, &self.card_id],
            )
            .map(|n| n == 1)
            .map_err(|e| self.err(e))
    }

    /// Sets the card's schedule (`None` makes it new again).
    pub fn set_state(&self, state: Option<&CardState>) -> Result<(), StoreError> {
        write_state(&self.tx, &self.card_id, state).map_err(|e| self.err(e))
    }

    /// Makes the changes durable.
    pub fn commit(self) -> Result<(), StoreError> {
        let path = self.path;
        self.tx
            .commit()
            .map_err(|e| StoreError::from_sqlite(path, e))
    }
}
