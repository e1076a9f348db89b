//! The user's progress on problems: each problem's status (new, attempted, solved, due),
//! recording a submission as an attempt that reschedules the problem with FSRS (accepted
//! without hints: Good; with hints: Hard; the solution seen, or not accepted: Again), revealing
//! the next hint and the reference solution. Each change is one IMMEDIATE transaction that reads
//! the problem's stored schedule and work and writes the new ones, as for cards.

use std::collections::HashMap;

use anyhow::Result;
use serde::Serialize;
use swelearn_core::problem::Lang;
use swelearn_core::schedule::{Outcome, Rating, Scheduler};
use swelearn_judge::{Report, Verdict};
use swelearn_store::{Attempt, ProblemRecord, Store, Work};

use crate::code::catalog::Entry;

/// Where the user stands with a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Never started.
    New,
    /// Started or submitted, never accepted.
    Attempted,
    /// Accepted, and not due yet.
    Solved,
    /// Its schedule says practise it now.
    Due,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Attempted => "attempted",
            Status::Solved => "solved",
            Status::Due => "due",
        }
    }

    /// A problem's status at `now` from what the store knows of it.
    pub fn of(record: Option<&ProblemRecord>, now: i64) -> Status {
        let Some(r) = record else {
            return Status::New;
        };
        if r.state.as_ref().is_some_and(|s| s.due <= now) {
            Status::Due
        } else if r.solved {
            Status::Solved
        } else if r.attempts > 0 || r.work.is_some() {
            Status::Attempted
        } else {
            Status::New
        }
    }
}

/// What the store knows of every problem, by id.
pub fn records(store: &Store) -> Result<HashMap<String, ProblemRecord>> {
    Ok(store.problem_records()?)
}

/// The rating a submission gives the problem's schedule.
pub fn rating(verdict: Verdict, hints_used: u32, solution_seen: bool) -> Rating {
    match verdict {
        Verdict::Accepted if solution_seen => Rating::Again,
        Verdict::Accepted if hints_used > 0 => Rating::Hard,
        Verdict::Accepted => Rating::Good,
        _ => Rating::Again,
    }
}

/// A recorded attempt and the schedule it gave.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub attempt: Attempt,
    pub rating: Rating,
    pub outcome: Outcome,
}

impl Recorded {
    /// Seconds from the start of the round of work to the verdict.
    pub fn time_to_solve(&self) -> i64 {
        self.attempt.finished_at - self.attempt.started_at
    }
}

/// Begins a round of work on a problem (when a solution is started), unless one is under way.
pub fn begin(store: &mut Store, id: &str, lang: Lang, now: i64) -> Result<Work> {
    Ok(store.begin_work(id, lang.name(), now)?)
}

/// Records a submission's report as an attempt and reschedules the problem, from its schedule
/// and work as stored, read in the same transaction; an accepted submission ends the round.
pub fn record_submission(
    store: &mut Store,
    scheduler: &Scheduler,
    report: &Report,
    now: i64,
) -> Result<Recorded> {
    let passed = report.tests.iter().filter(|t| t.verdict.passed()).count() as u32;
    let total = report.tests.len() as u32;
    let tx = store.code_tx(&report.problem)?;
    let work = tx.begin_work(report.lang.name(), now)?;
    let rating = rating(report.verdict, work.hints, work.solution_seen);
    let recorded = log(
        &tx,
        scheduler,
        &report.problem,
        Logged {
            lang: report.lang,
            verdict: Some(report.verdict),
            passed,
            total,
            work: &work,
            rating,
            now,
        },
    )?;
    if report.verdict == Verdict::Accepted {
        tx.end_work()?;
    }
    tx.commit()?;
    Ok(recorded)
}

#[derive(Clone, Copy)]
struct Logged<'a> {
    lang: Lang,
    verdict: Option<Verdict>,
    passed: u32,
    total: u32,
    work: &'a Work,
    rating: Rating,
    now: i64,
}

fn log(
    tx: &swelearn_store::CodeTx,
    scheduler: &Scheduler,
    id: &str,
    l: Logged,
) -> Result<Recorded> {
    let current = tx.state()?;
    let outcome = scheduler.preview(id, current.as_ref(), l.now)?[l.rating as usize - 1];
    let attempt = Attempt {
        id: crate::study::new_id(),
        problem_id: id.to_owned(),
        lang: l.lang.name().to_owned(),
        verdict: l.verdict.map(|v| v.name().to_owned()),
        passed: l.passed,
        total: l.total,
        started_at: l.work.started_at.min(l.now),
        finished_at: l.now,
        hints_used: l.work.hints,
        solution_seen: l.work.solution_seen,
        rating: l.rating as u8,
    };
    tx.log(&attempt)?;
    tx.set_state(Some(&outcome.state))?;
    Ok(Recorded {
        attempt,
        rating: l.rating,
        outcome,
    })
}

