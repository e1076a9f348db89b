//! Plans for fixed dates and libraries.

use super::*;
use crate::topic::Difficulty;

fn topic(
    id: &str,
    minutes: u16,
    difficulty: Difficulty,
    category: Category,
    related: &[&str],
    read: bool,
) -> PlanTopic {
    PlanTopic {
        meta: TopicMeta {
            id: id.into(),
            title: id.into(),
            tags: Vec::new(),
            difficulty,
            minutes,
            category,
            level: None,
            related: related.iter().map(|s| (*s).into()).collect(),
            labs: Vec::new(),
        },
        read,
    }
}

fn library() -> Vec<PlanTopic> {
    vec![
        topic(
            "design-chat",
            60,
            Difficulty::Hard,
            Category::DesignProblem,
            &["caching", "queues"],
            false,
        ),
        topic(
            "caching",
            25,
            Difficulty::Medium,
            Category::SystemDesign,
            &["scalability"],
            false,
        ),
        topic(
            "queues",
            20,
            Difficulty::Medium,
            Category::SystemDesign,
            &["scalability"],
            false,
        ),
        topic(
            "scalability",
            20,
            Difficulty::Easy,
            Category::Fundamentals,
            &[],
            false,
        ),
        topic(
            "dns",
            20,
            Difficulty::Medium,
            Category::SystemDesign,
            &[],
            true,
        ),
        topic(
            "star",
            20,
            Difficulty::Easy,
            Category::Behavioral,
            &[],
            false,
        ),
    ]
}

fn input(days: i64, minutes: u32) -> PlanInput {
    let today = Date::from_ymd(2026, 11, 22);
    PlanInput {
        today,
        interview: today.plus(days),
        minutes_per_day: minutes,
        focus: Vec::new(),
        topics: library(),
        review_minutes: vec![10; 30],
        mock_minutes: 60,
    }
}

#[test]
fn foundations_come_first_and_read_topics_are_skipped() {
    let ordered: Vec<String> = order(&library(), &[])
        .into_iter()
        .map(|t| t.meta.id)
        .collect();
    assert_eq!(
        ordered,
        ["scalability", "caching", "queues", "star", "design-chat"]
    );
    let focused: Vec<String> = order(&library(), &[Category::Behavioral])
        .into_iter()
        .map(|t| t.meta.id)
        .collect();
    assert_eq!(focused, ["star"]);
}

#[test]
fn a_fixed_input_gives_a_fixed_plan() {
    let plan = build(&input(10, 90)).expect("plan");
    assert_eq!(plan.days.len(), 10);
    assert_eq!(plan.days[0].date.to_string(), "2026-11-22");
    let read: Vec<&str> = plan
        .days
        .iter()
        .flat_map(|d| d.read.iter().map(|(id, _)| id.as_str()))
        .collect();
    assert_eq!(
        read,
        ["scalability", "caching", "queues", "star", "design-chat"]
    );
    assert_eq!(
        plan.days[0]
            .read
            .iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>(),
        ["scalability", "caching", "queues"],
        "10 + 20 + 25 + 20 = 75 of 90 minutes"
    );
    let mocks: Vec<usize> = plan
        .days
        .iter()
        .enumerate()
        .filter(|(_, d)| d.mock.is_some())
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        mocks,
        [6, 9],
        "mocks in the last 40%, every third day, the last the day before"
    );
    assert!(plan.days.iter().all(|d| d.minutes_planned <= 90));
    assert!(plan.not_fitting.is_empty());
}

#[test]
fn what_does_not_fit_is_said() {
    let plan = build(&PlanInput {
        review_minutes: vec![25; 5],
        ..input(2, 45)
    })
    .expect("plan");
    // 20 free minutes a day after reviews: only the 20-minute topic fits, on the first day.
    assert_eq!(plan.days[0].read, [("scalability".to_owned(), 20)]);
    assert_eq!(
        plan.not_fitting,
        ["caching", "queues", "star", "design-chat"]
    );
    let text = plan.text(&HashMap::new()).join("\n");
    assert!(
        text.contains("Does not fit (4 topics): caching, queues, star, design-chat"),
        "{text}"
    );
    let today = Date::from_ymd(2026, 11, 22);
    let err = build(&input(0, 60)).expect_err("the interview must be in the future");
    assert_eq!(
        err,
        PlanError::InterviewNotAfterToday {
            interview: today,
            today
        }
    );
    assert_eq!(
        err.to_string(),
        "the interview date 2026-11-22 must be after today (2026-11-22): give a later date"
    );
}
