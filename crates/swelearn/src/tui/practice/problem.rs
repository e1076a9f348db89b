//! The problem view: a problem's statement laid out like a topic in the reader (scrolling,
//! headings, code blocks), the hints revealed so far and the reference solution once asked for,
//! and the last run's verdict table filling in as the judge reports. Keys pick the language,
//! open the editor, run the examples, submit, reveal a hint, show the solution (asking first
//! when the problem is not solved) and cancel a run; each becomes an effect for the runtime.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use swelearn_core::doc::{Highlighter, Line as DocLine, Options, layout};
use swelearn_core::problem::{CaseKind, Lang};
use swelearn_judge::{Mode, Progress, Report, TestResult};

use super::worker::Event;
use super::{PracticeAction, PracticeEffect, next_run};
use crate::code::{Entry, Status};
use crate::tui::action::Action;

/// Which pane has the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Statement,
    Results,
}

/// A judge run as the view shows it.
#[derive(Debug, Clone)]
pub struct RunView {
    pub run: u64,
    pub mode: Mode,
    pub lang: Lang,
    /// What the judge is doing ("compiling", ...), while it works.
    pub step: String,
    /// The tests planned, in order.
    pub planned: Vec<(CaseKind, usize)>,
    /// The tests finished, in order.
    pub results: Vec<TestResult>,
    /// The report, once the run ended well.
    pub report: Option<Arc<Report>>,
    /// Why judging could not happen.
    pub error: Option<String>,
    pub cancelled: bool,
    /// Ticks while running, for the spinner.
    pub ticks: usize,
    /// What recording the attempt said.
    pub recorded: Option<String>,
}

impl RunView {
    pub fn running(&self) -> bool {
        self.report.is_none() && self.error.is_none() && !self.cancelled
    }
}

pub struct ProblemView {
    pub entry: Box<Entry>,
    pub lang: Lang,
    pub status: Status,
    /// The solution file for `lang`.
    pub path: PathBuf,
    /// Hints revealed so far, and how many there are.
    pub hints: Vec<String>,
    /// Whether showing the solution asks first (not solved, or a new round under way).
    pub solution_asks: bool,
    /// The reference solution shown: its language and code (none when it has none in it).
    pub solution: Option<(Lang, Option<String>)>,
    /// Waiting for Enter to show the solution.
    pub confirm_solution: bool,
    pub run: Option<RunView>,
    pub pane: Pane,
    /// The statement laid out, and the width it was laid out for.
    pub lines: Vec<DocLine>,
    pub width: usize,
    pub height: usize,
    pub scroll: usize,
    /// Scroll of the results pane.
    pub results_scroll: usize,
    pub highlight: Option<Highlighter>,
}

impl ProblemView {
    pub fn new(entry: Entry, lang: Lang, status: Status, path: PathBuf) -> ProblemView {
        let mut v = ProblemView {
            entry: Box::new(entry),
            lang,
            status,
            path,
            hints: Vec::new(),
            solution_asks: status != Status::Solved,
            solution: None,
            confirm_solution: false,
            run: None,
            pane: Pane::Statement,
            lines: Vec::new(),
            width: 78,
            height: 20,
            scroll: 0,
            results_scroll: 0,
            highlight: None,
        };
        v.layout();
        v
    }

    pub fn id(&self) -> &str {
        &self.entry.problem.id
    }

    /// The statement, the hints shown and the solution shown, as one Markdown document.
    pub fn markdown(&self) -> String {
        let p = &self.entry.problem;
        let mut md = p.statement_markdown();
        if !self.hints.is_empty() {
            md.push_str("\n## Hints\n\n");
            for (i, h) in self.hints.iter().enumerate() {
                let _ = writeln!(md, "{}. {}", i + 1, h.trim());
            }
        }
        if let Some((lang, code)) = &self.solution {
            md.push_str("\n## Solution\n\n");
            md.push_str(p.solution.trim());
            md.push_str("\n\n");
            match code {
                Some(code) => {
                    let fence = if code.contains("```") { "~~~~" } else { "```" };
                    let _ = writeln!(
                        md,
                        "{fence}{}\n{}\n{fence}",
                        fence_lang(*lang),
                        code.trim_end()
                    );
                }
                None => {
                    let _ = writeln!(
                        md,
                        "*No reference solution in {} for this problem.*",
                        lang.title()
                    );
                }
            }
        }
        md
    }

