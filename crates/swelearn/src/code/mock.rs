//! The coding mock interview's shared parts: which problem (one never practised first, else the
//! least recently practised, counting coding mocks and attempts alike), the rubric, and the
//! score, which weighs the tests the final submission passed as much as the self-assessment.

use anyhow::Result;
use swelearn_core::mock::pick_problem;
use swelearn_store::Store;

use crate::code::catalog::{Entry, ProblemCatalog};

/// What a coding interviewer checks beside the tests.
pub const RUBRIC: &[&str] = &[
    "Clarified input sizes, ranges and edge cases before coding",
    "Stated a brute force and its complexity",
    "Named the pattern and the invariant that makes it correct",
    "Agreed the time and space complexity before coding",
    "Wrote code that handles the edge cases listed",
    "Tested by tracing an example and the edge cases",
];

/// The problem to practise.
pub fn pick<'a>(
    catalog: &'a ProblemCatalog,
    store: &Store,
    seed: u64,
) -> Result<Option<&'a Entry>> {
    let ids: Vec<String> = catalog
        .entries
        .iter()
        .map(|e| e.problem.id.clone())
        .collect();
    let mut history: Vec<(String, i64)> = store
        .mocks()?
        .into_iter()
        .filter(|m| m.kind == "coding")
        .map(|m| (m.problem, m.started_at))
        .collect();
    history.extend(
        store
            .problem_records()?
            .into_iter()
            .filter_map(|(id, r)| Some((id, r.last_attempt.or(r.work.map(|w| w.started_at))?))),
    );
    Ok(pick_problem(&ids, &history, seed).and_then(|id| catalog.get(id)))
}

/// The mock's score, 0-100: half the share of tests the submission passed, half the share of
/// the rubric checked.
pub fn score(passed: usize, tests: usize, checked: usize, rubric: usize) -> u32 {
    let share = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    ((share(passed, tests) * 0.5 + share(checked, rubric) * 0.5) * 100.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_and_rubric_weigh_the_same() {
        assert_eq!(score(30, 30, 6, 6), 100);
        assert_eq!(score(30, 30, 0, 6), 50);
        assert_eq!(score(0, 30, 6, 6), 50);
        assert_eq!(score(15, 30, 3, 6), 50);
        assert_eq!(score(0, 0, 0, 0), 0);
    }

    #[test]
    fn the_least_recently_practised_problem_comes_first() {
        let catalog = ProblemCatalog::from_roots(&[]);
        let mut store = Store::in_memory().expect("store");
        for e in &catalog.entries[1..] {
            store
                .begin_work(&e.problem.id, "python", 100)
                .expect("work");
        }
        let first = pick(&catalog, &store, 7).expect("picks").expect("one");
        assert_eq!(
            first.problem.id, catalog.entries[0].problem.id,
            "never practised"
        );
        store
            .begin_work(&catalog.entries[0].problem.id, "python", 200)
            .expect("work");
        let next = pick(&catalog, &store, 7).expect("picks").expect("one");
        assert_ne!(next.problem.id, catalog.entries[0].problem.id);
    }
}
