//! The search palette: as the user types, topics whose titles fuzzy-match (nucleo-matcher),
//! your notes that hold every word typed, and full-text hits with the section they matched in
//! and a snippet.

use swelearn_core::catalog::Catalog;
use swelearn_core::doc::Span;
use swelearn_core::search::snippet;

use super::action::Action;
use super::source::TopicSource;

/// Title matches shown.
const TITLE_HITS: usize = 5;
/// Full-text hits shown.
const TEXT_HITS: usize = 8;

/// One result row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub doc: usize,
    /// The section to open at (full-text hits).
    pub section: Option<String>,
    pub snippet: Vec<Span>,
}

#[derive(Debug, Clone, Default)]
pub struct Palette {
    pub query: String,
    /// The prompt being typed into (`query` is its text).
    pub input: super::edit::Prompt,
    pub titles: Vec<Item>,
    pub texts: Vec<Item>,
    /// Your notes (catalog index, text), searched too: a hit opens the topic at its note.
    pub notes: Vec<(usize, String)>,
    /// Index over titles then texts.
    pub selected: usize,
}

impl Palette {
    fn len(&self) -> usize {
        self.titles.len() + self.texts.len()
    }

    /// The selected result: its topic and section.
    pub fn chosen(&self) -> Option<(usize, Option<String>)> {
        let item = if self.selected < self.titles.len() {
            self.titles.get(self.selected)
        } else {
            self.texts.get(self.selected - self.titles.len())
        };
        item.map(|i| (i.doc, i.section.clone()))
    }

    pub fn update(&mut self, action: &Action, catalog: &Catalog, source: &dyn TopicSource) {
        match action {
            Action::Input(_) | Action::Backspace | Action::Edit(_) | Action::Paste(_)
                if self.input.apply(action) =>
            {
                self.input.text().clone_into(&mut self.query);
                self.refresh(catalog, source);
            }
            Action::Down | Action::Scroll(1..) => {
                self.selected = (self.selected + 1).min(self.len().saturating_sub(1));
            }
            Action::Up | Action::Scroll(i32::MIN..=-1) => {
                self.selected = self.selected.saturating_sub(1);
            }
            _ => {}
        }
    }

    /// Recomputes the results for the query.
    pub fn refresh(&mut self, catalog: &Catalog, source: &dyn TopicSource) {
        self.selected = 0;
        self.titles.clear();
        self.texts.clear();
        if self.query.trim().is_empty() {
            return;
        }
        let ranked = swelearn_core::fuzzy::rank(
            &self.query,
            catalog.docs.iter().map(|d| d.title.as_str()).enumerate(),
        );
        self.titles = ranked
            .into_iter()
            .take(TITLE_HITS)
            .map(|(doc, _)| Item {
                doc,
                section: None,
                snippet: Vec::new(),
            })
            .collect();
        let words: Vec<String> = self
            .query
            .to_lowercase()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        for (doc, note) in &self.notes {
            let lower = note.to_lowercase();
            if !words.iter().all(|w| lower.contains(w.as_str())) {
                continue;
            }
            let line = note
                .lines()
                .find(|l| l.to_lowercase().contains(words[0].as_str()))
                .unwrap_or_default();
            let line = swelearn_core::sanitize::clean(line.trim());
            self.texts.push(Item {
                doc: *doc,
                section: Some("Your note".to_owned()),
                snippet: vec![Span::plain(swelearn_core::text::fit(&line, 72))],
            });
        }
        for hit in catalog.search(&self.query).into_iter().take(TEXT_HITS) {
            let doc = hit.doc as usize;
            let Some(meta) = catalog.docs.get(doc) else {
                continue;
            };
            let snip = source
                .load(meta)
                .ok()
                .and_then(|t| snippet(&t, &self.query, 16));
            let (section, snippet) =
                snip.map_or((None, Vec::new()), |s| (Some(s.section), s.spans));
            self.texts.push(Item {
                doc,
                section,
                snippet,
            });
        }
    }
}
