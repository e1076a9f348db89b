//! Coding practice: every attempt at a problem (a submission, or a reveal of the reference
//! solution) with the rating it gave, each problem's FSRS schedule derived from them, and the
//! round of work in progress on a problem (when it began, hints revealed, solution seen). An
//! attempt is one IMMEDIATE transaction that reads the problem's schedule and work, logs the
//! attempt and writes the new schedule (`CodeTx`), as for cards, so two processes judging the same
//! problem never lose an update.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use swelearn_core::schedule::CardState;

use crate::{Store, StoreError};

/// One attempt at a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub id: String,
    pub problem_id: String,
    /// The language's name (`python`, `rust`, ...).
    pub lang: String,
    /// The submission's verdict in `snake_case`; `None` for a reveal of the solution.
    pub verdict: Option<String>,
    pub passed: u32,
    pub total: u32,
    /// When the round of work began (Unix seconds).
    pub started_at: i64,
    /// When it was judged (Unix seconds).
    pub finished_at: i64,
    pub hints_used: u32,
    pub solution_seen: bool,
    /// 1 Again, 2 Hard, 3 Good, 4 Easy.
    pub rating: u8,
}

impl Attempt {
    /// Whether the submission was accepted.
    pub fn accepted(&self) -> bool {
        self.verdict.as_deref() == Some("accepted")
    }
}

/// The round of work in progress on a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Work {
    pub problem_id: String,
    pub lang: String,
    pub started_at: i64,
    /// Hints revealed so far.
    pub hints: u32,
    pub solution_seen: bool,
}

/// What the store knows of one problem, for its status.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProblemRecord {
    pub attempts: u32,
    /// Accepted at least once.
    pub solved: bool,
    /// When it was last attempted.
    pub last_attempt: Option<i64>,
    /// Work in progress.
    pub work: Option<Work>,
    pub state: Option<CardState>,
}

const ATTEMPT_COLUMNS: &str = "id, problem_id, lang, verdict, passed, total, started_at, finished_at, hints_used, solution_seen, rating";
const STATE_COLUMNS: &str = "stability, difficulty, due, last_review, reps, lapses";
const WORK_COLUMNS: &str = "problem_id, lang, started_at, hints, solution_seen";

fn attempt_from_row(r: &rusqlite::Row) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: r.get(0)?,
        problem_id: r.get(1)?,
        lang: r.get(2)?,
        verdict: r.get(3)?,
        passed: r.get(4)?,
        total: r.get(5)?,
        started_at: r.get(6)?,
        finished_at: r.get(7)?,
        hints_used: r.get(8)?,
        solution_seen: r.get::<_, i64>(9)? != 0,
        rating: r.get(10)?,
    })
}

fn work_from_row(r: &rusqlite::Row) -> rusqlite::Result<Work> {
    Ok(Work {
        problem_id: r.get(0)?,
        lang: r.get(1)?,
        started_at: r.get(2)?,
        hints: r.get(3)?,
        solution_seen: r.get::<_, i64>(4)? != 0,
    })
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

impl Store {
    /// Begins a round of work on a problem at `now`, unless one is in progress; returns the
    /// round in progress either way.
    pub fn begin_work(
        &mut self,
        problem_id: &str,
        lang: &str,
        now: i64,
    ) -> Result<Work, StoreError> {
        let tx = self.code_tx(problem_id)?;
        let work = tx.begin_work(lang, now)?;
        tx.commit()?;
        Ok(work)
    }

    /// The round of work in progress on a problem, if any.
    pub fn work(&self, problem_id: &str) -> Result<Option<Work>, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {WORK_COLUMNS} FROM code_work WHERE problem_id = ?1"),
                [problem_id],
                work_from_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Starts an IMMEDIATE transaction over one problem's schedule, work and attempts.
    pub fn code_tx(&mut self, problem_id: &str) -> Result<CodeTx<'_>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(&self.path, e))?;
        Ok(CodeTx {
            tx,
            path: &self.path,
            problem_id: problem_id.to_owned(),
        })
    }

    /// Every attempt, oldest first.
    pub fn attempts(&self) -> Result<Vec<Attempt>, StoreError> {
        self.attempts_where("1 = 1", [])
    }

    /// A problem's attempts, oldest first.
    pub fn attempts_of(&self, problem_id: &str) -> Result<Vec<Attempt>, StoreError> {
        self.attempts_where("problem_id = ?1", [problem_id])
    }

    fn attempts_where<P: rusqlite::Params>(
        &self,
        filter: &str,
        args: P,
    ) -> Result<Vec<Attempt>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {ATTEMPT_COLUMNS} FROM code_attempt WHERE {filter} ORDER BY finished_at, rowid"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(args, attempt_from_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Problems whose schedule is due at `now`, oldest due first.
    pub fn due_problems(&self, now: i64) -> Result<Vec<(String, CardState)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT problem_id, {STATE_COLUMNS} FROM code_state WHERE due <= ?1 ORDER BY due, problem_id"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([now], |r| Ok((r.get(0)?, state_at(r, 1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// What the store knows of every problem it has heard of, by id.
    pub fn problem_records(&self) -> Result<HashMap<String, ProblemRecord>, StoreError> {
        let mut out: HashMap<String, ProblemRecord> = HashMap::new();
        let err = |e| self.err(e);
        {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT problem_id, count(*), max(verdict = 'accepted'), max(finished_at) FROM code_attempt GROUP BY problem_id",
                )
                .map_err(err)?;
            let mut rows = stmt.query([]).map_err(err)?;
            while let Some(r) = rows.next().map_err(err)? {
                let rec = out.entry(r.get(0).map_err(err)?).or_default();
                rec.attempts = r.get(1).map_err(err)?;
                rec.solved = r.get::<_, Option<i64>>(2).map_err(err)? == Some(1);
                rec.last_attempt = r.get(3).map_err(err)?;
            }
        }
        {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT {WORK_COLUMNS} FROM code_work"))
                .map_err(err)?;
            for w in stmt.query_map([], work_from_row).map_err(err)? {
                let w = w.map_err(err)?;
                let id = w.problem_id.clone();
                out.entry(id).or_default().work = Some(w);
            }
        }
        {
            let mut stmt = self
                .conn
                .prepare(&format!(
                    "SELECT problem_id, {STATE_COLUMNS} FROM code_state"
                ))
                .map_err(err)?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, state_at(r, 1)?)))
                .map_err(err)?;
            for row in rows {
                let (id, state) = row.map_err(err)?;
                out.entry(id).or_default().state = Some(state);
            }
        }
        Ok(out)
    }

    /// Attempts judged since `since` (Unix seconds): (count, accepted).
    pub fn attempts_since(&self, since: i64) -> Result<(u32, u32), StoreError> {
        self.conn
            .query_row(
                "SELECT count(*), coalesce(sum(verdict = 'accepted'), 0) FROM code_attempt WHERE finished_at >= ?1 AND verdict IS NOT NULL",
                [since],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))
    }
}

