//! Greedy word wrapping of styled spans to a column width; words wider than the width are split,
//! or kept whole on a line of their own when the caller asks (see `Options::keep_words`).

use unicode_width::UnicodeWidthChar;

use super::Span;
use crate::text::width;

/// Wraps spans into lines of at most `max` columns. A `\n` in a span forces a break. A word
/// wider than `max` is split, or with `keep_words` put whole on a line of its own.
pub fn wrap(spans: &[Span], max: usize, keep_words: bool) -> Vec<Vec<Span>> {
    let max = max.max(1);
    let mut lines: Vec<Vec<Span>> = vec![Vec::new()];
    let mut col = 0;
    // Whitespace seen since the last word, emitted only if another word follows on the line.
    let mut pending_space: Option<Span> = None;
    for span in spans {
        for (i, part) in span.text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
                col = 0;
                pending_space = None;
            }
            for piece in split_words(part) {
                if piece.chars().all(char::is_whitespace) {
                    if col > 0 {
                        pending_space = Some(Span::new(" ", span.style));
                    }
                    continue;
                }
                let w = width(piece);
                let space = usize::from(pending_space.is_some());
                if col > 0 && col + space + w > max {
                    lines.push(Vec::new());
                    col = 0;
                    pending_space = None;
                }
                if let Some(sp) = pending_space.take() {
                    push(lines.last_mut(), sp);
                    col += 1;
                }
                if col + w <= max || keep_words {
                    push(lines.last_mut(), Span::new(piece, span.style));
                    col += w;
                } else {
                    for chunk in hard_split(piece, max, col) {
                        if col > 0 && col + width(&chunk) > max {
                            lines.push(Vec::new());
                            col = 0;
                        }
                        col += width(&chunk);
                        push(lines.last_mut(), Span::new(chunk, span.style));
                    }
                }
            }
        }
    }
    lines
}

fn push(line: Option<&mut Vec<Span>>, span: Span) {
    let Some(line) = line else { return };
    match line.last_mut() {
        Some(last) if last.style == span.style => last.text.push_str(&span.text),
        _ => line.push(span),
    }
}

/// Splits text into alternating runs of whitespace and non-whitespace.
fn split_words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_ws = None;
    for (i, c) in text.char_indices() {
        let ws = c.is_whitespace();
        if prev_ws.is_some_and(|p| p != ws) {
            out.push(&text[start..i]);
            start = i;
        }
        prev_ws = Some(ws);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Cuts a word wider than the line into pieces; the first fits the space left on the line.
fn hard_split(word: &str, max: usize, col: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0;
    let mut limit = max.saturating_sub(col).max(1);
    for c in word.chars() {
        let w = c.width().unwrap_or(0);
        if cur_w + w > limit && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
            cur_w = 0;
            limit = max;
        }
        cur.push(c);
        cur_w += w;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
