//! The reader: a topic laid out for the window's width, scrolled vertically (and sideways for
//! diagrams wider than the window), with in-topic search and section jumps.

use std::rc::Rc;

use swelearn_core::Topic;
use swelearn_core::doc::{Highlighter, LineKind, Options};
use swelearn_core::render::{Rendered, render_topic_with};

use super::action::Action;

/// Columns kept free on each side of the text.
pub const MARGIN: usize = 1;

mod quiz;

/// A match of the in-topic search: line, and start and end in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

pub struct Reader {
    pub topic: Rc<Topic>,
    /// The user's note on the topic, shown after its header.
    pub note: String,
    pub rendered: Rendered,
    /// Width the topic was laid out for.
    pub width: usize,
    /// Rows of text visible.
    pub height: usize,
    /// First visible line.
    pub scroll: usize,
    /// Columns diagrams and code are shifted left by.
    pub hscroll: usize,
    pub query: String,
    pub matches: Vec<Match>,
    pub current: usize,
    /// Colours for code blocks with a language.
    pub highlight: Option<Highlighter>,
    /// Which quiz questions show their answer (all hidden at first).
    pub revealed: Vec<bool>,
}

impl Reader {
    pub fn new(
        topic: Rc<Topic>,
        width: usize,
        height: usize,
        highlight: Option<Highlighter>,
    ) -> Reader {
        let text_width = text_width(width);
        let revealed = vec![false; topic.quiz.len()];
        let rendered = render_topic_with(
            &topic,
            Options {
                highlight,
                ..Options::new(text_width, true)
            },
            None,
            Some(&revealed),
        );
        Reader {
            note: String::new(),
            topic,
            rendered,
            width: text_width,
            height: height.max(1),
            scroll: 0,
            hscroll: 0,
            query: String::new(),
            matches: Vec::new(),
            current: 0,
            highlight,
            revealed,
        }
    }

    /// Lays the topic out again for a new window size, keeping the reading position.
    pub fn relayout(&mut self, width: usize, height: usize) {
        self.height = height.max(1);
        let text_width = text_width(width);
        if text_width != self.width {
            let old_len = self.rendered.lines.len().max(1);
            self.width = text_width;
            self.layout();
            self.scroll = self.scroll * self.rendered.lines.len() / old_len;
            let q = std::mem::take(&mut self.query);
            self.find(&q);
        }
        self.clamp();
    }

    /// Lays the topic out, with the user's note after its header.
    fn layout(&mut self) {
        let opts = Options {
            highlight: self.highlight,
            ..Options::new(self.width, true)
        };
        self.rendered = render_topic_with(&self.topic, opts, None, Some(&self.revealed));
        swelearn_core::render::insert_note(&mut self.rendered, &self.note, opts);
    }

    /// Shows the user's note (after an edit too), keeping the place and the search.
    pub fn set_note(&mut self, note: &str) {
        if note == self.note {
            return;
        }
        note.clone_into(&mut self.note);
        self.layout();
        let q = std::mem::take(&mut self.query);
        self.find(&q);
        self.clamp();
    }

    fn max_scroll(&self) -> usize {
        self.rendered.lines.len().saturating_sub(self.height)
    }

    /// Jumps may put a late section at the top, past the last full page; scrolling never goes
    /// further than that.
    fn clamp(&mut self) {
        self.scroll = self.scroll.min(self.rendered.lines.len().saturating_sub(1));
    }

    /// Scrolls down by `n` lines, but not past the last page (unless a jump already did).
    fn down(&mut self, n: usize) {
        let limit = self.max_scroll().max(self.scroll);
        self.scroll = self.scroll.saturating_add(n).min(limit);
    }

    pub fn scroll_to(&mut self, line: usize) {
        self.scroll = line.min(self.max_scroll());
    }

    /// Jumps to a line (a section heading), putting it at the top.
    pub fn jump(&mut self, line: usize) {
        self.scroll = line;
        self.clamp();
    }

    /// Jumps to the section with this title.
    pub fn jump_to_section(&mut self, title: &str) {
        if let Some(&(_, line)) = self.rendered.sections.iter().find(|(t, _)| t == title) {
            self.jump(line);
        }
    }

    /// The section the top of the window is in.
    pub fn current_section(&self) -> Option<&str> {
        self.rendered
            .sections
            .iter()
            .rev()
            .find(|(_, l)| *l <= self.scroll)
            .map(|(t, _)| t.as_str())
    }

    /// The widest code line, for sideways scrolling.
    fn widest_code(&self) -> usize {
        self.rendered
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Code)
            .map(swelearn_core::doc::Line::width)
            .max()
            .unwrap_or(0)
    }

    /// Searches the topic (case-insensitive); returns the number of matches and moves to the
    /// first one at or after the top of the window.
    pub fn find(&mut self, query: &str) -> usize {
        query.clone_into(&mut self.query);
        self.matches.clear();
        self.current = 0;
        let needle: Vec<char> = query.to_lowercase().chars().collect();
        if needle.is_empty() {
            return 0;
        }
        for (i, line) in self.rendered.lines.iter().enumerate() {
            let hay: Vec<char> = line.text().to_lowercase().chars().collect();
            let mut at = 0;
            while at + needle.len() <= hay.len() {
                if hay[at..at + needle.len()] == needle[..] {
                    self.matches.push(Match {
                        line: i,
                        start: at,
                        end: at + needle.len(),
                    });
                    at += needle.len();
                } else {
                    at += 1;
                }
            }
        }
        if let Some(first) = self.matches.iter().position(|m| m.line >= self.scroll) {
            self.current = first;
        }
        self.show_current();
        self.matches.len()
    }

    fn show_current(&mut self) {
        if let Some(m) = self.matches.get(self.current)
            && (m.line < self.scroll || m.line >= self.scroll + self.height)
        {
            self.scroll_to(m.line.saturating_sub(self.height / 3));
        }
    }

    pub fn update(&mut self, action: &Action) {
        let page = self.height.saturating_sub(2).max(1);
        match action {
            Action::Down => self.down(1),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Scroll(n) if *n > 0 => self.down(n.unsigned_abs() as usize),
            Action::Scroll(n) => {
                self.scroll = self.scroll.saturating_sub(n.unsigned_abs() as usize);
            }
            Action::PageDown => self.down(page),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(page),
            Action::Top => self.scroll = 0,
            Action::Bottom => self.scroll = self.max_scroll(),
            Action::Right => {
                self.hscroll = (self.hscroll + 8).min(
                    self.widest_code()
                        .saturating_sub(self.width.min(self.widest_code())),
                );
            }
            Action::Left => self.hscroll = self.hscroll.saturating_sub(8),
            Action::NextSection => {
                if let Some(&(_, l)) = self
                    .rendered
                    .sections
                    .iter()
                    .find(|(_, l)| *l > self.scroll)
                {
                    self.jump(l);
                }
            }
            Action::PrevSection => {
                if let Some((_, l)) = self
                    .rendered
                    .sections
                    .iter()
                    .rev()
                    .find(|(_, l)| *l < self.scroll)
                {
                    self.scroll = *l;
                }
            }
            Action::NextMatch if !self.matches.is_empty() => {
                self.current = (self.current + 1) % self.matches.len();
                self.show_current();
            }
            Action::PrevMatch if !self.matches.is_empty() => {
                self.current = (self.current + self.matches.len() - 1) % self.matches.len();
                self.show_current();
            }
            _ => {}
        }
        self.clamp();
    }
}

/// The width text is laid out in for a window width.
fn text_width(window: usize) -> usize {
    window.saturating_sub(2 * MARGIN).clamp(10, 100)
}
