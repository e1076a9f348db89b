//! Scheduling glue over the FSRS crate (open-spaced-repetition's, as Anki uses): what each
//! rating would do to a card, replaying a card's log to rebuild its schedule, retrievability,
//! and evaluating and fitting parameters. Pure: the caller passes `now` and the history.

use fsrs::{FSRS, FSRSItem, FSRSReview, MemoryState};

/// Seconds in a day.
pub const DAY: i64 = 86_400;
/// Where a card answered Again comes back: after ten minutes, the same session.
pub const AGAIN_DELAY: i64 = 600;
/// The longest interval, a hundred years (Anki's default maximum too): a card is never scheduled
/// past it, so no stability, however large, overflows a date.
pub const MAX_INTERVAL_DAYS: i64 = 36_500;
/// Full fits need at least this many reviews that follow a review on an earlier day (below it
/// the crate returns default or partly fitted parameters).
pub const MIN_REVIEWS_TO_FIT: usize = 64;

/// The four answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn from_u8(v: u8) -> Option<Rating> {
        Rating::ALL.get(usize::from(v).checked_sub(1)?).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }
}

/// A card's schedule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardState {
    pub stability: f32,
    pub difficulty: f32,
    /// Unix seconds when it is next due.
    pub due: i64,
    /// Unix seconds of the last review.
    pub last_review: i64,
    pub reps: u32,
    pub lapses: u32,
}

/// What one rating would do: the new schedule and the wait until the card is due.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub rating: Rating,
    pub state: CardState,
    /// Seconds until due.
    pub interval: i64,
}

/// A past answer, as the scheduler needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PastReview {
    pub at: i64,
    pub rating: Rating,
}

/// FSRS with the user's parameters and desired retention.
pub struct Scheduler {
    fsrs: FSRS,
    retention: f32,
    decay: f32,
}

impl Scheduler {
    /// `parameters` empty means the defaults. Retention must be in 0.7..=0.99.
    pub fn new(parameters: &[f32], retention: f32) -> Result<Scheduler, ScheduleError> {
        if !(0.7..=0.99).contains(&retention) {
            return Err(ScheduleError::Retention { found: retention });
        }
        let fsrs = fsrs_with(parameters)?;
        let decay = parameters
            .get(20)
            .copied()
            .unwrap_or(fsrs::DEFAULT_PARAMETERS[20]);
        Ok(Scheduler {
            fsrs,
            retention,
            decay,
        })
    }

    /// The outcome of each rating for a card (never reviewed when `state` is `None`) answered
    /// at `now`. Intervals of a day or more get a small deterministic spread (from `card_id`) so
    /// cards learned together, such as the cards of one topic, fall due on different days. When
    /// FSRS cannot schedule the card (a stored state that is not a number), this is an error:
    /// nothing is made up in its place.
    pub fn preview(
        &self,
        card_id: &str,
        state: Option<&CardState>,
        now: i64,
    ) -> Result<[Outcome; 4], ScheduleError> {
        let memory = state.map(|s| MemoryState {
            stability: s.stability,
            difficulty: s.difficulty,
        });
        let elapsed = state.map_or(0, |s| days_between(s.last_review, now));
        let next = self
            .fsrs
            .next_states(memory, self.retention, elapsed)
            .map_err(|e| ScheduleError::Fsrs {
                card: card_id.to_owned(),
                detail: format!("{e:?}"),
            })?;
        let days = |i: f32| {
            if i.is_nan() {
                1
            } else {
                (i.round() as i64).clamp(1, MAX_INTERVAL_DAYS)
            }
        };
        let mut intervals = [
            AGAIN_DELAY,
            days(next.hard.interval) * DAY,
            days(next.good.interval) * DAY,
            days(next.easy.interval) * DAY,
        ];
        // Keep Hard < Good < Easy, as people expect of the buttons.
        intervals[2] = intervals[2].max(intervals[1] + DAY);
        intervals[3] = intervals[3].max(intervals[2] + DAY);
        let reps = state.map_or(0, |s| s.reps);
        for (i, interval) in intervals.iter_mut().enumerate().skip(1) {
            *interval = fuzz(*interval, card_id, reps, i);
        }
        let memories = [
            next.again.memory,
            next.hard.memory,
            next.good.memory,
            next.easy.memory,
        ];
        Ok(std::array::from_fn(|i| {
            let rating = Rating::ALL[i];
            let lapsed = rating == Rating::Again && state.is_some();
            Outcome {
                rating,
                interval: intervals[i],
                state: CardState {
                    stability: memories[i].stability,
                    difficulty: memories[i].difficulty,
                    due: now.saturating_add(intervals[i]),
                    last_review: now,
                    reps: reps.saturating_add(1),
                    lapses: state
                        .map_or(0, |s| s.lapses)
                        .saturating_add(u32::from(lapsed)),
                },
            }
        }))
    }

