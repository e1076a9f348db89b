//! Popups drawn over a screen: help, the search palette, the find prompt, and pickers (table of
//! contents, related topics, tags) that choose one item from a list, optionally filtered by typing.

use super::action::Action;
use super::palette::Palette;

pub enum Overlay {
    Help {
        scroll: usize,
    },
    Palette(Palette),
    /// The in-topic search prompt and what has been typed.
    Find(super::edit::Prompt),
    Picker(Picker),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    Contents,
    Related,
    Tags,
    Labs,
    /// The practice screen's filters, and the problems a topic links to.
    ProblemPattern,
    ProblemTag,
    Problems,
    /// The kind of mock interview to start.
    MockKind,
}

/// A list of (label, value) to choose from.
#[derive(Debug, Clone)]
pub struct Picker {
    pub kind: PickerKind,
    pub title: &'static str,
    pub items: Vec<(String, String)>,
    /// What has been typed (for pickers that filter).
    pub filter: super::edit::Prompt,
    /// Indexes of the items shown, best first.
    pub shown: Vec<usize>,
    pub selected: usize,
}

impl Picker {
    pub fn new(kind: PickerKind, title: &'static str, items: Vec<(String, String)>) -> Picker {
        let shown = (0..items.len()).collect();
        Picker {
            kind,
            title,
            items,
            filter: super::edit::Prompt::default(),
            shown,
            selected: 0,
        }
    }

    /// The value of the selected item.
    pub fn chosen(&self) -> Option<String> {
        self.shown
            .get(self.selected)
            .map(|&i| self.items[i].1.clone())
    }

    pub fn update(&mut self, action: &Action) {
        match action {
            Action::Down | Action::Scroll(1..) => {
                self.selected = (self.selected + 1).min(self.shown.len().saturating_sub(1));
            }
            Action::Up | Action::Scroll(i32::MIN..=-1) => {
                self.selected = self.selected.saturating_sub(1);
            }
            Action::PageDown => {
                self.selected = (self.selected + 10).min(self.shown.len().saturating_sub(1));
            }
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::Input(_) | Action::Backspace | Action::Edit(_) | Action::Paste(_)
                if self.filter.apply(action) =>
            {
                self.refilter();
            }
            _ => {}
        }
    }

    fn refilter(&mut self) {
        self.selected = 0;
        let filter = self.filter.text();
        if filter.is_empty() {
            self.shown = (0..self.items.len()).collect();
            return;
        }
        let ranked = swelearn_core::fuzzy::rank(
            filter,
            self.items
                .iter()
                .map(|(label, _)| label.as_str())
                .enumerate(),
        );
        self.shown = ranked.into_iter().map(|(i, _)| i).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_filters_and_selection_stays_in_range() {
        let items = ["caching", "consistency", "replication"]
            .iter()
            .map(|t| ((*t).to_owned(), (*t).to_owned()))
            .collect();
        let mut p = Picker::new(PickerKind::Tags, "Tags", items);
        p.update(&Action::Down);
        p.update(&Action::Down);
        p.update(&Action::Down);
        assert_eq!(p.chosen().as_deref(), Some("replication"));
        for c in "repl".chars() {
            p.update(&Action::Input(c));
        }
        assert_eq!(p.shown.len(), 1);
        assert_eq!(p.chosen().as_deref(), Some("replication"));
        p.update(&Action::Input('z'));
        assert_eq!(p.chosen(), None);
    }
}
