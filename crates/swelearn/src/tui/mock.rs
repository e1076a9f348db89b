//! The mock-interview screen: the clock, the current phase with its time box and what the
//! interviewer expects, follow-ups injected at their moments, and a scratchpad you type into
//! (saved to disk every few seconds by the runtime). Esc ends the interview and opens the
//! rubric: space ticks what you covered, Enter saves the session with its score.

use std::fmt::Write as _;
use swelearn_core::mock::Phase;

use super::action::Action;

pub struct MockScreen {
    pub session_id: String,
    pub kind: &'static str,
    pub title: String,
    pub phases: Vec<Phase>,
    pub phase: usize,
    /// Unix seconds the mock started and each phase began.
    pub started_at: i64,
    pub phase_started_at: i64,
    /// Seconds spent per finished phase.
    pub timings: Vec<(String, i64)>,
    /// (minute from the start, follow-up) not yet shown, in order.
    pub pending: Vec<(f64, String)>,
    /// Follow-ups shown so far.
    pub asked: Vec<String>,
    pub scratchpad: String,
    /// Whether the scratchpad changed since it was last saved, and when that was.
    pub dirty: bool,
    pub saved_at: i64,
    /// The rubric and what was ticked, once the interview ended.
    pub rubric: Vec<String>,
    pub assessing: Option<Vec<bool>>,
    pub cursor: usize,
    /// The reference design shown beside your notes at the end.
    pub reference: String,
}

/// Seconds between scratchpad saves.
pub const AUTOSAVE_SECONDS: i64 = 3;

impl MockScreen {
    /// Elapsed minutes at `now`.
    pub fn elapsed(&self, now: i64) -> f64 {
        (now - self.started_at).max(0) as f64 / 60.0
    }

    /// Shows follow-ups whose moment has come; returns whether any was shown.
    pub fn tick(&mut self, now: i64) -> bool {
        let mut shown = false;
        while self
            .pending
            .first()
            .is_some_and(|(at, _)| *at <= self.elapsed(now))
        {
            let (_, f) = self.pending.remove(0);
            let _ = write!(self.scratchpad, "\n> Follow-up: {f}\n");
            self.asked.push(f);
            self.dirty = true;
            shown = true;
        }
        shown
    }

    /// Whether the scratchpad should be saved now.
    pub fn due_for_save(&self, now: i64) -> bool {
        self.dirty && now - self.saved_at >= AUTOSAVE_SECONDS
    }

    pub fn update(&mut self, action: &Action, now: i64) {
        if let Some(ticks) = self.assessing.as_mut() {
            match action {
                Action::Down => self.cursor = (self.cursor + 1).min(ticks.len().saturating_sub(1)),
                Action::Up => self.cursor = self.cursor.saturating_sub(1),
                Action::Reveal => {
                    if let Some(t) = ticks.get_mut(self.cursor) {
                        *t = !*t;
                    }
                }
                _ => {}
            }
            return;
        }
        match action {
            Action::Input(c) => {
                self.scratchpad.push(*c);
                self.dirty = true;
            }
            Action::Backspace => {
                self.scratchpad.pop();
                self.dirty = true;
            }
            Action::NextSection => self.next_phase(now),
            _ => {}
        }
    }

    /// Moves to the next phase (or to the rubric after the last).
    pub fn next_phase(&mut self, now: i64) {
        if let Some(p) = self.phases.get(self.phase) {
            self.timings
                .push((p.name.to_owned(), now - self.phase_started_at));
        }
        self.phase += 1;
        self.phase_started_at = now;
        if self.phase < self.phases.len() {
            let _ = write!(self.scratchpad, "\n## {}\n", self.phases[self.phase].name);
            self.dirty = true;
        } else {
            self.assess();
        }
    }

    /// Ends the interview and opens the rubric.
    pub fn assess(&mut self) {
        if self.assessing.is_none() {
            self.assessing = Some(vec![false; self.rubric.len()]);
            self.cursor = 0;
        }
    }

    /// The score so far (out of 100).
    pub fn score(&self) -> u32 {
        let ticks = self.assessing.as_deref().unwrap_or(&[]);
        swelearn_core::mock::score(ticks.iter().filter(|t| **t).count(), ticks.len())
    }
}
