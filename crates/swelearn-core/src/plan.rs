//! A study plan to the interview date: topics not yet read, foundations first and the categories
//! interleaved so each advances at a steady share, packed into each day's minutes after the
//! forecast review load (a topic longer than what is left of a day is split over days), with
//! mock interviews spaced over the second half; what does not fit is listed, not hidden.
//! Deterministic for its inputs.

use std::collections::HashMap;

use serde::Serialize;

use crate::catalog::DocMeta;
use crate::date::Date;
use crate::topic::{Category, TopicMeta, deref_to_meta};

mod sequence;

pub use sequence::{order, sequence};

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
    /// Minutes of a system-design or coding mock interview (a behavioral one takes two thirds).
    pub mock_minutes: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanDay {
    pub date: Date,
    pub review_minutes: u32,
    /// Topics to read (ids) and the minutes planned for each on this day. A topic split over
    /// days appears on each of them with that day's share of its minutes.
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
    /// Topics that do not fit before the interview, in the order they would come (one begun on
    /// the last days but not finished is among them).
    pub not_fitting: Vec<String>,
    pub topics_left: usize,
}

/// The shortest piece a topic is split into, so a day is not ended by a two-minute fragment.
const MIN_PIECE: u32 = 5;

/// Mock kinds from the interview backwards: the day before is a system-design one.
const MOCK_KINDS: [&str; 3] = ["system-design", "coding", "behavioral"];

/// One mock interview a week, the first no earlier than half way, the last the day before: on the
/// latest day of its week whose forecast reviews leave room for it, else on its day with the
/// reviews moved to the next (none when the mock alone is longer than a day's minutes).
/// Returns each day's mock kind.
fn mocks(days: usize, budget: u32, mock_minutes: u32, review: &[u32]) -> Vec<Option<&'static str>> {
    let mut out = vec![None; days];
    if days == 0 {
        return out;
    }
    let count = (days / 7).max(1);
    let window = (days / 2).max(count);
    let gap = (window / count).max(1);
    for k in 0..count {
        let Some(target) = (days - 1).checked_sub(k * gap) else {
            break;
        };
        let kind = MOCK_KINDS[k % MOCK_KINDS.len()];
        let need = kind_minutes(kind, mock_minutes);
        let earliest = (target + 1).saturating_sub(gap);
        let roomy = (earliest..=target)
            .rev()
            .find(|&d| review.get(d).copied().unwrap_or(0) + need <= budget);
        if let Some(day) = roomy.or((need <= budget).then_some(target)) {
            out[day] = Some(kind);
        }
    }
    out
}

fn behavioral_minutes(mock_minutes: u32) -> u32 {
    (mock_minutes * 2).div_ceil(3)
}

fn kind_minutes(kind: &str, mock_minutes: u32) -> u32 {
    if kind == "behavioral" {
        behavioral_minutes(mock_minutes)
    } else {
        mock_minutes
    }
}

