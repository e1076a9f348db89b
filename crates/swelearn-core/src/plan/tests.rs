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

fn ids(days: &[PlanDay]) -> Vec<Vec<(&str, u16)>> {
    days.iter()
        .map(|d| d.read.iter().map(|(id, m)| (id.as_str(), *m)).collect())
        .collect()
}

#[test]
fn a_fixed_input_gives_a_fixed_plan_with_every_day_filled() {
    let plan = build(&input(10, 90)).expect("plan");
    assert_eq!(plan.days.len(), 10);
    assert_eq!(plan.days[0].date.to_string(), "2026-11-22");
    // Fundamentals first; the categories interleaved, the design problem after its building
    // blocks; `queues` split over the end of the first day (15 minutes) and the second (5).
    assert_eq!(
        ids(&plan.days)[..2],
        [
            vec![
                ("scalability", 20),
                ("caching", 25),
                ("star", 20),
                ("queues", 15)
            ],
            vec![("queues", 5), ("design-chat", 60)],
        ]
    );
    assert_eq!(plan.days[0].minutes_planned, 90, "10 review + 80 reading");
    assert_eq!(
        plan.days[1].minutes_planned, 75,
        "10 review + 65 reading: all there is"
    );
    let mocks: Vec<(usize, &str)> = plan
        .days
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.mock.map(|k| (i, k)))
        .collect();
    assert_eq!(mocks, [(9, "system-design")], "one a week, the day before");
    assert_eq!(
        plan.days[9].minutes_planned, 70,
        "10 review + a 60-minute mock"
    );
    assert!(plan.days.iter().all(|d| d.minutes_planned <= 90));
    assert!(plan.not_fitting.is_empty());
    let text = plan.text(&HashMap::new()).join("\n");
    assert!(
        text.contains("read queues (part 1 of 2, 15 min)")
            && text.contains("read queues (part 2 of 2, 5 min)"),
        "{text}"
    );
}

/// `n` topics of each category, `minutes` each, none read.
fn big_library(n: usize, minutes: u16) -> Vec<PlanTopic> {
    let categories = [
        Category::Fundamentals,
        Category::SystemDesign,
        Category::Dsa,
        Category::Behavioral,
        Category::DesignProblem,
    ];
    let mut out = Vec::new();
    for c in categories {
        for i in 0..n {
            out.push(topic(
                &format!("{}-{i:02}", c.as_str()),
                minutes,
                Difficulty::Medium,
                c,
                &[],
                false,
            ));
        }
    }
    out
}

#[test]
fn days_are_filled_to_the_budget_while_topics_remain() {
    // 100 topics of 25 minutes (2,500) against 30 days of 60 minutes with 5 review minutes:
    // two topics and a piece of a third a day, every minute used.
    let plan = build(&PlanInput {
        topics: big_library(20, 25),
        review_minutes: vec![5; 30],
        ..input(30, 60)
    })
    .expect("plan");
    assert!(!plan.not_fitting.is_empty());
    for d in &plan.days {
        assert_eq!(d.minutes_planned, 60, "{d:?}");
        assert!(d.read.iter().all(|(_, m)| *m >= 5), "no sliver: {d:?}");
    }
    // With 7 review minutes a day ends with 3 free minutes before a 25-minute topic: a piece
    // under five minutes is not planned, so at most four minutes a day go unused.
    let ragged = build(&PlanInput {
        topics: big_library(20, 25),
        review_minutes: vec![7; 30],
        ..input(30, 60)
    })
    .expect("plan");
    assert!(
        ragged
            .days
            .iter()
            .all(|d| (56..=60).contains(&d.minutes_planned))
    );
    // Each planned topic gets exactly its minutes over its pieces, except the one cut off at
    // the end, which is listed as not fitting.
    let mut planned: HashMap<&str, u32> = HashMap::new();
    for (id, m) in plan.days.iter().flat_map(|d| &d.read) {
        *planned.entry(id.as_str()).or_default() += u32::from(*m);
    }
    let unfinished: Vec<&&str> = planned
        .iter()
        .filter(|(_, m)| **m != 25)
        .map(|(id, _)| id)
        .collect();
    assert!(unfinished.len() <= 1, "{unfinished:?}");
    for id in unfinished {
        assert!(plan.not_fitting.iter().any(|n| n == *id));
    }
}

