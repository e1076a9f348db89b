//! Collects the inline content of a paragraph, heading or table cell as styled spans.

use super::{Span, Style};

/// The spans gathered so far and the stack of open styles.
#[derive(Debug, Default)]
pub struct Inline {
    spans: Vec<Span>,
    stack: Vec<Style>,
    links: Vec<(String, usize)>,
}

impl Inline {
    fn current(&self) -> Style {
        self.stack.last().copied().unwrap_or_default()
    }

    /// Adds text in the current style.
    pub fn text(&mut self, text: &str) {
        let style = self.current();
        self.spans.push(Span::new(text, style));
    }

    /// Adds text in the current style changed by `f`.
    pub fn push(&mut self, text: &str, f: impl FnOnce(&mut Style)) {
        let mut style = self.current();
        f(&mut style);
        self.spans.push(Span::new(text, style));
    }

    /// A line break inside a paragraph.
    pub fn hard_break(&mut self) {
        self.spans.push(Span::new("\n", self.current()));
    }

    /// Opens a style for the following text.
    pub fn open(&mut self, f: impl FnOnce(&mut Style)) {
        let mut style = self.current();
        f(&mut style);
        self.stack.push(style);
    }

    pub fn close(&mut self) {
        self.stack.pop();
    }

    /// Opens a link; its URL is shown after the text when it says something the text does not.
    pub fn open_link(&mut self, url: &str) {
        self.links.push((url.to_owned(), self.spans.len()));
        self.open(|s| s.link = true);
    }

    pub fn close_link(&mut self) {
        self.close();
        if let Some((url, start)) = self.links.pop() {
            let text: String = self.spans[start..]
                .iter()
                .map(|s| s.text.as_str())
                .collect();
            if !url.is_empty() && text.trim() != url && !url.starts_with('#') {
                let style = Style {
                    dim: true,
                    ..self.current()
                };
                // A link to a coding problem names the problem, not its URL scheme.
                let shown = match crate::problem::links::target(&url) {
                    Some(id) => format!(" (problem: {id})"),
                    None => format!(" ({url})"),
                };
                self.spans.push(Span::new(shown, style));
            }
        }
    }

    /// Takes the collected spans, merging neighbours of the same style.
    pub fn take(&mut self) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for span in self.spans.drain(..) {
            match out.last_mut() {
                Some(last) if last.style == span.style => last.text.push_str(&span.text),
                _ => out.push(span),
            }
        }
        out
    }
}
