//! Mock interviews: the phases of each kind with their time boxes and what an interviewer expects
//! to hear in each, which design problem to practise next, when to inject follow-ups, and the
//! score from a rubric checklist. Pure: the caller supplies time, history and seeds.

use serde::Serialize;

/// The kind of mock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    SystemDesign,
    Behavioral,
    Coding,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::SystemDesign => "system-design",
            Kind::Behavioral => "behavioral",
            Kind::Coding => "coding",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "system-design" => Some(Kind::SystemDesign),
            "behavioral" => Some(Kind::Behavioral),
            "coding" => Some(Kind::Coding),
            _ => None,
        }
    }

    /// The usual length in minutes.
    pub fn default_minutes(self) -> u32 {
        match self {
            Kind::SystemDesign | Kind::Coding => 45,
            Kind::Behavioral => 30,
        }
    }
}

/// A phase of the interview.
#[derive(Debug, Clone, Serialize)]
pub struct Phase {
    pub name: &'static str,
    /// Minutes allowed.
    pub minutes: f64,
    /// What the interviewer expects to hear.
    pub prompts: &'static [&'static str],
}

const DESIGN: &[(&str, f64, &[&str])] = &[
    (
        "Requirements",
        0.12,
        &[
            "Functional: the core features, and what is out of scope",
            "Non-functional: scale, latency, availability, consistency",
            "Who the users are and how they use it (read/write mix)",
        ],
    ),
    (
        "Estimates",
        0.10,
        &[
            "Users and actions per day to average and peak QPS",
            "Storage per day and per year, with replication",
            "Bandwidth, and what fits in memory",
        ],
    ),
    (
        "API and data model",
        0.16,
        &[
            "The main endpoints or RPCs with their inputs and outputs",
            "Entities, keys and access patterns",
            "Which store and why (and the alternatives you rejected)",
        ],
    ),
    (
        "High-level design",
        0.24,
        &[
            "Boxes and arrows from client to storage, the path of a read and of a write",
            "Stateless services, caches, queues, where data is partitioned",
            "Walk one request end to end",
        ],
    ),
    (
        "Deep dives",
        0.28,
        &[
            "The hardest part in depth: hot spots, consistency, failure handling",
            "Bottlenecks and how each one scales",
            "Trade-offs stated as choices with their costs",
        ],
    ),
    (
        "Wrap-up",
        0.10,
        &[
            "Summarise the design and its weakest point",
            "Monitoring, alerting and rollout",
            "What you would do with more time",
        ],
    ),
];

const CODING: &[(&str, f64, &[&str])] = &[
    (
        "Clarify",
        0.12,
        &[
            "Restate the problem; ask about input sizes, ranges, duplicates, empty input",
            "Agree on examples, including an edge case",
        ],
    ),
    (
        "Approach",
        0.22,
        &[
            "A brute force and its complexity",
            "The pattern that fits and why; the invariant",
            "Time and space of the plan, agreed before coding",
        ],
    ),
    (
        "Code",
        0.44,
        &[
            "Clean, named code; narrate as you go",
            "Handle the edge cases you listed",
        ],
    ),
    (
        "Test",
        0.22,
        &[
            "Trace an example by hand",
            "Edge cases: empty, one element, duplicates, extremes",
            "Complexity, and what you would improve",
        ],
    ),
];

/// The phases of a mock of `kind` lasting `minutes` (behavioral mocks have one phase per question).
pub fn phases(kind: Kind, minutes: u32) -> Vec<Phase> {
    let table = match kind {
        Kind::SystemDesign => DESIGN,
        Kind::Coding => CODING,
        Kind::Behavioral => return Vec::new(),
    };
    table
        .iter()
        .map(|(name, share, prompts)| Phase {
            name,
            minutes: f64::from(minutes) * share,
            prompts,
        })
        .collect()
}

