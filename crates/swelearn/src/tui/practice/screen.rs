//! How the app routes the practice screens' keys and reports: the list and the problem view on
//! the screen stack, the pickers of the list's filters, the reader's problem links, and the
//! runtime's and the judge's reports delivered to the problem view they belong to (even under a
//! popup or another screen).

use super::{PracticeAction, PracticeEffect, PracticeScreen, ProblemView, links};
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Screen};
use crate::tui::overlay::{Overlay, Picker, PickerKind};

impl PracticeAction {
    /// Whether it reports on an effect (rather than being a key).
    pub fn is_report(&self) -> bool {
        matches!(
            self,
            PracticeAction::HintShown(_)
                | PracticeAction::SolutionShown { .. }
                | PracticeAction::Judged(_)
                | PracticeAction::Recorded { .. }
                | PracticeAction::Solved { .. }
        )
    }
}

impl App {
    /// Opens the list of problems.
    pub fn open_practice(&mut self, screen: PracticeScreen) {
        let mut screen = screen;
        screen.fit(self.practice_height());
        self.stack.push(Screen::Practice(Box::new(screen)));
    }

    /// Opens a problem's view.
    pub fn open_problem(&mut self, view: ProblemView) {
        let mut view = view;
        view.highlight = crate::highlight::for_theme(self.theme.name);
        view.resize(usize::from(self.size.0), self.body_height());
        view.layout();
        self.overlay = None;
        self.stack.push(Screen::Problem(Box::new(view)));
    }

    /// New statuses for the list.
    pub fn practice_rows(&mut self, rows: &[crate::code::Row]) {
        for screen in &mut self.stack {
            if let Screen::Practice(p) = screen {
                p.set_rows(rows.to_vec());
            }
        }
    }

    /// Rows of the list: the body less its column header.
    pub fn practice_height(&self) -> usize {
        self.body_height().saturating_sub(1).max(1)
    }

    pub(crate) fn practice_filter(&mut self, pattern: bool, value: String) {
        let height = self.practice_height();
        if let Some(Screen::Practice(p)) = self.stack.last_mut() {
            p.set_choice(pattern, value);
            p.fit(height);
        }
    }

    /// Hands a report to the problem views (and says what it means in the footer).
    pub(crate) fn practice_report(&mut self, report: &PracticeAction) {
        for screen in &mut self.stack {
            let view = match screen {
                Screen::Problem(v) => v,
                Screen::Mock(m) => match m.coding.as_mut() {
                    Some(v) => v,
                    None => continue,
                },
                _ => continue,
            };
            if let Some(message) = view.receive(report) {
                self.status = Some(message);
            }
        }
        if let PracticeAction::Recorded { message, .. } = report {
            self.status = Some(message.clone());
        }
    }

    /// Keys of the list or the problem view on top.
    pub(crate) fn update_practice(&mut self, action: Action) -> Vec<Effect> {
        let height = self.practice_height();
        match self.stack.last_mut() {
            Some(Screen::Practice(p)) => {
                let (pattern, title) = match action {
                    Action::Back if !p.searching => {
                        self.stack.pop();
                        return Vec::new();
                    }
                    Action::Practice(PracticeAction::PickPattern) => (true, "Filter by pattern"),
                    Action::PickTag => (false, "Filter by tag"),
                    other => {
                        return p
                            .update(&other, height)
                            .map(Effect::Practice)
                            .into_iter()
                            .collect();
                    }
                };
                let items = p
                    .choices(pattern)
                    .into_iter()
                    .map(|c| (c.clone(), c))
                    .collect();
                let kind = if pattern {
                    PickerKind::ProblemPattern
                } else {
                    PickerKind::ProblemTag
                };
                self.overlay = Some(Overlay::Picker(Picker::new(kind, title, items)));
                Vec::new()
            }
            Some(Screen::Problem(v)) => {
                if action == Action::Tick {
                    v.tick();
                    return Vec::new();
                }
                let (effects, close, message) = v.update(&action);
                if let Some(m) = message {
                    self.status = Some(m);
                }
                if close {
                    self.stack.pop();
                    if matches!(self.stack.last(), Some(Screen::Practice(_))) {
                        return vec![Effect::Practice(PracticeEffect::RefreshList)];
                    }
                }
                effects.into_iter().map(Effect::Practice).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Enter in the reader: the problem link in view opens its problem; several in view, or
    /// none in view but some in the topic, are offered in a picker.
    pub(crate) fn follow_problem_link(&mut self) -> Vec<Effect> {
        let Some(r) = self.reader() else {
            return Vec::new();
        };
        let visible = links::in_view(r);
        let all = links::all(r);
        match (visible.as_slice(), all.is_empty()) {
            ([(_, id)], _) => vec![Effect::Practice(PracticeEffect::OpenProblem {
                id: id.clone(),
            })],
            ([], true) => {
                self.status = Some("This topic links no coding problems".to_owned());
                Vec::new()
            }
            _ => {
                let items = if visible.is_empty() { all } else { visible };
                self.overlay = Some(Overlay::Picker(Picker::new(
                    PickerKind::Problems,
                    "Practise a problem",
                    items,
                )));
                Vec::new()
            }
        }
    }
}
