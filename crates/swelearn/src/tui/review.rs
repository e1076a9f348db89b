//! The review screen: a card's prompt; Space reveals the answer and the interval each rating
//! would give; 1-4 rate (the answer is written by the runtime, then acknowledged here); `u`
//! undoes the last answer; at the end, a summary.

use std::time::Instant;

use crate::study::{Session, human_interval};

/// What the screen shows.
pub struct ReviewScreen {
    pub session: Session,
    /// What the session covers, e.g. "all due cards" or a topic's title.
    pub title: String,
    pub revealed: bool,
    /// When the current card was shown, for the time spent on it.
    pub shown_at: Instant,
    /// Labels of the four buttons with their intervals, for the current card.
    pub buttons: Vec<String>,
    /// The last acknowledgement ("Good: next in 4d") or error.
    pub message: Option<String>,
    /// Answered cards' count when the session started (for "3 of 20").
    pub total: usize,
}

impl ReviewScreen {
    pub fn new(session: Session, title: String, now: i64) -> ReviewScreen {
        let total = session.queue.len();
        let mut screen = ReviewScreen {
            session,
            title,
            revealed: false,
            shown_at: Instant::now(),
            buttons: Vec::new(),
            message: None,
            total,
        };
        screen.next_card(now);
        screen
    }

    /// Prepares the card at the front: hidden answer, fresh timer, button intervals.
    pub fn next_card(&mut self, now: i64) {
        self.revealed = false;
        self.shown_at = Instant::now();
        self.buttons = match self.session.preview(now) {
            Ok(outcomes) => outcomes
                .map(|o| {
                    o.iter()
                        .map(|o| {
                            format!(
                                "{} {} · {}",
                                o.rating as u8,
                                o.rating.name(),
                                human_interval(o.interval)
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
            Err(e) => {
                self.message = Some(format!("{e:#}"));
                Vec::new()
            }
        };
    }

    pub fn finished(&self) -> bool {
        self.session.queue.is_empty()
    }

    /// Milliseconds since the current card was shown.
    pub fn elapsed_ms(&self) -> i64 {
        self.shown_at.elapsed().as_millis() as i64
    }
}
