//! Draws the statistics screen: due cards and the 30-day forecast, the last 16 weeks of reviews
//! as a heatmap, true retention, time studied and mastery per category, as terminal charts.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::fit;
use crate::study::stats::Stats;
use crate::tui::app::App;

pub fn render(app: &App, s: &Stats, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    frame.render_widget(
        Paragraph::new(fit(
            " Study statistics (q to go back)",
            usize::from(header.width),
        ))
        .style(t.header),
        header,
    );
    let w = usize::from(body.width.saturating_sub(2));
    let mut lines = vec![
        Line::from(vec![
            Span::styled("Due now ", t.dim),
            Span::styled(s.due_today.to_string(), t.accent),
            Span::styled(
                format!("  · new waiting {} · cards {}", s.new_available, s.cards),
                t.dim,
            ),
        ]),
        Line::default(),
        Line::from(Span::styled("Next 30 days", t.h3)),
        Line::from(Span::styled(
            swelearn_core::text::sparkline_counts(&s.forecast),
            t.accent,
        )),
        Line::default(),
        Line::from(Span::styled("Reviews, last 16 weeks", t.h3)),
    ];
    for row in s.heatmap_rows() {
        lines.push(Line::from(Span::styled(row, t.accent)));
    }
    lines.push(Line::default());
    let retention = s.true_retention.map_or_else(
        || "not enough reviews yet".to_owned(),
        |r| format!("{:.1}% of {} reviews", r * 100.0, s.retention_reviews),
    );
    lines.push(Line::from(vec![
        Span::styled("True retention (30 days) ", t.dim),
        Span::raw(retention),
    ]));
    lines.push(Line::from(vec![
        Span::styled("Studied ", t.dim),
        Span::raw(format!(
            "{:.0} min in the last 16 weeks · {} reviews in all",
            s.minutes_studied, s.total_reviews
        )),
    ]));
    if let Some(days) = s.streak {
        lines.push(Line::from(vec![
            Span::styled("Streak ", t.dim),
            Span::raw(format!("{days} day(s)")),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "Mastery (mean probability of recall)",
        t.h3,
    )));
    let bar_w = w.saturating_sub(30).clamp(5, 30);
    for m in &s.categories {
        let filled = (m.mastery.clamp(0.0, 1.0) * bar_w as f32).round() as usize;
        lines.push(Line::from(vec![
            Span::raw(format!("{:<15} ", fit(&m.title, 15))),
            Span::styled("█".repeat(filled), t.accent),
            Span::styled("·".repeat(bar_w - filled), t.dim),
            Span::raw(format!(" {:>5.1}%", m.mastery * 100.0)),
        ]));
    }
    let inner = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    frame.render_widget(Paragraph::new(lines), inner);
}
