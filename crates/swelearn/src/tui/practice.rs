//! The practice screen: the coding problems with difficulty, patterns and the user's status,
//! narrowed by the filters `swelearn code` has (difficulty, pattern, tag, status) and a fuzzy
//! search by title or id. Enter asks the runtime to open a problem's view (`practice/problem`).
//! Holds rows the runtime read from the store; never reads files or the store itself.

pub mod links;
pub mod mock;
pub mod problem;
pub mod runtime;
mod screen;
pub mod worker;

use std::rc::Rc;

use swelearn_core::problem::Lang;
use swelearn_core::topic::Difficulty;
use swelearn_judge::Mode;

use super::action::Action;
use super::edit::Prompt;
use crate::code::{Filter, ProblemCatalog, Row, Status};

pub use problem::ProblemView;

/// What the practice screens ask of the app (keys) and hear from the runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeAction {
    /// Open the practice screen (from the library).
    Open,
    CycleStatus,
    PickPattern,
    /// Problem view: the next language the judge has for the problem.
    CycleLang,
    /// Open the editor on the solution file (starting it if needed).
    Edit,
    /// Judge the examples (and your own cases).
    RunExamples,
    /// Judge everything and record the attempt.
    Submit,
    /// Reveal the next hint.
    Hint,
    /// Show the reference solution (asks first when not solved).
    Solution,
    /// Switch between the statement and the last run's results.
    TogglePane,
    /// The runtime revealed a hint.
    HintShown(crate::code::Hint),
    /// The runtime read the reference solution.
    SolutionShown {
        lang: Lang,
        code: Option<String>,
    },
    /// The judge worker reports on a run.
    Judged(worker::Event),
    /// The runtime recorded a submission (what to tell the user) and the new status.
    Recorded {
        run: u64,
        message: String,
        status: Status,
    },
    /// The solution file the view judges and edits (after starting or editing it).
    Solved {
        path: std::path::PathBuf,
    },
}

/// What the practice screens ask the runtime to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeEffect {
    /// Load the problems and their statuses and open the list.
    OpenList,
    /// Recount the statuses of the list (after coming back from a problem).
    RefreshList,
    /// Open a problem's view (from the list or a topic's link).
    OpenProblem {
        id: String,
    },
    /// Start the solution file if needed and open the editor on it.
    Edit {
        id: String,
        lang: Lang,
    },
    /// Judge the solution on the worker thread.
    Judge {
        id: String,
        lang: Lang,
        mode: Mode,
        run: u64,
    },
    /// Stop the run under way and kill its processes.
    Cancel {
        run: u64,
    },
    Hint {
        id: String,
        lang: Lang,
    },
    Solution {
        id: String,
        lang: Lang,
    },
    /// Start a coding mock interview on the problem practised least recently.
    StartCodingMock,
}

/// The list of problems.
pub struct PracticeScreen {
    pub catalog: Rc<ProblemCatalog>,
    /// Every problem, in id order.
    pub rows: Vec<Row>,
    pub filter: Filter,
    /// The fuzzy search, and whether it is being typed.
    pub query: Prompt,
    pub searching: bool,
    /// Indexes into `rows` that pass, in the order shown.
    pub shown: Vec<usize>,
    pub selected: usize,
    /// First row shown.
    pub scroll: usize,
}

impl PracticeScreen {
    pub fn new(catalog: Rc<ProblemCatalog>, rows: Vec<Row>) -> PracticeScreen {
        let mut s = PracticeScreen {
            catalog,
            rows,
            filter: Filter::default(),
            query: Prompt::default(),
            searching: false,
            shown: Vec::new(),
            selected: 0,
            scroll: 0,
        };
        s.refilter();
        s
    }

    /// New statuses, keeping the filters and the selected problem.
    pub fn set_rows(&mut self, rows: Vec<Row>) {
        let id = self.selected_id();
        self.rows = rows;
        self.refilter();
        if let Some(i) = id.and_then(|id| self.shown.iter().position(|&r| self.rows[r].id == id)) {
            self.selected = i;
        }
    }

    /// The selected problem's id.
    pub fn selected_id(&self) -> Option<String> {
        self.shown
            .get(self.selected)
            .map(|&i| self.rows[i].id.clone())
    }

