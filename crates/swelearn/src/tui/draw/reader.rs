//! Draws the reader: title, section and position in the header; the laid-out topic below, with
//! in-topic matches highlighted and diagrams shifted when scrolled sideways.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use swelearn_core::doc::{Line as DocLine, LineKind};

use super::fit;
use crate::tui::app::App;
use crate::tui::reader::{MARGIN, Reader};
use crate::tui::theme::Theme;

pub fn render(app: &App, r: &Reader, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let total = r.rendered.lines.len();
    let pct = if total <= r.height {
        100
    } else {
        (r.scroll + r.height).min(total) * 100 / total
    };
    let state = app.state(&r.topic.id);
    let marks = format!(
        "{}{}",
        if state.read_at.is_some() { " ✓" } else { "" },
        if state.bookmarked { " ★" } else { "" }
    );
    let section = r
        .current_section()
        .map(|s| format!(" › {s}"))
        .unwrap_or_default();
    let right = format!("{pct}% ");
    let left = fit(
        &format!(" {}{marks}{section}", r.topic.title),
        usize::from(header.width).saturating_sub(right.len() + 1),
    );
    let pad =
        usize::from(header.width).saturating_sub(swelearn_core::text::width(&left) + right.len());
    frame.render_widget(
        Paragraph::new(format!("{left}{}{right}", " ".repeat(pad))).style(t.header),
        header,
    );

    let height = usize::from(body.height);
    let mut lines = Vec::with_capacity(height);
    for (i, line) in r
        .rendered
        .lines
        .iter()
        .enumerate()
        .skip(r.scroll)
        .take(height)
    {
        let marks: Vec<(usize, usize, bool)> = r
            .matches
            .iter()
            .enumerate()
            .filter(|(_, m)| m.line == i)
            .map(|(k, m)| (m.start, m.end, k == r.current))
            .collect();
        let skip = if line.kind == LineKind::Code {
            r.hscroll
        } else {
            0
        };
        lines.push(styled(line, t, &marks, skip));
    }
    let inner = Rect {
        x: body.x + MARGIN as u16,
        width: body.width.saturating_sub(2 * MARGIN as u16),
        ..body
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A laid-out line in the theme's styles, with matches marked and `skip` columns cut on the left.
pub fn styled(
    line: &DocLine,
    theme: &Theme,
    marks: &[(usize, usize, bool)],
    skip: usize,
) -> Line<'static> {
    if marks.is_empty() && skip == 0 {
        return Line::from(
            line.spans
                .iter()
                .map(|s| Span::styled(s.text.clone(), theme.doc(s.style)))
                .collect::<Vec<_>>(),
        );
    }
    let mut cells: Vec<(char, Style)> = Vec::new();
    for s in &line.spans {
        let style = theme.doc(s.style);
        cells.extend(s.text.chars().map(|c| (c, style)));
    }
    for &(start, end, current) in marks {
        for cell in cells.iter_mut().take(end).skip(start) {
            cell.1 = if current {
                theme.current_mark
            } else {
                theme.mark
            };
        }
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut style = None;
    for (c, s) in cells.into_iter().skip(skip) {
        if style.is_some_and(|st| st != s) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(s);
        text.push(c);
    }
    if !text.is_empty() {
        spans.push(Span::styled(text, style.unwrap_or_default()));
    }
    Line::from(spans)
}
