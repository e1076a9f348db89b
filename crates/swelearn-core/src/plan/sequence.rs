//! The order the planner reads topics in: within a category foundations first (difficulty, then
//! how many topics point to a topic through `related`); across categories interleaved, so that
//! when the days run out what is left is the hardest of every category rather than whole
//! categories (all the design problems, all of behavioral).

use std::collections::HashMap;

use super::PlanTopic;
use crate::topic::Category;

fn category_rank(c: Category) -> u8 {
    match c {
        Category::Fundamentals => 0,
        Category::SystemDesign | Category::Dsa => 1,
        Category::Behavioral => 2,
        Category::DesignProblem => 3,
    }
}

/// How a category paces against the others: `speed` times the share of the others' progress,
/// starting once the others are `start` of the way through. Fundamentals go at twice the pace
/// (done by half way); design problems start once the building blocks are three tenths read.
fn pace(c: Category) -> (f64, f64) {
    match c {
        Category::Fundamentals => (2.0, 0.0),
        Category::DesignProblem => (1.0, 0.3),
        Category::SystemDesign | Category::Dsa | Category::Behavioral => (1.0, 0.0),
    }
}

/// Unread topics (of the focus categories, if any) sorted foundations first: by category, then
/// difficulty, then how many topics relate to them, then title.
pub fn order(topics: &[PlanTopic], focus: &[Category]) -> Vec<PlanTopic> {
    let mut indegree: HashMap<&str, usize> = HashMap::new();
    for t in topics {
        for r in &t.related {
            *indegree.entry(r.as_str()).or_default() += 1;
        }
    }
    let mut left: Vec<PlanTopic> = topics
        .iter()
        .filter(|t| !t.read && (focus.is_empty() || focus.contains(&t.category)))
        .cloned()
        .collect();
    left.sort_by(|a, b| {
        let key = |t: &PlanTopic| {
            (
                category_rank(t.category),
                t.difficulty,
                std::cmp::Reverse(indegree.get(t.id.as_str()).copied().unwrap_or(0)),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.title.cmp(&b.title))
    });
    left
}

/// The reading sequence: `order`'s topics interleaved across categories. Each next topic comes
/// from the category furthest behind its pace (share of its minutes planned so far, counting
/// half of the candidate, scaled by its speed and offset by its start); ties go to the more
/// foundational category.
pub fn sequence(topics: &[PlanTopic], focus: &[Category]) -> Vec<PlanTopic> {
    let ordered = order(topics, focus);
    let mut queues: Vec<(Category, Vec<PlanTopic>, f64, f64)> = Vec::new();
    for t in ordered {
        let minutes = f64::from(t.minutes.max(1));
        match queues.iter_mut().find(|q| q.0 == t.category) {
            Some(q) => {
                q.3 += minutes;
                q.1.push(t);
            }
            None => queues.push((t.category, vec![t], 0.0, minutes)),
        }
    }
    for q in &mut queues {
        q.1.reverse();
    }
    let total: usize = queues.iter().map(|q| q.1.len()).sum();
    let mut out = Vec::with_capacity(total);
    while out.len() < total {
        let progress = |q: &(Category, Vec<PlanTopic>, f64, f64)| {
            let next = q.1.last().map_or(0.0, |t| f64::from(t.minutes.max(1)));
            let (speed, start) = pace(q.0);
            (q.2 + next / 2.0) / q.3 / speed + start
        };
        let Some(q) = queues
            .iter_mut()
            .filter(|q| !q.1.is_empty())
            .min_by(|a, b| {
                progress(a)
                    .total_cmp(&progress(b))
                    .then(category_rank(a.0).cmp(&category_rank(b.0)))
            })
        else {
            break;
        };
        let t = q.1.pop().expect("a queue with topics");
        q.2 += f64::from(t.minutes.max(1));
        out.push(t);
    }
    out
}