    /// The patterns and tags the problems use, for the pickers.
    pub fn choices(&self, patterns: bool) -> Vec<String> {
        let mut all: Vec<String> = self
            .rows
            .iter()
            .flat_map(|r| if patterns { &r.patterns } else { &r.tags }.clone())
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// Applies the filters and the search.
    pub fn refilter(&mut self) {
        let passing: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.filter.matches(&self.rows[i]))
            .collect();
        let q = self.query.text().trim();
        self.shown = if q.is_empty() {
            passing
        } else {
            let texts: Vec<String> = passing
                .iter()
                .map(|&i| format!("{} {}", self.rows[i].title, self.rows[i].id))
                .collect();
            swelearn_core::fuzzy::rank(q, texts.iter().map(String::as_str).enumerate())
                .into_iter()
                .map(|(k, _)| passing[k])
                .collect()
        };
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    /// The active filters, as short words for the header.
    pub fn chips(&self) -> Vec<String> {
        let f = &self.filter;
        let mut out = Vec::new();
        if let Some(d) = f.difficulty {
            out.push(d.to_string());
        }
        if let Some(s) = f.status {
            out.push(s.name().to_owned());
        }
        if let Some(p) = &f.pattern {
            out.push(format!("pattern {p}"));
        }
        if let Some(t) = &f.tag {
            out.push(format!("#{t}"));
        }
        if !self.query.text().is_empty() {
            out.push(format!("\"{}\"", self.query.text()));
        }
        out
    }

    /// Sets a pattern (or tag) filter from a picker.
    pub fn set_choice(&mut self, pattern: bool, value: String) {
        if pattern {
            self.filter.pattern = Some(value);
        } else {
            self.filter.tag = Some(value);
        }
        self.selected = 0;
        self.refilter();
    }

    /// Handles a key of the list (not the pickers); `height` is the rows visible. Returns the
    /// effect to run, if any.
    pub fn update(&mut self, action: &Action, height: usize) -> Option<PracticeEffect> {
        if self.searching {
            match action {
                Action::Open => self.searching = false,
                Action::Back => {
                    self.searching = false;
                    self.query = Prompt::default();
                    self.refilter();
                }
                Action::Down | Action::Up => self.step(action, height),
                other => {
                    if self.query.apply(other) {
                        self.selected = 0;
                        self.refilter();
                    }
                }
            }
            self.fit(height);
            return None;
        }
        match action {
            Action::Open => {
                return self
                    .selected_id()
                    .map(|id| PracticeEffect::OpenProblem { id });
            }
            Action::Search | Action::Find => self.searching = true,
            Action::CycleDifficulty => {
                self.filter.difficulty = match self.filter.difficulty {
                    None => Some(Difficulty::Easy),
                    Some(Difficulty::Easy) => Some(Difficulty::Medium),
                    Some(Difficulty::Medium) => Some(Difficulty::Hard),
                    Some(Difficulty::Hard) => None,
                };
                self.refilter();
            }
            Action::Practice(PracticeAction::CycleStatus) => {
                self.filter.status = match self.filter.status {
                    None => Some(Status::New),
                    Some(Status::New) => Some(Status::Attempted),
                    Some(Status::Attempted) => Some(Status::Solved),
                    Some(Status::Solved) => Some(Status::Due),
                    Some(Status::Due) => None,
                };
                self.refilter();
            }
            Action::ClearFilters => {
                self.filter = Filter::default();
                self.query = Prompt::default();
                self.refilter();
            }
            other => self.step(other, height),
        }
        self.fit(height);
        None
    }

    fn step(&mut self, action: &Action, height: usize) {
        let last = self.shown.len().saturating_sub(1);
        let page = height.max(1);
        self.selected = match action {
            Action::Down => (self.selected + 1).min(last),
            Action::Up => self.selected.saturating_sub(1),
            Action::Scroll(n) if *n > 0 => (self.selected + n.unsigned_abs() as usize).min(last),
            Action::Scroll(n) => self.selected.saturating_sub(n.unsigned_abs() as usize),
            Action::PageDown => (self.selected + page).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.selected,
        };
    }

    /// Keeps the selection on screen.
    pub fn fit(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + height {
            self.scroll = self.selected + 1 - height;
        }
        self.scroll = self.scroll.min(self.shown.len().saturating_sub(1));
    }
}

/// A new run number, never reused, so a late report of a cancelled run is told apart.
pub fn next_run() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests;
