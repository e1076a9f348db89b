//! Finds the section of a topic where a query matched best and cuts a short excerpt around the
//! first match, marking the matching words.

use super::tokenize::{Tokenizer, words};
use crate::doc::{Span, Style};
use crate::topic::Topic;

/// Where a topic matched: the section and an excerpt with the matches marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub section: String,
    pub spans: Vec<Span>,
}

impl Snippet {
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// The best excerpt of `topic` for `query`, about `max_words` words long.
pub fn snippet(topic: &Topic, query: &str, max_words: usize) -> Option<Snippet> {
    let mut tok = Tokenizer::default();
    let wanted: Vec<(String, String)> = words(query)
        .filter(|w| !Tokenizer::is_stop(w))
        .map(|w| {
            let stem = tok.stem(&w);
            (w, stem)
        })
        .collect();
    if wanted.is_empty() {
        return None;
    }
    let mut matches = |word: &str| {
        let lw = word.to_lowercase();
        let stem = tok.stem(&lw);
        wanted
            .iter()
            .any(|(w, s)| stem == *s || (w.chars().count() >= 3 && lw.starts_with(w.as_str())))
    };
    let mut best: Option<(usize, usize)> = None; // (matches, section index)
    let mut texts = Vec::new();
    for (i, section) in topic.sections.iter().enumerate() {
        let plain = strip_markup(&section.body);
        let count = plain
            .split_whitespace()
            .filter(|w| word_matches(w, &mut matches))
            .count();
        if count > 0 && best.is_none_or(|(c, _)| count > c) {
            best = Some((count, i));
        }
        texts.push(plain);
    }
    let (_, i) = best?;
    let tokens: Vec<&str> = texts[i].split_whitespace().collect();
    let first = tokens
        .iter()
        .position(|w| word_matches(w, &mut matches))
        .unwrap_or(0);
    let start = first.saturating_sub(max_words / 3);
    let end = (start + max_words).min(tokens.len());
    let mut spans: Vec<Span> = Vec::new();
    if start > 0 {
        spans.push(Span::plain("… "));
    }
    for (k, w) in tokens[start..end].iter().enumerate() {
        if k > 0 {
            spans.push(Span::plain(" "));
        }
        let style = Style {
            mark: word_matches(w, &mut matches),
            ..Style::default()
        };
        spans.push(Span::new(*w, style));
    }
    if end < tokens.len() {
        spans.push(Span::plain(" …"));
    }
    let mut merged: Vec<Span> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if last.style == s.style => last.text.push_str(&s.text),
            _ => merged.push(s),
        }
    }
    Some(Snippet {
        section: topic.sections[i].title.clone(),
        spans: merged,
    })
}

fn word_matches(token: &str, matches: &mut impl FnMut(&str) -> bool) -> bool {
    words(token).any(|w| matches(&w))
}

/// Markdown without the marks that would clutter an excerpt: code and diagram blocks, math
/// delimiters, emphasis and list or quote markers.
fn strip_markup(md: &str) -> String {
    let mut in_fence = false;
    let mut kept = Vec::new();
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if !in_fence {
            kept.push(line.trim_start_matches(['#', '>', ' ', '-', '*', '|']));
        }
    }
    kept.join(" ")
        .replace("**", "")
        .replace(['`', '$'], "")
        .replace("\\[", "")
        .replace("\\]", "")
        .replace("{{", "")
        .replace("}}", "")
}
