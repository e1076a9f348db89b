//! Draws the library: a header with progress, a line of the active filters when there are any,
//! then topics grouped by category.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use swelearn_core::duration::format_minutes;

use super::fit;
use crate::tui::app::App;
use crate::tui::home::Row;

pub fn render(app: &App, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let home = app.home();
    let mut head = format!(" swelearn · {}", app.progress());
    if let Some(w) = &app.warning {
        head = format!(" ⚠ {w} · {}", head.trim_start());
    }
    frame.render_widget(
        Paragraph::new(fit(&head, usize::from(header.width))).style(if app.warning.is_some() {
            t.warn.patch(t.header)
        } else {
            t.header
        }),
        header,
    );

    let width = usize::from(body.width);
    let chips = home.chips();
    let body = if chips.is_empty() {
        body
    } else {
        // The active filters on a line of their own, so none is cut from the header.
        let hint = "  x clears";
        let mut spans = vec![Span::styled(" Showing: ", t.dim)];
        let mut used = 10 + hint.len();
        for (i, chip) in chips.iter().enumerate() {
            let sep = if i == 0 { "" } else { " · " };
            let room = width.saturating_sub(used + sep.len());
            if room < 2 {
                break;
            }
            let shown = fit(chip, room);
            used += sep.len() + swelearn_core::text::width(&shown);
            spans.push(Span::styled(sep, t.dim));
            spans.push(Span::styled(shown, t.accent));
        }
        spans.push(Span::styled(hint, t.dim));
        frame.render_widget(
            Paragraph::new(Line::from(spans)),
            Rect { height: 1, ..body },
        );
        Rect {
            y: body.y + 1,
            height: body.height.saturating_sub(1),
            ..body
        }
    };
    if home.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(" No topics match these filters: press x to clear them.").style(t.dim),
            body,
        );
        return;
    }
    let docs = &app.catalog.docs;
    let title_w = (width * 2 / 5).clamp(10, 48);
    let mut lines = Vec::new();
    for (i, row) in home
        .rows
        .iter()
        .enumerate()
        .skip(home.offset)
        .take(usize::from(body.height))
    {
        match row {
            Row::Group(cat) => {
                let count = home.rows[i + 1..]
                    .iter()
                    .take_while(|r| matches!(r, Row::Topic(_)))
                    .count();
                lines.push(Line::from(Span::styled(
                    fit(&format!(" {} ({count})", heading(cat.as_str())), width),
                    t.group,
                )));
            }
            Row::Topic(d) => {
                let doc = &docs[*d];
                let state = app.state(&doc.id);
                let mark = match (state.bookmarked, state.read_at.is_some()) {
                    (true, _) => "★",
                    (false, true) => "✓",
                    (false, false) => "·",
                };
                let selected = i == home.selected;
                let base = if selected { t.selected } else { Style::new() };
                let title = fit(&doc.title, title_w);
                let pad = " ".repeat(title_w.saturating_sub(swelearn_core::text::width(&title)));
                let mut spans = vec![
                    Span::styled(format!("  {mark} "), base.patch(t.accent)),
                    Span::styled(format!("{title}{pad}"), base),
                    Span::styled(
                        format!(" {:<6}", doc.difficulty.as_str()),
                        base.patch(t.difficulty(doc.difficulty)),
                    ),
                    Span::styled(
                        format!(" {:>7} ", format_minutes(doc.minutes)),
                        base.patch(t.dim),
                    ),
                    match app.due.get(&doc.id) {
                        Some(n) => Span::styled(format!("{n:>3} due "), base.patch(t.warn)),
                        None => Span::styled("        ", base),
                    },
                ];
                let used: usize = spans
                    .iter()
                    .map(|s| swelearn_core::text::width(&s.content))
                    .sum();
                let tags = fit(&doc.tags.join(", "), width.saturating_sub(used));
                let fill = width.saturating_sub(used + swelearn_core::text::width(&tags));
                spans.push(Span::styled(
                    format!("{tags}{}", " ".repeat(fill)),
                    base.patch(t.dim),
                ));
                lines.push(Line::from(spans));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// "system-design" -> "System design".
fn heading(name: &str) -> String {
    let text = name.replace('-', " ");
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}