/// The design problem to practise: one never practised first, else the least recently
/// practised; ties broken by the seed. `history` is (problem id, last practised, Unix seconds).
pub fn pick_problem<'a>(
    problems: &'a [String],
    history: &[(String, i64)],
    seed: u64,
) -> Option<&'a String> {
    let last = |id: &str| {
        history
            .iter()
            .filter(|(p, _)| p == id)
            .map(|(_, t)| *t)
            .max()
    };
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut candidates: Vec<(&String, Option<i64>, u64)> =
        problems.iter().map(|p| (p, last(p), rng.u64(..))).collect();
    candidates.sort_by_key(|(_, t, tie)| (t.unwrap_or(i64::MIN), *tie));
    candidates.first().map(|(p, _, _)| *p)
}

/// When to inject follow-ups: minutes from the start, during the high-level design and deep
/// dives, one per follow-up (at most `count`), in order.
pub fn follow_up_times(phases: &[Phase], count: usize, seed: u64) -> Vec<f64> {
    let mut start = 0.0;
    let mut window = None;
    for p in phases {
        if p.name == "High-level design" {
            window = Some((start + p.minutes * 0.5, start));
        }
        if p.name == "Deep dives" {
            window = window.map(|(from, _)| (from, start + p.minutes));
        }
        start += p.minutes;
    }
    let Some((from, to)) = window else {
        return Vec::new();
    };
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut times: Vec<f64> = (0..count).map(|_| from + rng.f64() * (to - from)).collect();
    times.sort_by(f64::total_cmp);
    times
}

/// Score out of 100 from a rubric checklist.
pub fn score(checked: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    ((checked as f64 / total as f64) * 100.0).round() as u32
}

/// The signal areas behavioral interviews probe; stories are tagged with them.
pub const SIGNALS: &[&str] = &[
    "ownership",
    "impact",
    "conflict",
    "failure",
    "ambiguity",
    "leadership",
    "influence",
    "growth",
    "prioritization",
    "collaboration",
];

/// Signals no story covers yet.
pub fn uncovered<'a>(story_tags: impl IntoIterator<Item = &'a str>) -> Vec<&'static str> {
    let tags: Vec<&str> = story_tags.into_iter().collect();
    SIGNALS
        .iter()
        .copied()
        .filter(|s| !tags.contains(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_fill_the_time() {
        for kind in [Kind::SystemDesign, Kind::Coding] {
            let total: f64 = phases(kind, 45).iter().map(|p| p.minutes).sum();
            assert!((total - 45.0).abs() < 1e-9, "{kind:?}: {total}");
        }
        assert_eq!(phases(Kind::SystemDesign, 45)[0].name, "Requirements");
    }

    #[test]
    fn picks_unpractised_problems_first_then_the_oldest() {
        let problems: Vec<String> = ["a", "b", "c"].iter().map(|s| (*s).to_owned()).collect();
        let history = vec![
            ("a".to_owned(), 100),
            ("b".to_owned(), 50),
            ("a".to_owned(), 10),
        ];
        assert_eq!(
            pick_problem(&problems, &history, 1).map(String::as_str),
            Some("c")
        );
        let history = vec![
            ("a".to_owned(), 100),
            ("b".to_owned(), 50),
            ("c".to_owned(), 70),
        ];
        assert_eq!(
            pick_problem(&problems, &history, 1).map(String::as_str),
            Some("b")
        );
    }

    #[test]
    fn follow_ups_land_in_the_design_and_deep_dives() {
        let p = phases(Kind::SystemDesign, 45);
        let times = follow_up_times(&p, 2, 7);
        assert_eq!(times.len(), 2);
        let hld_start: f64 = p.iter().take(3).map(|x| x.minutes).sum();
        let dd_end: f64 = p.iter().take(5).map(|x| x.minutes).sum();
        assert!(
            times.iter().all(|t| (hld_start..=dd_end).contains(t)),
            "{times:?}"
        );
        assert_eq!(follow_up_times(&p, 2, 7), times, "a seed repeats them");
    }

    #[test]
    fn scores_and_story_gaps() {
        assert_eq!(score(7, 10), 70);
        assert_eq!(score(0, 0), 0);
        assert_eq!(uncovered(["conflict", "failure"]).len(), SIGNALS.len() - 2);
    }
}