    /// Replays a card's answers, oldest first, to rebuild its schedule (`None` if none).
    pub fn replay(
        &self,
        card_id: &str,
        reviews: &[PastReview],
    ) -> Result<Option<CardState>, ScheduleError> {
        let mut state = None;
        for r in reviews {
            let outcome = self.preview(card_id, state.as_ref(), r.at)?[r.rating as usize - 1];
            state = Some(outcome.state);
        }
        Ok(state)
    }

    /// The probability of recalling a card at `now`.
    pub fn retrievability(&self, state: &CardState, now: i64) -> f32 {
        let days = now.saturating_sub(state.last_review).max(0) as f32 / DAY as f32;
        fsrs::current_retrievability(
            MemoryState {
                stability: state.stability,
                difficulty: state.difficulty,
            },
            days,
            self.decay,
        )
    }
}

/// Why a card could not be scheduled.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScheduleError {
    #[error(
        "card {card}: FSRS cannot schedule it from its stored state ({detail}); nothing was saved"
    )]
    Fsrs { card: String, detail: String },
    #[error(
        "desired retention must be between 0.70 and 0.99 (found {found}): set `desired-retention` within that range"
    )]
    Retention { found: f32 },
    #[error(
        "the FSRS parameters are not valid ({detail}): fit new ones to your reviews (`swelearn optimize`)"
    )]
    Parameters { detail: String },
    #[error(
        "FSRS could not fit parameters to these reviews ({detail}); the current ones stay in use"
    )]
    Fit { detail: String },
    #[error("FSRS could not measure how well parameters predict these reviews ({detail})")]
    Evaluate { detail: String },
}

/// FSRS with parameters (empty: the defaults).
fn fsrs_with(parameters: &[f32]) -> Result<FSRS, ScheduleError> {
    FSRS::new(parameters).map_err(|e| ScheduleError::Parameters {
        detail: format!("{e:?}"),
    })
}

/// Whole days from `from` to `to`, as FSRS counts elapsed time.
pub fn days_between(from: i64, to: i64) -> u32 {
    u32::try_from(to.saturating_sub(from).max(0) / DAY).unwrap_or(u32::MAX)
}

/// Spreads an interval of at least three days by up to ±5%, deterministically per card.
fn fuzz(interval: i64, card_id: &str, reps: u32, slot: usize) -> i64 {
    let days = interval / DAY;
    if days < 3 {
        return interval;
    }
    let h = crate::hash::Fnv1a::new()
        .write(card_id.as_bytes())
        .write(&reps.to_le_bytes())
        .write(&[slot as u8])
        .finish();
    let spread = (days as f64 * 0.05).round().max(1.0) as i64;
    let shift = (h % (2 * spread as u64 + 1)) as i64 - spread;
    (days + shift).max(1) * DAY
}

/// A card's history as the training items FSRS learns from: one item per review after the
/// first, each holding the reviews up to it, with days between reviews.
pub fn training_items(reviews: &[PastReview]) -> Vec<FSRSItem> {
    let mut items = Vec::new();
    let mut history: Vec<FSRSReview> = Vec::new();
    let mut last = None;
    for r in reviews {
        let delta_t = last.map_or(0, |l| days_between(l, r.at));
        history.push(FSRSReview {
            rating: r.rating as u32,
            delta_t,
        });
        last = Some(r.at);
        if history.len() > 1 {
            items.push(FSRSItem {
                reviews: history.clone(),
            });
        }
    }
    items
}

/// How well parameters predict a history: log loss and RMSE over bins (lower is better).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub log_loss: f32,
    pub rmse: f32,
}

/// Evaluates parameters (empty: the defaults) on training items.
pub fn evaluate(parameters: &[f32], items: &[FSRSItem]) -> Result<Fit, ScheduleError> {
    let e = fsrs_with(parameters)?
        .evaluate(items.to_vec(), |_| true)
        .map_err(|e| ScheduleError::Evaluate {
            detail: format!("{e:?}"),
        })?;
    Ok(Fit {
        log_loss: e.log_loss,
        rmse: e.rmse_bins,
    })
}

/// Items that count towards a full fit: those whose last review came a day or more after the
/// one before.
pub fn long_term_items(items: &[FSRSItem]) -> usize {
    items
        .iter()
        .filter(|i| i.reviews.last().is_some_and(|r| r.delta_t > 0))
        .count()
}

/// Fits parameters to the items with the crate's optimizer.
pub fn fit(items: Vec<FSRSItem>) -> Result<Vec<f32>, ScheduleError> {
    fsrs::compute_parameters(fsrs::ComputeParametersInput {
        train_set: items,
        ..Default::default()
    })
    .map_err(|e| ScheduleError::Fit {
        detail: format!("{e:?}"),
    })
}

#[cfg(test)]
mod tests;