    /// Lays the document out again (after a hint, the solution, or a new width).
    pub fn layout(&mut self) {
        let opts = Options {
            highlight: self.highlight,
            ..Options::new(self.width, true)
        };
        self.lines = layout(&self.markdown(), opts);
        self.scroll = self.scroll.min(self.lines.len().saturating_sub(1));
    }

    /// A new window size: the body's width and height.
    pub fn resize(&mut self, width: usize, height: usize) {
        self.height = height.max(1);
        let w = width.saturating_sub(2).clamp(10, 100);
        if w != self.width {
            self.width = w;
            self.layout();
        }
    }

    fn running(&self) -> bool {
        self.run.as_ref().is_some_and(RunView::running)
    }

    /// Handles a key; returns the effects to run, and whether the view should close.
    pub fn update(&mut self, action: &Action) -> (Vec<PracticeEffect>, bool, Option<String>) {
        let id = self.id().to_owned();
        let lang = self.lang;
        if self.confirm_solution {
            self.confirm_solution = false;
            return match action {
                Action::Open => (vec![PracticeEffect::Solution { id, lang }], false, None),
                _ => (
                    Vec::new(),
                    false,
                    Some("The solution stays hidden".to_owned()),
                ),
            };
        }
        let busy = || {
            (
                Vec::new(),
                false,
                Some("A run is under way: wait for it, or Esc to cancel it".to_owned()),
            )
        };
        match action {
            Action::Back => {
                if let Some(run) = self.run.as_mut().filter(|r| r.running()) {
                    run.cancelled = true;
                    let run = run.run;
                    return (
                        vec![PracticeEffect::Cancel { run }],
                        false,
                        Some("Run cancelled".to_owned()),
                    );
                }
                return (Vec::new(), true, None);
            }
            Action::Practice(p) => match p {
                PracticeAction::CycleLang => {
                    if self.running() {
                        return busy();
                    }
                    let langs = &self.entry.problem.languages;
                    if let Some(i) = langs.iter().position(|l| *l == self.lang) {
                        self.lang = langs[(i + 1) % langs.len()];
                    } else if let Some(first) = langs.first() {
                        self.lang = *first;
                    }
                    return (
                        Vec::new(),
                        false,
                        Some(format!("Language: {}", self.lang.title())),
                    );
                }
                PracticeAction::Edit => {
                    return (vec![PracticeEffect::Edit { id, lang }], false, None);
                }
                PracticeAction::RunExamples | PracticeAction::Submit => {
                    if self.running() {
                        return busy();
                    }
                    let mode = if *p == PracticeAction::Submit {
                        Mode::Submit
                    } else {
                        Mode::Test
                    };
                    let run = next_run();
                    self.run = Some(RunView {
                        run,
                        mode,
                        lang,
                        step: "starting".to_owned(),
                        planned: Vec::new(),
                        results: Vec::new(),
                        report: None,
                        error: None,
                        cancelled: false,
                        ticks: 0,
                        recorded: None,
                    });
                    self.pane = Pane::Results;
                    self.results_scroll = 0;
                    return (
                        vec![PracticeEffect::Judge {
                            id,
                            lang,
                            mode,
                            run,
                        }],
                        false,
                        None,
                    );
                }
                PracticeAction::Hint => {
                    self.pane = Pane::Statement;
                    return (vec![PracticeEffect::Hint { id, lang }], false, None);
                }
                PracticeAction::Solution => {
                    if self.solution_asks && self.solution.is_none() {
                        self.confirm_solution = true;
                        return (Vec::new(), false, None);
                    }
                    return (vec![PracticeEffect::Solution { id, lang }], false, None);
                }
                PracticeAction::TogglePane => {
                    self.pane = match self.pane {
                        Pane::Statement if self.run.is_some() => Pane::Results,
                        _ => Pane::Statement,
                    };
                }
                _ => {}
            },
            other => self.scroll_by(other),
        }
        (Vec::new(), false, None)
    }

