//! Draws the review screen: the card's prompt, then (revealed) its answer and the four rating
//! buttons with their intervals; at the end, the session's summary.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use swelearn_core::doc::{Options, layout};

use super::fit;
use super::reader::styled;
use crate::tui::app::App;
use crate::tui::review::ReviewScreen;

pub fn render(app: &App, r: &ReviewScreen, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let done = r.session.done.len();
    let left = r.session.queue.len();
    let head = format!(" Review · {} · {done} answered · {left} to go", r.title);
    frame.render_widget(
        Paragraph::new(fit(&head, usize::from(header.width))).style(t.header),
        header,
    );
    let width = usize::from(body.width.saturating_sub(4)).max(10);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(m) = &r.message {
        lines.push(Line::from(Span::styled(m.clone(), t.accent)));
        lines.push(Line::default());
    }
    let Some(item) = r.session.queue.front() else {
        let tally = r.session.tally();
        lines.push(Line::from(Span::styled("Session complete", t.h2)));
        lines.push(Line::default());
        lines.push(Line::from(format!(
            "{done} answered: Again {}, Hard {}, Good {}, Easy {}",
            tally[0], tally[1], tally[2], tally[3]
        )));
        lines.push(Line::from(Span::styled(
            "q returns to the library · u undoes the last answer",
            t.dim,
        )));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), pad(body));
        return;
    };
    let kind = if item.state.is_none() {
        "new card"
    } else {
        "review"
    };
    lines.push(Line::from(Span::styled(
        format!("{} · {kind}", item.topic_title),
        t.dim,
    )));
    lines.push(Line::default());
    lines.extend(
        layout(&item.card.prompt, Options::new(width, true))
            .iter()
            .map(|l| styled(l, t, &[], 0)),
    );
    lines.push(Line::default());
    if r.revealed {
        lines.push(Line::from(Span::styled(
            "─".repeat(width.min(60)),
            t.border,
        )));
        lines.extend(
            layout(&item.card.answer, Options::new(width, true))
                .iter()
                .map(|l| styled(l, t, &[], 0)),
        );
        lines.push(Line::default());
        let mut spans = Vec::new();
        for b in &r.buttons {
            spans.push(Span::styled(format!(" {b} "), t.key));
            spans.push(Span::raw("  "));
        }
        lines.push(Line::from(spans));
    } else {
        lines.push(Line::from(Span::styled("Space shows the answer", t.dim)));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), pad(body));
}

fn pad(area: Rect) -> Rect {
    Rect {
        x: area.x + 2,
        width: area.width.saturating_sub(4),
        y: area.y + u16::from(area.height > 4),
        height: area.height.saturating_sub(1),
    }
}
