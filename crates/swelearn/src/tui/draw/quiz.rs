//! Draws the quiz screen: the question, its options with the cursor and ticks, and once
//! answered which options were right, the verdict and the explanation; at the end, the score.
//! Topic text is cleaned of control sequences before it is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use swelearn_core::sanitize::clean;

use super::stats::title_line;
use crate::tui::app::App;
use crate::tui::quiz::QuizScreen;

pub fn render(app: &App, q: &QuizScreen, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let progress = format!(
        "{} of {} · {} right",
        (q.index + 1).min(q.items.len()),
        q.items.len(),
        q.right
    );
    frame.render_widget(
        Paragraph::new(title_line(
            &format!(" Quiz: {} (q to go back)", clean(&q.title)),
            Some(&progress),
            usize::from(header.width),
        ))
        .style(t.header),
        header,
    );
    let inner = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    let Some(item) = q.current() else {
        let pct = if q.asked == 0 {
            0.0
        } else {
            f64::from(q.right) * 100.0 / f64::from(q.asked)
        };
        let lines = vec![
            Line::from(Span::styled("Quiz done", t.h3)),
            Line::default(),
            Line::from(format!("Score: {}/{} ({pct:.0}%)", q.right, q.asked)),
            Line::from(Span::styled(
                "Wrong answers brought their topic's cards forward for review.",
                t.dim,
            )),
            Line::default(),
            Line::from(Span::styled("Enter or q goes back", t.dim)),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        return;
    };
    let question = &item.asked.question;
    let many = question.options.iter().filter(|o| o.correct).count() > 1;
    let mut lines = vec![
        Line::from(Span::styled(clean(&item.asked.title), t.dim)),
        Line::from(vec![
            Span::styled(clean(&question.question), t.h3),
            Span::styled(if many { " (choose all that apply)" } else { "" }, t.dim),
        ]),
        Line::default(),
    ];
    let mut cursor_line = 0;
    for (k, &o) in item.order.iter().enumerate() {
        let option = &question.options[o];
        let ticked = q.chosen.contains(&k);
        let mark = match q.answered {
            None => if ticked { "[x]" } else { "[ ]" }.to_owned(),
            Some(_) if option.correct => "[✓]".to_owned(),
            Some(_) if ticked => "[✗]".to_owned(),
            Some(_) => "[ ]".to_owned(),
        };
        let style = if k == q.cursor && q.answered.is_none() {
            t.selected
        } else if q.answered.is_some() && option.correct {
            t.easy
        } else if q.answered.is_some() && ticked {
            t.hard
        } else {
            ratatui::style::Style::new()
        };
        if k == q.cursor {
            cursor_line = lines.len();
        }
        lines.push(Line::from(Span::styled(
            format!("{mark} {}) {}", k + 1, clean(&option.text)),
            style,
        )));
    }
    match q.answered {
        None => {}
        Some(right) => {
            lines.push(Line::default());
            lines.push(if right {
                Line::from(Span::styled("✓ Right.", t.easy))
            } else {
                Line::from(Span::styled("✗ Not quite.", t.hard))
            });
            lines.push(Line::from(clean(&question.explanation)));
            lines.push(Line::default());
            lines.push(Line::from(Span::styled("Enter: next question", t.dim)));
        }
    }
    // Keep the cursor's option in view when the question is long or the window small.
    let before = Paragraph::new(lines[..=cursor_line].to_vec())
        .wrap(Wrap { trim: false })
        .line_count(inner.width);
    let scroll = before.saturating_sub(usize::from(inner.height));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        inner,
    );
}
