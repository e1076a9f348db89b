//! The rows of the plan and readiness pages, from the same text and figures `swelearn today` and
//! `swelearn readiness` print, each row that names a topic, the cards due or a coding problem
//! pointing at it.

use swelearn_core::catalog::Catalog;

use super::{Row, Target};
use crate::study::readiness::{Readiness, shade};

/// Today's plan (the text `swelearn today` prints), one row per line: "- read <title>" opens the
/// topic, the cards-due line starts the review, and the coding line is followed by a row per
/// problem due.
pub fn plan(text: &str, catalog: &Catalog, problems_due: &[String]) -> Vec<Row> {
    let mut rows = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("- read ") {
            let topic = catalog
                .docs
                .iter()
                .filter(|d| {
                    rest.strip_prefix(d.title.as_str())
                        .is_some_and(|after| after.starts_with(" ("))
                })
                .max_by_key(|d| d.title.len());
            rows.push(match topic {
                Some(d) => Row::to(line, Target::Topic(d.id.clone())),
                None => Row::text(line),
            });
        } else if line.starts_with("- ") && line.ends_with(" cards due for review") {
            rows.push(Row::to(line, Target::Review(None)));
        } else if line.starts_with("- ") && line.contains(" coding problem(s) due") {
            rows.push(Row::text(line));
            rows.extend(
                problems_due
                    .iter()
                    .map(|id| Row::to(format!("    {id}"), Target::Problem(id.clone()))),
            );
        } else {
            rows.push(Row::text(line));
        }
    }
    rows.push(Row::text(""));
    rows.push(Row::text(
        "Enter opens the row under the cursor · i sets the interview date",
    ));
    rows
}

/// The readiness map, then every topic by category, weakest first, each opening its topic.
pub fn readiness(r: &Readiness) -> Vec<Row> {
    let mut rows = vec![
        Row::text("Readiness (· none ░ some ▒ half ▓ most █ ready)"),
        Row::text("from read marks, recall, quizzes and mocks"),
        Row::text(""),
    ];
    for (cat, v) in &r.categories {
        let cells: String = r
            .topics
            .iter()
            .filter(|t| &t.category == cat)
            .map(|t| shade(t.readiness))
            .collect();
        rows.push(Row::text(format!("{cat:<15} {:>3.0}%  {cells}", v * 100.0)));
    }
    for (cat, _) in &r.categories {
        rows.push(Row::text(""));
        rows.push(Row::text(format!("{cat}, weakest first")));
        let mut topics: Vec<_> = r.topics.iter().filter(|t| &t.category == cat).collect();
        topics.sort_by(|a, b| a.readiness.total_cmp(&b.readiness));
        for t in topics {
            let text = format!(
                "  {} {:>3.0}%  {}",
                shade(t.readiness),
                t.readiness * 100.0,
                t.title
            );
            let target = if cat == "coding" {
                Target::Problem(t.id.clone())
            } else {
                Target::Topic(t.id.clone())
            };
            rows.push(Row::to(text, target));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::tests::fixture_app;

    #[test]
    fn plan_rows_point_at_their_topic_the_review_and_each_problem() {
        let app = fixture_app();
        let text = "Today, 2027-01-04 (5 days to the interview):\n- 3 cards due for review\n- 2 coding problem(s) due: two-sum, lru (`swelearn code --due`)\n- read Database Replication (20 min)\n- read Nowhere (5 min)\nYou are on track.\n";
        let rows = plan(text, &app.catalog, &["two-sum".into(), "lru".into()]);
        let targets: Vec<_> = rows.iter().map(|r| r.target.clone()).collect();
        assert_eq!(
            targets[..7],
            [
                None,
                Some(Target::Review(None)),
                None,
                Some(Target::Problem("two-sum".into())),
                Some(Target::Problem("lru".into())),
                Some(Target::Topic("replication".into())),
                None,
            ]
        );
    }
}