    fn scroll_by(&mut self, action: &Action) {
        let (scroll, len) = match self.pane {
            Pane::Statement => (&mut self.scroll, self.lines.len()),
            Pane::Results => (
                &mut self.results_scroll,
                // The table, and room for a failure's details below it.
                self.run.as_ref().map_or(0, |r| r.planned.len() + 40),
            ),
        };
        let page = self.height.saturating_sub(2).max(1);
        let max = len.saturating_sub(self.height);
        *scroll = match action {
            Action::Down => (*scroll + 1).min(max),
            Action::Up => scroll.saturating_sub(1),
            Action::Scroll(n) if *n > 0 => (*scroll + n.unsigned_abs() as usize).min(max),
            Action::Scroll(n) => scroll.saturating_sub(n.unsigned_abs() as usize),
            Action::PageDown => (*scroll + page).min(max),
            Action::PageUp => scroll.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => max,
            _ => *scroll,
        };
    }

    /// What the runtime or the judge worker reports.
    pub fn receive(&mut self, action: &PracticeAction) -> Option<String> {
        match action {
            PracticeAction::HintShown(h) => {
                self.hints = self.entry.problem.hints[..h.number as usize].to_vec();
                self.layout();
                if let Some(line) = self.section_line("Hints") {
                    self.scroll = line;
                }
                return Some(if h.fresh {
                    format!("Hint {} of {} (recorded as a hint used)", h.number, h.total)
                } else {
                    format!("No more hints: all {} are shown", h.total)
                });
            }
            PracticeAction::SolutionShown { lang, code } => {
                self.solution = Some((*lang, code.clone()));
                self.solution_asks = false;
                self.pane = Pane::Statement;
                self.layout();
                if let Some(line) = self.section_line("Solution") {
                    self.scroll = line;
                }
            }
            PracticeAction::Judged(event) => self.judged(event),
            PracticeAction::Recorded {
                run,
                message,
                status,
            } => {
                self.status = *status;
                self.solution_asks = *status != Status::Solved;
                if let Some(r) = self.run.as_mut().filter(|r| r.run == *run) {
                    r.recorded = Some(message.clone());
                }
            }
            PracticeAction::Solved { path } => path.clone_into(&mut self.path),
            _ => {}
        }
        None
    }

    fn judged(&mut self, event: &Event) {
        let Some(run) = self.run.as_mut().filter(|r| r.run == event.run()) else {
            return;
        };
        if run.cancelled {
            return;
        }
        match event {
            Event::Progress { progress, .. } => match progress {
                Progress::Compiling => "compiling".clone_into(&mut run.step),
                Progress::Compiled { cached, .. } => {
                    if *cached {
                        "compiled (cached)"
                    } else {
                        "compiled"
                    }
                    .clone_into(&mut run.step);
                }
                Progress::Calibrating => {
                    "timing the reference on the large cases".clone_into(&mut run.step);
                }
                Progress::Planned(p) => {
                    run.planned.clone_from(p);
                    "running".clone_into(&mut run.step);
                }
                Progress::Test(t) => run.results.push((**t).clone()),
            },
            Event::Finished { outcome, .. } => match outcome {
                Ok(report) => {
                    run.results.clone_from(&report.tests);
                    run.report = Some(Arc::clone(report));
                }
                Err(e) => run.error = Some(e.clone()),
            },
        }
    }

    /// Advances the spinner.
    pub fn tick(&mut self) {
        if let Some(r) = self.run.as_mut().filter(|r| r.running()) {
            r.ticks += 1;
        }
    }

    /// The line a section of the laid-out document starts at.
    fn section_line(&self, title: &str) -> Option<usize> {
        self.lines.iter().position(|l| {
            matches!(l.kind, swelearn_core::doc::LineKind::Heading(_)) && l.text().contains(title)
        })
    }
}

/// The code fence's language for the highlighter.
fn fence_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Python => "python",
        Lang::Rust => "rust",
        Lang::Cpp => "cpp",
        Lang::Java => "java",
        Lang::JavaScript => "javascript",
        Lang::Go => "go",
    }
}