/// A hint, one of a problem's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hint {
    /// 1-based.
    pub number: u32,
    pub total: u32,
    /// Markdown.
    pub text: String,
    /// Revealed just now (false: every hint was already shown, this is the last again).
    pub fresh: bool,
}

/// Reveals the next hint of a problem and records it in the round of work (begun if need be);
/// `None` when the problem has no hints.
pub fn next_hint(store: &mut Store, entry: &Entry, lang: Lang, now: i64) -> Result<Option<Hint>> {
    let hints = &entry.problem.hints;
    if hints.is_empty() {
        return Ok(None);
    }
    let total = hints.len() as u32;
    let tx = store.code_tx(&entry.problem.id)?;
    let before = tx.begin_work(lang.name(), now)?.hints;
    let number = tx.reveal_hint(total)?;
    tx.commit()?;
    Ok(Some(Hint {
        number,
        total,
        text: hints[number as usize - 1].clone(),
        fresh: number > before,
    }))
}

/// The hints revealed so far in the round of work on a problem.
pub fn hints_shown(store: &Store, entry: &Entry) -> Result<Vec<String>> {
    let n = store.work(&entry.problem.id)?.map_or(0, |w| w.hints) as usize;
    Ok(entry.problem.hints.iter().take(n).cloned().collect())
}

/// Whether showing the solution now should ask first: the problem is not solved, or a new round
/// of work on it is under way.
pub fn solution_needs_asking(store: &Store, id: &str) -> Result<bool> {
    let record = store.problem_records()?.remove(id);
    Ok(match record {
        None => true,
        Some(r) => !r.solved || r.work.is_some(),
    })
}

/// Records that the user is shown the reference solution. Seeing it before solving (or in a
/// new round of work) is an attempt rated Again, once per round; looking at it after solving,
/// to compare, changes nothing. The attempt, when one was recorded.
pub fn reveal_solution(
    store: &mut Store,
    scheduler: &Scheduler,
    entry: &Entry,
    lang: Lang,
    now: i64,
) -> Result<Option<Recorded>> {
    if !solution_needs_asking(store, &entry.problem.id)? {
        return Ok(None);
    }
    let tx = store.code_tx(&entry.problem.id)?;
    let work = tx.begin_work(lang.name(), now)?;
    if work.solution_seen {
        return Ok(None);
    }
    tx.see_solution()?;
    let work = Work {
        solution_seen: true,
        ..work
    };
    let recorded = log(
        &tx,
        scheduler,
        &entry.problem.id,
        Logged {
            lang,
            verdict: None,
            passed: 0,
            total: 0,
            work: &work,
            rating: Rating::Again,
            now,
        },
    )?;
    tx.commit()?;
    Ok(Some(recorded))
}

#[cfg(test)]
mod tests {
    use swelearn_core::schedule::DAY;
    use swelearn_judge::{CompileInfo, Mode};

    use super::*;

    const T0: i64 = 1_800_000_000;

    fn report(id: &str, verdict: Verdict) -> Report {
        Report {
            problem: id.into(),
            lang: Lang::Python,
            mode: Mode::Submit,
            verdict,
            compile: CompileInfo {
                cached: false,
                millis: 0,
                message: None,
            },
            tests: Vec::new(),
        }
    }

    fn status(store: &Store, id: &str, now: i64) -> Status {
        Status::of(store.problem_records().expect("records").get(id), now)
    }

    #[test]
    fn ratings_follow_hints_and_the_solution() {
        assert_eq!(rating(Verdict::Accepted, 0, false), Rating::Good);
        assert_eq!(rating(Verdict::Accepted, 2, false), Rating::Hard);
        assert_eq!(rating(Verdict::Accepted, 0, true), Rating::Again);
        assert_eq!(rating(Verdict::WrongAnswer, 0, false), Rating::Again);
        assert_eq!(rating(Verdict::CompileError, 0, false), Rating::Again);
    }

