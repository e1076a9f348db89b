//! A lab's screen state: the parameters (up/down selects one, left/right steps it, Enter types a
//! value), the newest result and the progress of the one computing, and how far the results
//! are scrolled. Every change asks for a computation that runs off the UI thread (`worker`);
//! results older than the newest request are dropped.

pub mod view;
pub mod worker;

use std::sync::Arc;

use swelearn_core::labs::{Lab, Report};

use super::action::Action;
use worker::{Outcome, Request};

/// The value being typed for the selected parameter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
    /// Why the last value typed was refused.
    pub error: Option<String>,
}

pub struct LabScreen {
    pub lab: &'static Lab,
    pub values: Vec<f64>,
    pub selected: usize,
    pub seed: u64,
    /// Steps shown (stepped labs; 0 shows everything).
    pub step: usize,
    /// The newest result received (kept on screen while a newer one computes).
    pub report: Option<Arc<Outcome>>,
    /// Topics that offer this lab (ids), shown under the explanation.
    pub topics: Vec<String>,
    /// The newest request made, and whether it still has to be sent.
    pub requested: u64,
    unsent: bool,
    /// The request whose result is shown.
    pub shown: u64,
    /// How far the newest request has got (thousandths), while it computes.
    pub progress: Option<u16>,
    /// First row of the results shown.
    pub scroll: usize,
    pub prompt: Option<Prompt>,
    /// A note on the last change (a value clamped to its bound).
    pub note: Option<String>,
    /// Terminal size, for the layout and the scroll limits.
    pub size: (u16, u16),
}

impl LabScreen {
    pub fn new(lab: &'static Lab, topics: Vec<String>, size: (u16, u16)) -> LabScreen {
        let mut s = LabScreen {
            lab,
            values: lab.defaults(),
            selected: 0,
            seed: 1,
            step: usize::from(lab.stepped),
            report: None,
            topics,
            requested: 0,
            unsent: false,
            shown: 0,
            progress: None,
            scroll: 0,
            prompt: None,
            note: None,
            size,
        };
        s.rerun();
        s
    }

    /// Sets a parameter by its key (clamped to its range and bound) and asks for a new result.
    pub fn set(&mut self, key: &str, value: f64) {
        if let Some(i) = self.lab.index(key) {
            let p = &self.lab.params[i];
            self.values[i] = value.clamp(p.min, p.max);
            self.constrain();
            self.rerun();
        }
    }

    /// Whether a computation is on its way.
    pub fn busy(&self) -> bool {
        self.requested != self.shown
    }

    /// The request to send, once per change.
    pub fn take_request(&mut self) -> Option<Request> {
        if !self.unsent {
            return None;
        }
        self.unsent = false;
        Some(self.request())
    }

    /// The newest request (sent or not).
    pub fn request(&self) -> Request {
        Request {
            generation: self.requested,
            lab: self.lab,
            values: self.values.clone(),
            seed: self.seed,
            step: self.step,
        }
    }

    /// The report shown, if the newest result was one.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_deref().and_then(|r| r.as_ref().ok())
    }

    pub fn resize(&mut self, size: (u16, u16)) {
        self.size = size;
        self.clamp_scroll();
    }

    fn rerun(&mut self) {
        self.requested = worker::next_generation();
        self.unsent = true;
        self.progress = Some(0);
    }

    /// Brings R and W back to N (and the like), saying so.
    fn constrain(&mut self) {
        let changed = self.lab.constrain(&mut self.values);
        self.note = changed.first().map(|&i| {
            let p = &self.lab.params[i];
            let bound = p.at_most.and_then(|k| self.lab.index(k)).unwrap_or(i);
            format!(
                "{} lowered to {} to stay within {}.",
                p.label,
                p.show(self.values[i]),
                self.lab.params[bound].label
            )
        });
    }

    /// A progress report or a result from the worker; older requests' are dropped.
    pub fn receive(&mut self, action: &Action) {
        match action {
            Action::LabProgress {
                generation,
                permille,
            } if *generation == self.requested => self.progress = Some(*permille),
            Action::LabDone(done) if done.generation == self.requested => {
                self.report = Some(Arc::clone(&done.outcome));
                self.shown = done.generation;
                self.progress = None;
                self.clamp_scroll();
            }
            _ => {}
        }
    }

    fn change(&mut self, up: bool) {
        let p = &self.lab.params[self.selected];
        let v = self.values[self.selected];
        let next = p.step(v, up);
        if next == v {
            return;
        }
        self.values[self.selected] = next;
        self.constrain();
        if self.lab.stepped {
            self.step = 1;
        }
        self.rerun();
    }

    /// Rows of results the pane can show, and how many there are.
    fn rows(&self) -> (usize, usize) {
        let pane = view::pane(self.lab, self.size);
        let total = view::height(self, usize::from(pane.width), usize::from(pane.height));
        (usize::from(pane.height), total)
    }

    fn clamp_scroll(&mut self) {
        let (visible, total) = self.rows();
        self.scroll = self.scroll.min(total.saturating_sub(visible));
    }

    fn scroll_by(&mut self, rows: isize) {
        self.scroll = self.scroll.saturating_add_signed(rows);
        self.clamp_scroll();
    }

    fn page(&self) -> isize {
        (self.rows().0.saturating_sub(1)).max(1) as isize
    }

    fn update_prompt(&mut self, action: &Action) {
        let Some(prompt) = self.prompt.as_mut() else {
            return;
        };
        match action {
            Action::Input(c) => {
                prompt.text.push(*c);
                prompt.error = None;
            }
            Action::Backspace => {
                prompt.text.pop();
                prompt.error = None;
            }
            Action::Back => self.prompt = None,
            Action::Open => {
                let p = &self.lab.params[self.selected];
                match p.parse(&prompt.text) {
                    Ok(v) => {
                        self.prompt = None;
                        self.values[self.selected] = v;
                        self.constrain();
                        if self.lab.stepped {
                            self.step = 1;
                        }
                        self.rerun();
                    }
                    Err(e) => prompt.error = Some(e.to_string()),
                }
            }
            _ => {}
        }
    }

    pub fn update(&mut self, action: &Action) {
        if self.prompt.is_some() {
            self.update_prompt(action);
            return;
        }
        match action {
            Action::Down => self.selected = (self.selected + 1).min(self.lab.params.len() - 1),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Right => self.change(true),
            Action::Left => self.change(false),
            Action::Open => self.prompt = Some(Prompt::default()),
            Action::PageDown | Action::Reveal
                if !self.lab.stepped || *action == Action::PageDown =>
            {
                self.scroll_by(self.page());
            }
            Action::PageUp => self.scroll_by(-self.page()),
            Action::Top => self.scroll = 0,
            Action::Bottom => self.scroll_by(isize::MAX),
            Action::Scroll(n) => self.scroll_by(*n as isize),
            Action::Reveal if self.lab.stepped => {
                let total = self.report().map_or(1, Report::total_steps);
                self.step = if self.step >= total { 1 } else { self.step + 1 };
                self.rerun();
            }
            Action::Reseed => {
                self.seed = self
                    .seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407)
                    >> 16;
                self.rerun();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
pub mod tests;
