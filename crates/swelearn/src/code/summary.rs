//! Coding practice in numbers, for `today`, `plan`, `readiness` and `stats`: the problems due
//! now, how many are solved or attempted, recent attempts, and a readiness per problem (the
//! probability of solving it again now, from its FSRS schedule; 0 until solved). Counts the
//! bundled problems and any other problem the store has attempts for.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;
use swelearn_core::schedule::{DAY, Scheduler};
use swelearn_store::Store;

use crate::code::catalog::bundled_titles;

/// One problem's readiness.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProblemReadiness {
    pub id: String,
    pub title: String,
    pub solved: bool,
    /// 0-1.
    pub readiness: f32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CodingSummary {
    pub problems: usize,
    pub solved: usize,
    /// Attempted and never solved.
    pub attempted: usize,
    /// Ids of the problems due now, the longest overdue first.
    pub due: Vec<String>,
    pub attempts_last_7_days: u32,
    pub accepted_last_7_days: u32,
    /// Mean readiness over every problem, 0-1.
    pub readiness: f32,
    pub per_problem: Vec<ProblemReadiness>,
}

impl CodingSummary {
    /// Whether the user has practised any problem.
    pub fn practised(&self) -> bool {
        self.solved + self.attempted > 0
    }
}

pub fn summary(store: &Store, scheduler: &Scheduler, now: i64) -> Result<CodingSummary> {
    let records = store.problem_records()?;
    let mut titles: BTreeMap<String, String> = bundled_titles().into_iter().collect();
    for id in records.keys() {
        titles.entry(id.clone()).or_insert_with(|| id.clone());
    }
    let mut s = CodingSummary {
        problems: titles.len(),
        due: store
            .due_problems(now)?
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
        ..CodingSummary::default()
    };
    (s.attempts_last_7_days, s.accepted_last_7_days) = store.attempts_since(now - 7 * DAY)?;
    for (id, title) in titles {
        let r = records.get(&id);
        let solved = r.is_some_and(|r| r.solved);
        if solved {
            s.solved += 1;
        } else if r.is_some_and(|r| r.attempts > 0 || r.work.is_some()) {
            s.attempted += 1;
        }
        let readiness = match r.and_then(|r| r.state.as_ref()) {
            Some(state) if solved => scheduler.retrievability(state, now),
            _ => 0.0,
        };
        s.per_problem.push(ProblemReadiness {
            id,
            title,
            solved,
            readiness,
        });
    }
    s.readiness = if s.per_problem.is_empty() {
        0.0
    } else {
        s.per_problem.iter().map(|p| p.readiness).sum::<f32>() / s.per_problem.len() as f32
    };
    Ok(s)
}