    #[test]
    fn a_problem_moves_from_new_to_attempted_solved_and_due() {
        let mut store = Store::in_memory().expect("store");
        let scheduler = Scheduler::new(&[], 0.9).expect("scheduler");
        assert_eq!(status(&store, "p", T0), Status::New);
        begin(&mut store, "p", Lang::Python, T0).expect("begins");
        assert_eq!(status(&store, "p", T0), Status::Attempted);
        let failed = record_submission(
            &mut store,
            &scheduler,
            &report("p", Verdict::WrongAnswer),
            T0 + 60,
        )
        .expect("records");
        assert_eq!(failed.rating, Rating::Again);
        assert_eq!(failed.time_to_solve(), 60);
        assert_eq!(status(&store, "p", T0 + 61), Status::Attempted);
        let solved = record_submission(
            &mut store,
            &scheduler,
            &report("p", Verdict::Accepted),
            T0 + 600,
        )
        .expect("records");
        assert_eq!(solved.rating, Rating::Good);
        assert_eq!(
            solved.time_to_solve(),
            600,
            "timed from the start of the round"
        );
        assert!(
            store.work("p").expect("work").is_none(),
            "accepted ends the round"
        );
        assert_eq!(status(&store, "p", T0 + 601), Status::Solved);
        let due = solved.outcome.state.due;
        assert!(due >= T0 + DAY, "due a day or more later");
        assert_eq!(status(&store, "p", due), Status::Due);
        assert_eq!(store.attempts_of("p").expect("attempts").len(), 2);
    }

    #[test]
    fn hints_count_once_each_and_make_an_accepted_submission_hard() {
        let mut store = Store::in_memory().expect("store");
        let scheduler = Scheduler::new(&[], 0.9).expect("scheduler");
        let catalog = crate::code::catalog::ProblemCatalog::from_roots(&[]);
        let entry = catalog
            .entries
            .iter()
            .find(|e| e.problem.hints.len() >= 2)
            .expect("a problem with hints");
        let id = &entry.problem.id;
        let total = entry.problem.hints.len() as u32;
        let first = next_hint(&mut store, entry, Lang::Python, T0)
            .expect("hint")
            .expect("some");
        assert_eq!((first.number, first.fresh), (1, true));
        assert_eq!(first.text, entry.problem.hints[0]);
        for _ in 1..total {
            next_hint(&mut store, entry, Lang::Python, T0).expect("hint");
        }
        let again = next_hint(&mut store, entry, Lang::Python, T0)
            .expect("hint")
            .expect("some");
        assert_eq!(
            (again.number, again.fresh),
            (total, false),
            "no hint past the last"
        );
        assert_eq!(
            hints_shown(&store, entry).expect("shown").len(),
            total as usize
        );
        let r = record_submission(
            &mut store,
            &scheduler,
            &report(id, Verdict::Accepted),
            T0 + 100,
        )
        .expect("records");
        assert_eq!((r.rating, r.attempt.hints_used), (Rating::Hard, total));
        assert!(
            hints_shown(&store, entry).expect("shown").is_empty(),
            "a new round starts without hints"
        );
    }

    #[test]
    fn the_solution_seen_before_solving_is_again_once_and_after_solving_is_free() {
        let mut store = Store::in_memory().expect("store");
        let scheduler = Scheduler::new(&[], 0.9).expect("scheduler");
        let catalog = crate::code::catalog::ProblemCatalog::from_roots(&[]);
        let entry = &catalog.entries[0];
        let id = &entry.problem.id;
        assert!(solution_needs_asking(&store, id).expect("asks"));
        let seen = reveal_solution(&mut store, &scheduler, entry, Lang::Python, T0)
            .expect("reveal")
            .expect("recorded");
        assert_eq!(seen.rating, Rating::Again);
        assert_eq!(seen.attempt.verdict, None);
        assert!(
            reveal_solution(&mut store, &scheduler, entry, Lang::Python, T0 + 5)
                .expect("again")
                .is_none(),
            "once per round"
        );
        let r = record_submission(
            &mut store,
            &scheduler,
            &report(id, Verdict::Accepted),
            T0 + 100,
        )
        .expect("records");
        assert_eq!(
            r.rating,
            Rating::Again,
            "accepted after seeing the solution"
        );
        assert!(!solution_needs_asking(&store, id).expect("solved"));
        assert!(
            reveal_solution(&mut store, &scheduler, entry, Lang::Python, T0 + 200)
                .expect("compare")
                .is_none()
        );
        assert_eq!(store.attempts_of(id).expect("attempts").len(), 2);
    }
}
