//! A study plan to the interview date: topics not yet read, ordered so foundations come first
//! (by category, difficulty, and how many topics point to them through `related`), packed into
//! each day's minutes after the forecast review load, with mock interviews spaced towards the
//! end; what does not fit is listed, not hidden. Deterministic for its inputs.

use std::collections::HashMap;

use serde::Serialize;

use crate::catalog::DocMeta;
use crate::date::Date;
use crate::topic::{Category, TopicMeta, deref_to_meta};

/// A topic as the planner sees it: its metadata (`t.minutes` reads through to it), and whether
/// it has been read.
#[derive(Debug, Clone)]
pub struct PlanTopic {
    pub meta: TopicMeta,
    pub read: bool,
}

deref_to_meta!(PlanTopic);

impl PlanTopic {
    /// A topic from the catalog, read or not.
    pub fn from_doc(d: &DocMeta, read: bool) -> PlanTopic {
        PlanTopic {
            meta: d.meta.clone(),
            read,
        }
    }
}

/// What the planner needs to know.
#[derive(Debug, Clone)]
pub struct PlanInput {
    pub today: Date,
    pub interview: Date,
    pub minutes_per_day: u32,
    /// Only these categories (empty: all).
    pub focus: Vec<Category>,
    pub topics: Vec<PlanTopic>,
    /// Forecast review minutes for each day from today.
    pub review_minutes: Vec<u32>,
    /// Minutes of a mock interview.
    pub mock_minutes: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanDay {
    pub date: Date,
    pub review_minutes: u32,
    /// Topics to read (ids) and their minutes.
    pub read: Vec<(String, u16)>,
    pub mock: Option<&'static str>,
    pub minutes_planned: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub today: Date,
    pub interview: Date,
    pub minutes_per_day: u32,
    pub days: Vec<PlanDay>,
    /// Topics that do not fit before the interview, in the order they would come.
    pub not_fitting: Vec<String>,
    pub topics_left: usize,
}

fn category_rank(c: Category) -> u8 {
    match c {
        Category::Fundamentals => 0,
        Category::SystemDesign | Category::Dsa => 1,
        Category::Behavioral => 2,
        Category::DesignProblem => 3,
    }
}

/// Unread topics in study order: foundations first.
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

/// Why no plan can be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("the interview date {interview} must be after today ({today}): give a later date")]
    InterviewNotAfterToday { interview: Date, today: Date },
}

/// Builds the plan.
pub fn build(input: &PlanInput) -> Result<Plan, PlanError> {
    if input.interview <= input.today {
        return Err(PlanError::InterviewNotAfterToday {
            interview: input.interview,
            today: input.today,
        });
    }
    let ordered = order(&input.topics, &input.focus);
    let days_count = (input.interview.0 - input.today.0) as usize;
    // Mocks in the last 40% of days, every third day, and always the day before.
    let mock_from = days_count - (days_count * 2 / 5).max(1);
    let mut queue = ordered.iter().peekable();
    let mut days = Vec::with_capacity(days_count);
    let mut mock_kind: u32 = 0;
    for i in 0..days_count {
        let date = input.today.plus(i as i64);
        let review = input
            .review_minutes
            .get(i)
            .copied()
            .unwrap_or(0)
            .min(input.minutes_per_day);
        let mut used = review;
        let mock = (i >= mock_from
            && (days_count - 1 - i).is_multiple_of(3)
            && input.minutes_per_day >= input.mock_minutes)
            .then(|| {
                mock_kind += 1;
                if mock_kind.is_multiple_of(3) {
                    "behavioral"
                } else {
                    "system-design"
                }
            });
        if mock.is_some() {
            used += input.mock_minutes;
        }
        let mut read = Vec::new();
        while let Some(t) = queue.peek() {
            let need = u32::from(t.minutes);
            if used + need > input.minutes_per_day
                && !(read.is_empty() && used == 0 && need > input.minutes_per_day)
            {
                break;
            }
            used += need;
            read.push((t.id.clone(), t.minutes));
            queue.next();
        }
        days.push(PlanDay {
            date,
            review_minutes: review,
            read,
            mock,
            minutes_planned: used.min(input.minutes_per_day.max(used)),
        });
    }
    let not_fitting: Vec<String> = queue.map(|t| t.id.clone()).collect();
    Ok(Plan {
        today: input.today,
        interview: input.interview,
        minutes_per_day: input.minutes_per_day,
        days,
        not_fitting,
        topics_left: ordered.len(),
    })
}

impl Plan {
    /// The plan as text, a line per day, and what does not fit.
    pub fn text(&self, titles: &HashMap<String, String>) -> Vec<String> {
        let mut out = vec![format!(
            "{} days to the interview on {}; {} topics to read at {} minutes a day.",
            self.days.len(),
            self.interview,
            self.topics_left,
            self.minutes_per_day
        )];
        for d in &self.days {
            let mut parts = Vec::new();
            if d.review_minutes > 0 {
                parts.push(format!("review ~{} min", d.review_minutes));
            }
            for (id, _) in &d.read {
                parts.push(format!(
                    "read {}",
                    titles.get(id).map_or(id.as_str(), String::as_str)
                ));
            }
            if let Some(kind) = d.mock {
                parts.push(format!("mock interview ({kind})"));
            }
            if parts.is_empty() {
                parts.push("rest, or review ahead".to_owned());
            }
            out.push(format!(
                "{} ({:>3} min): {}",
                d.date,
                d.minutes_planned,
                parts.join("; ")
            ));
        }
        if self.not_fitting.is_empty() {
            out.push("Everything fits before the interview.".to_owned());
        } else {
            out.push(format!(
                "Does not fit ({} topics): {}. Add minutes per day, narrow --focus, or skim these.",
                self.not_fitting.len(),
                self.not_fitting
                    .iter()
                    .map(|id| titles.get(id).map_or(id.as_str(), String::as_str))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests;
