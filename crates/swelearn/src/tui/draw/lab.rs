//! Draws a lab: the explanation and the topics that use it, the parameters with the selected one
//! highlighted, the report, and a chart when the lab has a series to plot.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Sparkline, Wrap};

use super::fit;
use crate::tui::app::App;
use crate::tui::lab::LabScreen;

pub fn render(app: &App, s: &LabScreen, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let head = format!(" Lab · {} · seed {}", s.lab.title, s.seed);
    frame.render_widget(
        Paragraph::new(fit(&head, usize::from(header.width))).style(t.header),
        header,
    );
    let params_h = (s.lab.params.len() as u16 + 2).min(body.height / 2).max(3);
    let chart = s
        .report
        .as_ref()
        .ok()
        .and_then(swelearn_core::labs::Report::chart);
    let chart_h = if chart.is_some() && body.height >= 28 {
        5
    } else {
        0
    };
    let [about, params, report, chart_area] = Layout::vertical([
        Constraint::Length(3.min(body.height / 4)),
        Constraint::Length(params_h),
        Constraint::Min(1),
        Constraint::Length(chart_h),
    ])
    .areas(body);
    let topics = if s.topics.is_empty() {
        String::new()
    } else {
        format!(" Topics: {}.", s.topics.join(", "))
    };
    frame.render_widget(
        Paragraph::new(format!("{}{topics}", s.lab.about))
            .style(t.dim)
            .wrap(Wrap { trim: true }),
        inset(about),
    );
    let width = usize::from(params.width.saturating_sub(4));
    let lines: Vec<Line> = s
        .lab
        .params
        .iter()
        .zip(&s.values)
        .enumerate()
        .map(|(i, (p, v))| {
            let style = if i == s.selected {
                t.selected
            } else {
                ratatui::style::Style::new()
            };
            Line::from(Span::styled(
                fit(
                    &format!("{:<24} {:>12}   {}", p.label, p.show(*v), p.help),
                    width,
                ),
                style,
            ))
        })
        .collect();
    let keys = if s.lab.stepped {
        " ↑↓ choose · ←→ change · space step · r reseed "
    } else {
        " ↑↓ choose · ←→ change · r reseed "
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(keys, t.accent));
    frame.render_widget(Paragraph::new(lines).block(block), params);
    let text: Vec<Line> = match &s.report {
        Ok(r) => r.text().into_iter().map(Line::from).collect(),
        Err(e) => vec![Line::from(Span::styled(e.clone(), t.warn))],
    };
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: false }),
        inset(report),
    );
    if let (Some((label, values)), true) = (chart, chart_h > 0) {
        // Scaled from the lowest value to the highest, so a curve from 97% to 100% still shows.
        let max = values.iter().copied().fold(f64::MIN, f64::max);
        let min = values.iter().copied().fold(f64::MAX, f64::min);
        let span = (max - min).max(1e-9);
        let data: Vec<u64> = values
            .iter()
            .map(|v| ((v - min) / span * 100.0).round() as u64 + 1)
            .collect();
        let spark = Sparkline::default()
            .block(
                Block::default()
                    .borders(Borders::TOP)
                    .border_style(t.border)
                    .title(Span::styled(label, t.dim)),
            )
            .data(&data)
            .style(t.accent);
        frame.render_widget(spark, inset(chart_area));
    }
}

fn inset(area: Rect) -> Rect {
    Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        ..area
    }
}
