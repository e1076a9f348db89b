//! The mock-interview screen: the clock, the current phase with its time box and what the
//! interviewer expects, follow-ups injected at their moments, and a scratchpad editor (saved to
//! disk every few seconds by the runtime). Ending early, or one Tab past the last phase, asks
//! first; an interview can be abandoned, which keeps it unscored. After the interview the rubric
//! (space ticks, Enter saves) sits beside your notes and the reference design; Tab moves between
//! the two panes, and each scrolls to follow the cursor.

pub mod end;

use ratatui_textarea::TextArea;
use swelearn_core::mock::Phase;

use super::action::Action;
use super::edit;

pub use end::{Pane, review_lines};

pub struct MockScreen {
    pub session_id: String,
    pub kind: &'static str,
    pub title: String,
    pub phases: Vec<Phase>,
    pub phase: usize,
    /// Unix seconds the mock started and each phase began.
    pub started_at: i64,
    pub phase_started_at: i64,
    /// When the interview itself ended (the rubric is not interview time).
    pub ended_at: Option<i64>,
    /// Seconds spent per finished phase.
    pub timings: Vec<(String, i64)>,
    /// (minute from the start, follow-up) not yet shown, in order.
    pub pending: Vec<(f64, String)>,
    /// Follow-ups shown so far.
    pub asked: Vec<String>,
    pub pad: TextArea<'static>,
    /// Whether the scratchpad changed since it was last saved, and when that was.
    pub dirty: bool,
    pub saved_at: i64,
    /// The rubric and what was ticked, once the interview ended.
    pub rubric: Vec<String>,
    pub assessing: Option<Vec<bool>>,
    pub cursor: usize,
    /// The reference design (Markdown) shown beside your notes at the end.
    pub reference: String,
    /// A question waiting for an answer before the session ends.
    pub confirm: Option<Ending>,
    /// Which pane of the end screen has the keys, and where each is scrolled.
    pub focus: Pane,
    pub rubric_scroll: usize,
    pub notes_scroll: usize,
    /// A coding mock's problem: its statement, solution file and runs.
    pub coding: Option<Box<super::practice::ProblemView>>,
}

/// Why the screen asks before going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Esc (or Tab past the last phase) during the interview.
    Early,
    /// Esc in the rubric, before saving a score.
    Unsaved,
}

/// What the app should do after a key on this screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    /// Store the session: scored from the rubric, or abandoned (unscored).
    Finish {
        scored: bool,
    },
}

/// Seconds between scratchpad saves.
pub const AUTOSAVE_SECONDS: i64 = 3;

impl MockScreen {
    /// A screen for a session that started at `at`, with an empty scratchpad.
    pub fn new(session_id: String, kind: &'static str, title: String, at: i64) -> MockScreen {
        MockScreen {
            session_id,
            kind,
            title,
            phases: Vec::new(),
            phase: 0,
            started_at: at,
            phase_started_at: at,
            ended_at: None,
            timings: Vec::new(),
            pending: Vec::new(),
            asked: Vec::new(),
            pad: edit::input("", true),
            dirty: true,
            saved_at: at,
            rubric: Vec::new(),
            assessing: None,
            cursor: 0,
            reference: String::new(),
            confirm: None,
            focus: Pane::Rubric,
            rubric_scroll: 0,
            notes_scroll: 0,
            coding: None,
        }
    }

    /// The scratchpad's text.
    pub fn scratchpad(&self) -> String {
        edit::text(&self.pad)
    }

    /// Replaces the scratchpad's text (the cursor at its end).
    pub fn set_scratchpad(&mut self, text: &str) {
        self.pad = edit::input(text, true);
    }

    /// Elapsed minutes at `now` (or until the interview ended).
    pub fn elapsed(&self, now: i64) -> f64 {
        (self.ended_at.unwrap_or(now) - self.started_at).max(0) as f64 / 60.0
    }