/// One problem's schedule, work and attempts inside an IMMEDIATE transaction: read what is
/// stored, log, write, commit; nothing is written unless it commits.
pub struct CodeTx<'a> {
    tx: Transaction<'a>,
    path: &'a Path,
    problem_id: String,
}

impl CodeTx<'_> {
    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(self.path, e)
    }

    /// The problem's stored schedule (none until its first attempt).
    pub fn state(&self) -> Result<Option<CardState>, StoreError> {
        self.tx
            .query_row(
                &format!("SELECT {STATE_COLUMNS} FROM code_state WHERE problem_id = ?1"),
                [&self.problem_id],
                |r| state_at(r, 0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The round of work in progress, if any.
    pub fn work(&self) -> Result<Option<Work>, StoreError> {
        self.tx
            .query_row(
                &format!("SELECT {WORK_COLUMNS} FROM code_work WHERE problem_id = ?1"),
                [&self.problem_id],
                work_from_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Begins a round of work at `now` unless one is in progress; the round in progress.
    pub fn begin_work(&self, lang: &str, now: i64) -> Result<Work, StoreError> {
        self.tx
            .execute(
                "INSERT OR IGNORE INTO code_work (problem_id, lang, started_at) VALUES (?1, ?2, ?3)",
                params![self.problem_id, lang, now],
            )
            .map_err(|e| self.err(e))?;
        self.work()?
            .ok_or_else(|| self.err(rusqlite::Error::QueryReturnedNoRows))
    }

    /// Records that one more hint was revealed (at most `total`); the number revealed now.
    pub fn reveal_hint(&self, total: u32) -> Result<u32, StoreError> {
        self.tx
            .execute(
                "UPDATE code_work SET hints = min(hints + 1, ?2) WHERE problem_id = ?1",
                params![self.problem_id, total],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.work()?.map_or(0, |w| w.hints))
    }

    /// Records that the reference solution was seen in this round.
    pub fn see_solution(&self) -> Result<(), StoreError> {
        self.tx
            .execute(
                "UPDATE code_work SET solution_seen = 1 WHERE problem_id = ?1",
                [&self.problem_id],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Ends the round of work (an accepted submission).
    pub fn end_work(&self) -> Result<(), StoreError> {
        self.tx
            .execute(
                "DELETE FROM code_work WHERE problem_id = ?1",
                [&self.problem_id],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// The problem's attempts, oldest first.
    pub fn attempts(&self) -> Result<Vec<Attempt>, StoreError> {
        let mut stmt = self
            .tx
            .prepare(&format!(
                "SELECT {ATTEMPT_COLUMNS} FROM code_attempt WHERE problem_id = ?1 ORDER BY finished_at, rowid"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([&self.problem_id], attempt_from_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Adds an attempt at this problem to the log.
    pub fn log(&self, a: &Attempt) -> Result<(), StoreError> {
        self.tx
            .execute(
                &format!(
                    "INSERT INTO code_attempt ({ATTEMPT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                ),
                params![
                    a.id,
                    self.problem_id,
                    a.lang,
                    a.verdict,
                    a.passed,
                    a.total,
                    a.started_at,
                    a.finished_at,
                    a.hints_used,
                    i64::from(a.solution_seen),
                    a.rating
                ],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Sets the problem's schedule (`None`: never attempted).
    pub fn set_state(&self, state: Option<&CardState>) -> Result<(), StoreError> {
        match state {
            Some(s) => self.tx.execute(
                "INSERT INTO code_state (problem_id, stability, difficulty, due, last_review, reps, lapses) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT(problem_id) DO UPDATE SET stability = ?2, difficulty = ?3, due = ?4, last_review = ?5, reps = ?6, lapses = ?7",
                params![self.problem_id, f64::from(s.stability), f64::from(s.difficulty), s.due, s.last_review, s.reps, s.lapses],
            ),
            None => self
                .tx
                .execute("DELETE FROM code_state WHERE problem_id = ?1", [&self.problem_id]),
        }
        .map(|_| ())
        .map_err(|e| self.err(e))
    }

    /// Makes the changes durable.
    pub fn commit(self) -> Result<(), StoreError> {
        let path = self.path;
        self.tx
            .commit()
            .map_err(|e| StoreError::from_sqlite(path, e))
    }
}
