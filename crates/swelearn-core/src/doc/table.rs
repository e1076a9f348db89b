//! Lays out a Markdown table: columns sized to their content, shrunk to fit the width with the
//! cell text wrapped inside its column.

use pulldown_cmark::{Alignment, Event, Tag, TagEnd};

use super::inline::Inline;
use super::wrap::wrap;
use super::{Line, LineKind, Span, Style};
use crate::text::width;

/// A table being collected from Markdown events.
#[derive(Debug, Default)]
pub struct Table {
    aligns: Vec<Alignment>,
    rows: Vec<Vec<Vec<Span>>>,
    header_rows: usize,
    in_head: bool,
    cell: Inline,
}

impl Table {
    pub fn new(aligns: Vec<Alignment>) -> Self {
        Self {
            aligns,
            ..Self::default()
        }
    }

    pub fn event(&mut self, event: Event) {
        match event {
            Event::Start(Tag::TableHead) => {
                self.in_head = true;
                self.rows.push(Vec::new());
            }
            Event::End(TagEnd::TableHead) => {
                self.in_head = false;
                self.header_rows = self.rows.len();
            }
            Event::Start(Tag::TableRow) => self.rows.push(Vec::new()),
            Event::End(TagEnd::TableCell) => {
                let spans = self.cell.take();
                if let Some(row) = self.rows.last_mut() {
                    row.push(spans);
                }
            }
            Event::Start(Tag::Emphasis) => self.cell.open(|s| s.italic = true),
            Event::Start(Tag::Strong) => self.cell.open(|s| s.bold = true),
            Event::Start(Tag::Link { dest_url, .. }) => self.cell.open_link(&dest_url),
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => self.cell.close(),
            Event::End(TagEnd::Link) => self.cell.close_link(),
            Event::Text(t) => self.cell.text(&t),
            Event::Code(t) => self.cell.push(&t, |s| s.code = true),
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.cell.push(t.trim(), |s| s.math = true);
            }
            Event::SoftBreak | Event::HardBreak => self.cell.text(" "),
            _ => {}
        }
    }

    /// The table as lines at most `max` columns wide (when that is possible at all).
    pub fn layout(&self, max: usize, unicode: bool) -> Vec<Line> {
        let ncols = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        if ncols == 0 {
            return Vec::new();
        }
        let natural: Vec<usize> = (0..ncols)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|cell| cell.iter().map(|s| width(&s.text)).sum::<usize>())
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect();
        let widths = fit(&natural, max.saturating_sub(3 * ncols + 1));
        let (v, h, cross) = if unicode {
            ("│", "─", "┼")
        } else {
            ("|", "-", "+")
        };
        let frame = Style {
            dim: true,
            ..Style::default()
        };
        let mut out = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            let wrapped: Vec<Vec<Vec<Span>>> = (0..ncols)
                .map(|c| {
                    row.get(c)
                        .map_or_else(|| vec![Vec::new()], |cell| wrap(cell, widths[c], false))
                })
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
            for l in 0..height {
                let mut spans = vec![Span::new(format!("{v} "), frame)];
                for c in 0..ncols {
                    let cell: &[Span] = wrapped[c].get(l).map_or(&[], Vec::as_slice);
                    let w: usize = cell.iter().map(|s| width(&s.text)).sum();
                    let pad = widths[c].saturating_sub(w);
                    let (left, right) = match self.aligns.get(c) {
                        Some(Alignment::Right) => (pad, 0),
                        Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                        _ => (0, pad),
                    };
                    spans.push(Span::plain(" ".repeat(left)));
                    for s in cell {
                        let mut s = s.clone();
                        if r < self.header_rows {
                            s.style.bold = true;
                        }
                        spans.push(s);
                    }
                    spans.push(Span::plain(" ".repeat(right)));
                    spans.push(Span::new(
                        if c + 1 == ncols {
                            format!(" {v}")
                        } else {
                            format!(" {v} ")
                        },
                        frame,
                    ));
                }
                out.push(Line {
                    spans,
                    kind: LineKind::Text,
                });
            }
            if r + 1 == self.header_rows {
                let rule: Vec<String> = widths.iter().map(|w| h.repeat(w + 2)).collect();
                out.push(Line {
                    spans: vec![Span::new(format!("{v}{}{v}", rule.join(cross)), frame)],
                    kind: LineKind::Text,
                });
            }
        }
        out
    }
}

/// Shrinks column widths to a total budget, taking from the widest columns first.
fn fit(natural: &[usize], budget: usize) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let min = 6;
    while widths.iter().sum::<usize>() > budget {
        let Some((i, &w)) = widths.iter().enumerate().max_by_key(|(_, w)| **w) else {
            break;
        };
        if w <= min {
            break;
        }
        widths[i] = w - 1;
    }
    widths
}