#[test]
fn when_days_run_out_every_category_is_planned_and_what_is_left_is_mixed() {
    let plan = build(&PlanInput {
        topics: big_library(20, 20),
        review_minutes: vec![10; 30],
        ..input(30, 60)
    })
    .expect("plan");
    let count = |ids: Vec<&str>, c: Category| {
        ids.iter()
            .filter(|id| id.starts_with(c.as_str()))
            .collect::<std::collections::HashSet<_>>()
            .len()
    };
    let planned: Vec<&str> = plan
        .days
        .iter()
        .flat_map(|d| d.read.iter().map(|(id, _)| id.as_str()))
        .collect();
    let left: Vec<&str> = plan.not_fitting.iter().map(String::as_str).collect();
    assert_eq!(
        count(planned.clone(), Category::Fundamentals),
        20,
        "foundations all planned"
    );
    for c in [
        Category::SystemDesign,
        Category::Dsa,
        Category::Behavioral,
        Category::DesignProblem,
    ] {
        assert!(count(planned.clone(), c) >= 5, "{c:?} planned: {planned:?}");
        assert!(count(left.clone(), c) >= 1, "{c:?} left: {left:?}");
    }
}

#[test]
fn a_five_minute_day_plans_five_minutes_and_no_mock() {
    let plan = build(&PlanInput {
        review_minutes: vec![2; 40],
        ..input(40, 5)
    })
    .expect("plan");
    assert!(
        plan.days.iter().all(|d| d.minutes_planned <= 5),
        "{:?}",
        plan.days
    );
    assert!(plan.days.iter().all(|d| d.mock.is_none()));
    assert_eq!(plan.days[0].read, [("scalability".to_owned(), 3)]);
    let total: u32 = plan
        .days
        .iter()
        .flat_map(|d| &d.read)
        .map(|(_, m)| u32::from(*m))
        .sum();
    // Three reading minutes a day; a day that finishes a topic with two minutes does not begin
    // the next with a one-minute sliver, so at most a minute is lost at each change of topic.
    assert!((40 * 3 - 5..=40 * 3).contains(&total), "{total}");
}

#[test]
fn mocks_are_weekly_in_the_second_half_and_rotate_kinds() {
    let plan = build(&input(41, 60)).expect("plan");
    let mocks: Vec<(usize, &str)> = plan
        .days
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.mock.map(|k| (i, k)))
        .collect();
    assert_eq!(
        mocks,
        [
            (24, "coding"),
            (28, "system-design"),
            (32, "behavioral"),
            (36, "coding"),
            (40, "system-design"),
        ],
        "41 days: five mocks, four days apart, the last the day before"
    );
    assert_eq!(
        plan.days[32].minutes_planned, 40,
        "a behavioral mock takes two thirds of a 60-minute one (the small library is read by then)"
    );
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
        ["caching", "star", "queues", "design-chat"]
    );
    let text = plan.text(&HashMap::new()).join("\n");
    assert!(
        text.contains("Does not fit (4 topics): caching, star, queues, design-chat"),
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

#[test]
fn a_mock_that_fills_its_day_moves_that_days_reviews_to_the_next() {
    // 60-minute days, 60-minute mocks and 10 review minutes every day: no day has room for
    // both, so each mock keeps its day and the reviews wait a day rather than overfill it.
    let plan = build(&PlanInput {
        review_minutes: vec![10; 14],
        ..input(14, 60)
    })
    .expect("plan");
    let mocks: Vec<usize> = plan
        .days
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.mock.map(|_| i))
        .collect();
    assert_eq!(mocks, [10, 13]);
    assert_eq!(plan.days[10].review_minutes, 0);
    assert_eq!(plan.days[10].minutes_planned, 60);
    assert_eq!(
        plan.days[11].review_minutes, 20,
        "10 of its own and 10 waiting"
    );
    assert!(plan.days.iter().all(|d| d.minutes_planned <= 60));
}
