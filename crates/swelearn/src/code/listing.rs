//! The problem list with the user's status: one row per problem, and the filters `swelearn
//! code` and the practice screen share (tag, difficulty, pattern, status, due).

use std::collections::HashMap;

use serde::Serialize;
use swelearn_core::problem::Lang;
use swelearn_core::topic::Difficulty;
use swelearn_store::ProblemRecord;

use crate::code::catalog::{Entry, ProblemCatalog, Source};
use crate::code::progress::Status;

/// One problem as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    /// Topic ids of the patterns it practises.
    pub patterns: Vec<String>,
    pub tags: Vec<String>,
    pub languages: Vec<Lang>,
    pub status: Status,
    /// When it is next due (Unix seconds), once attempted.
    pub due: Option<i64>,
    pub attempts: u32,
    /// `bundled`, or the user's problem folder.
    pub source: String,
}

/// Which problems to list; every field narrows the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub tag: Option<String>,
    pub difficulty: Option<Difficulty>,
    /// A pattern topic id.
    pub pattern: Option<String>,
    pub status: Option<Status>,
    /// Only problems due now.
    pub due: bool,
}

impl Filter {
    pub fn matches(&self, row: &Row) -> bool {
        self.tag
            .as_ref()
            .is_none_or(|t| row.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
            && self.difficulty.is_none_or(|d| row.difficulty == d)
            && self
                .pattern
                .as_ref()
                .is_none_or(|p| row.patterns.iter().any(|x| x.eq_ignore_ascii_case(p)))
            && self.status.is_none_or(|s| row.status == s)
            && (!self.due || row.status == Status::Due)
    }
}

/// A problem's row at `now`.
pub fn row(entry: &Entry, record: Option<&ProblemRecord>, now: i64) -> Row {
    let p = &entry.problem;
    Row {
        id: p.id.clone(),
        title: p.title.clone(),
        difficulty: p.difficulty,
        patterns: p.patterns.clone(),
        tags: p.tags.clone(),
        languages: p.languages.clone(),
        status: Status::of(record, now),
        due: record.and_then(|r| r.state.as_ref()).map(|s| s.due),
        attempts: record.map_or(0, |r| r.attempts),
        source: match &entry.source {
            Source::Bundled => "bundled".into(),
            Source::User(dir) => dir.display().to_string(),
        },
    }
}

/// The catalogue's rows that pass the filter, in id order.
pub fn rows<S: std::hash::BuildHasher>(
    catalog: &ProblemCatalog,
    records: &HashMap<String, ProblemRecord, S>,
    filter: &Filter,
    now: i64,
) -> Vec<Row> {
    catalog
        .entries
        .iter()
        .map(|e| row(e, records.get(&e.problem.id), now))
        .filter(|r| filter.matches(r))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_narrow_by_each_field() {
        let catalog = ProblemCatalog::from_roots(&[]);
        let records = HashMap::new();
        let all = rows(&catalog, &records, &Filter::default(), 0);
        assert_eq!(all.len(), catalog.entries.len());
        let class = rows(
            &catalog,
            &records,
            &Filter {
                tag: Some("CLASS-DESIGN".into()),
                ..Filter::default()
            },
            0,
        );
        assert!(!class.is_empty() && class.len() < all.len());
        assert!(
            class
                .iter()
                .all(|r| r.tags.iter().any(|t| t == "class-design"))
        );
        let easy = rows(
            &catalog,
            &records,
            &Filter {
                difficulty: Some(Difficulty::Easy),
                ..Filter::default()
            },
            0,
        );
        assert!(!easy.is_empty() && easy.iter().all(|r| r.difficulty == Difficulty::Easy));
        let pattern = all[0].patterns[0].clone();
        let by_pattern = rows(
            &catalog,
            &records,
            &Filter {
                pattern: Some(pattern.clone()),
                ..Filter::default()
            },
            0,
        );
        assert!(by_pattern.iter().all(|r| r.patterns.contains(&pattern)));
        assert!(
            rows(
                &catalog,
                &records,
                &Filter {
                    due: true,
                    ..Filter::default()
                },
                0
            )
            .is_empty(),
            "nothing is due before any attempt"
        );
        assert!(all.iter().all(|r| r.status == Status::New));
    }
}