    /// Shows follow-ups whose moment has come; returns whether any was shown.
    pub fn tick(&mut self, now: i64) -> bool {
        if self.assessing.is_some() {
            return false;
        }
        let mut shown = false;
        while self
            .pending
            .first()
            .is_some_and(|(at, _)| *at <= self.elapsed(now))
        {
            let (_, f) = self.pending.remove(0);
            let f = swelearn_core::sanitize::clean(&f);
            edit::append(&mut self.pad, &format!("\n> Follow-up: {f}\n"));
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

    /// Handles a key; `size` is the terminal's, for scrolling the end screen's panes.
    pub fn update(&mut self, action: &Action, now: i64, size: (u16, u16)) -> Outcome {
        if let Some(ending) = self.confirm {
            return self.answer(ending, action, now);
        }
        if self.assessing.is_some() {
            return self.update_end(action, size);
        }
        match action {
            Action::Back => self.confirm = Some(Ending::Early),
            Action::NextSection if self.phase + 1 >= self.phases.len() => {
                self.confirm = Some(Ending::Early);
            }
            Action::NextSection => self.next_phase(now),
            other => {
                if edit::apply(&mut self.pad, other, true) {
                    self.dirty = true;
                }
            }
        }
        Outcome::Nothing
    }

    /// The answer to "end the interview?" or "leave without saving?".
    fn answer(&mut self, ending: Ending, action: &Action, now: i64) -> Outcome {
        match action {
            Action::Back => self.confirm = None,
            Action::Abandon => {
                self.confirm = None;
                self.end_interview(now);
                return Outcome::Finish { scored: false };
            }
            Action::Open => {
                self.confirm = None;
                match ending {
                    Ending::Early => {
                        self.end_interview(now);
                        self.assess();
                    }
                    Ending::Unsaved => return Outcome::Finish { scored: true },
                }
            }
            _ => {}
        }
        Outcome::Nothing
    }

    /// Keys of the end screen: the rubric or the notes pane, whichever has focus.
    fn update_end(&mut self, action: &Action, size: (u16, u16)) -> Outcome {
        match action {
            Action::Back => self.confirm = Some(Ending::Unsaved),
            Action::Open => return Outcome::Finish { scored: true },
            Action::NextSection | Action::PrevSection => {
                self.focus = match self.focus {
                    Pane::Rubric => Pane::Notes,
                    Pane::Notes => Pane::Rubric,
                };
            }
            Action::Reveal if self.focus == Pane::Rubric => {
                if let Some(t) = self
                    .assessing
                    .as_mut()
                    .and_then(|ticks| ticks.get_mut(self.cursor))
                {
                    *t = !*t;
                }
            }
            Action::Scroll(n) => self.scroll_notes(i64::from(*n), size),
            other => match self.focus {
                Pane::Rubric => self.move_cursor(other, size),
                Pane::Notes => {
                    let page = i64::from(end::pane_height(size));
                    let n = match other {
                        Action::Down => 1,
                        Action::Up => -1,
                        Action::PageDown | Action::Reveal => page,
                        Action::PageUp => -page,
                        Action::Top => i64::MIN / 2,
                        Action::Bottom => i64::MAX / 2,
                        _ => 0,
                    };
                    self.scroll_notes(n, size);
                }
            },
        }
        Outcome::Nothing
    }

    fn move_cursor(&mut self, action: &Action, size: (u16, u16)) {
        let last = self.rubric.len().saturating_sub(1);
        let page = usize::from(end::pane_height(size)).max(1);
        self.cursor = match action {
            Action::Down => (self.cursor + 1).min(last),
            Action::Up => self.cursor.saturating_sub(1),
            Action::PageDown => (self.cursor + page).min(last),
            Action::PageUp => self.cursor.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return,
        };
        self.rubric_scroll = end::follow(self, size);
    }

    fn scroll_notes(&mut self, by: i64, size: (u16, u16)) {
        let (width, height) = (end::pane_width(size), end::pane_height(size));
        let max = review_lines(self, width)
            .len()
            .saturating_sub(usize::from(height));
        let to = (self.notes_scroll as i64).saturating_add(by).max(0) as usize;
        self.notes_scroll = to.min(max);
    }

    /// Moves to the next phase.
    pub fn next_phase(&mut self, now: i64) {
        self.close_phase(now);
        self.phase += 1;
        self.phase_started_at = now;
        if let Some(p) = self.phases.get(self.phase) {
            edit::append(&mut self.pad, &format!("\n## {}\n", p.name));
            self.dirty = true;
        }
    }

    fn close_phase(&mut self, now: i64) {
        if let Some(p) = self.phases.get(self.phase) {
            self.timings
                .push((p.name.to_owned(), now - self.phase_started_at));
        }
    }

    /// Stops the clock: the time of the phase under way is kept and the interview is over.
    fn end_interview(&mut self, now: i64) {
        if self.ended_at.is_none() {
            self.close_phase(now);
            self.phase = self.phases.len();
            self.ended_at = Some(now);
        }
    }

    /// Opens the rubric.
    pub fn assess(&mut self) {
        if self.assessing.is_none() {
            self.assessing = Some(vec![false; self.rubric.len()]);
            self.cursor = 0;
        }
    }

    /// "Requirements=300" lines, one per phase taken.
    pub fn timings_text(&self) -> String {
        self.timings
            .iter()
            .map(|(p, s)| format!("{p}={s}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The score so far (out of 100): the rubric's; a coding mock's weighs the tests its
    /// submission passed as much.
    pub fn score(&self) -> u32 {
        let ticks = self.assessing.as_deref().unwrap_or(&[]);
        let checked = ticks.iter().filter(|t| **t).count();
        match &self.coding {
            Some(view) => {
                let (passed, total) = super::practice::mock::submitted(view).unwrap_or((0, 0));
                crate::code::mock::score(passed, total, checked, ticks.len())
            }
            None => swelearn_core::mock::score(checked, ticks.len()),
        }
    }
}