/// A topic's reading minutes; a topic that gives none still takes one.
fn minutes(t: &PlanTopic) -> u32 {
    u32::from(t.minutes).max(1)
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
    let ordered = sequence(&input.topics, &input.focus);
    let days_count = usize::try_from(input.interview.0 - input.today.0).unwrap_or(0);
    let budget = input.minutes_per_day;
    let piece = MIN_PIECE.min(budget);
    let mock_days = mocks(
        days_count,
        budget,
        input.mock_minutes,
        &input.review_minutes,
    );
    let mut next = 0;
    // Minutes of the topic at `next` still to plan.
    let mut left = ordered.first().map_or(0, minutes);
    let mut days = Vec::with_capacity(days_count);
    let mut carried = 0;
    for (i, mock) in mock_days.into_iter().enumerate() {
        let mock_used = mock.map_or(0, |k| kind_minutes(k, input.mock_minutes));
        // Reviews a mock day has no room for wait until the next day.
        let forecast = input.review_minutes.get(i).copied().unwrap_or(0) + carried;
        let review = forecast.min(budget - mock_used);
        carried = forecast - review;
        let mut free = budget - mock_used - review;
        let mut read = Vec::new();
        while next < ordered.len() {
            let mut take = left.min(free);
            if take < left {
                // Split, keeping both pieces at least the minimum where the topic allows it; a
                // day with nothing planned yet takes what it can (half a short day at least)
                // rather than idle.
                let balanced = take.min(left.saturating_sub(piece));
                take = if balanced >= piece {
                    balanced
                } else if read.is_empty() && free >= piece.min(budget.div_ceil(2)) {
                    take
                } else {
                    0
                };
            }
            if take == 0 {
                break;
            }
            read.push((
                ordered[next].id.clone(),
                u16::try_from(take).unwrap_or(u16::MAX),
            ));
            free -= take;
            left -= take;
            if left == 0 {
                next += 1;
                left = ordered.get(next).map_or(0, minutes);
            }
        }
        days.push(PlanDay {
            date: input.today.plus(i as i64),
            review_minutes: review,
            read,
            mock,
            minutes_planned: budget - free,
        });
    }
    let not_fitting: Vec<String> = ordered[next..].iter().map(|t| t.id.clone()).collect();
    Ok(Plan {
        today: input.today,
        interview: input.interview,
        minutes_per_day: input.minutes_per_day,
        days,
        not_fitting,
        topics_left: ordered.len(),
    })
}

/// One day's reading of a topic, with which part of it that is when it is split over days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub id: String,
    pub minutes: u16,
    /// 1-based part, and how many parts are planned (`None`: more than fit before the interview).
    pub part: Option<(usize, Option<usize>)>,
}

impl Piece {
    /// "part 1 of 2, 10 min", "part 3, the rest does not fit, 5 min", or nothing for a topic
    /// read in one sitting.
    pub fn part_label(&self) -> Option<String> {
        let (k, of) = self.part?;
        Some(match of {
            Some(n) => format!("part {k} of {n}, {} min", self.minutes),
            None => format!("part {k}, the rest does not fit, {} min", self.minutes),
        })
    }
}

impl Plan {
    /// Each day's reading as pieces that know which part of their topic they are.
    pub fn pieces(&self) -> Vec<Vec<Piece>> {
        let mut count: HashMap<&str, usize> = HashMap::new();
        for (id, _) in self.days.iter().flat_map(|d| &d.read) {
            *count.entry(id.as_str()).or_default() += 1;
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        self.days
            .iter()
            .map(|d| {
                d.read
                    .iter()
                    .map(|(id, minutes)| {
                        let unfinished = self.not_fitting.contains(id);
                        let n = count.get(id.as_str()).copied().unwrap_or(1);
                        let part = (n > 1 || unfinished).then(|| {
                            let k = seen.entry(id.as_str()).or_insert(0);
                            *k += 1;
                            (*k, (!unfinished).then_some(n))
                        });
                        Piece {
                            id: id.clone(),
                            minutes: *minutes,
                            part,
                        }
                    })
                    .collect()
            })
            .collect()
    }

    /// The plan as text, a line per day, and what does not fit.
    pub fn text(&self, titles: &HashMap<String, String>) -> Vec<String> {
        let mut out = vec![format!(
            "{} days to the interview on {}; {} topics to read at {} minutes a day.",
            self.days.len(),
            self.interview,
            self.topics_left,
            self.minutes_per_day
        )];
        let pieces = self.pieces();
        for (d, pieces) in self.days.iter().zip(&pieces) {
            let mut parts = Vec::new();
            if d.review_minutes > 0 {
                parts.push(format!("review ~{} min", d.review_minutes));
            }
            for p in pieces {
                parts.push(format!(
                    "read {}{}",
                    titles.get(&p.id).map_or(p.id.as_str(), String::as_str),
                    p.part_label()
                        .map(|l| format!(" ({l})"))
                        .unwrap_or_default()
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
