//! Draws a lab: the parameters in a box (the selected one highlighted, the box scrolling to
//! keep it in view), then the results pane, scrolled: progress, the report (for the quorum lab
//! the verdict in colour and bold and a drawing of the replicas with the write set, the read
//! set and their overlap), a chart with labelled axes over the real ranges, and what the lab is
//! about. The pane is drawn whole off screen and its visible rows copied, so every part scrolls.

use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Borders, Chart as ChartWidget, Dataset, GraphType, Paragraph, Scrollbar,
    ScrollbarOrientation, ScrollbarState, Widget, Wrap,
};
use swelearn_core::labs::quorum::{Role, placement};
use swelearn_core::labs::{Chart, number};

use super::fit;
use crate::tui::app::App;
use crate::tui::keymap::Binding;
use crate::tui::lab::LabScreen;
use crate::tui::lab::view::{self, Kind, Part};
use crate::tui::theme::Theme;

pub fn render(app: &App, s: &LabScreen, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let head = format!(" Lab · {} · seed {}", s.lab.title, s.seed);
    frame.render_widget(
        Paragraph::new(fit(&head, usize::from(header.width))).style(t.header),
        header,
    );
    let size = (body.width, body.height + 2);
    let params = Rect {
        height: view::params_height(s.lab, size).min(body.height),
        ..body
    };
    render_params(t, s, frame, params);
    let pane = view::pane(s.lab, size);
    let pane = Rect {
        x: body.x + pane.x,
        y: body.y + params.height,
        ..pane
    }
    .intersection(body);
    render_pane(t, s, frame, pane);
}

fn render_params(t: &Theme, s: &LabScreen, frame: &mut Frame, area: Rect) {
    let rows = usize::from(area.height.saturating_sub(2)).max(1);
    let first = (s.selected + 1).saturating_sub(rows);
    let width = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> = s
        .lab
        .params
        .iter()
        .zip(&s.values)
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, (p, v))| {
            let style = if i == s.selected {
                t.selected
            } else {
                Style::new()
            };
            Line::from(Span::styled(
                fit(
                    &format!("{:<23} {:>14}  {}", p.label, p.show(*v), p.help),
                    width,
                ),
                style,
            ))
        })
        .collect();
    let keys = if s.lab.stepped {
        " ↑↓ choose · ←→ step · Enter type · Space next step · r reseed "
    } else {
        " ↑↓ choose · ←→ step · Enter type · r reseed "
    };
    let more = if s.lab.params.len() > rows {
        format!(" {}/{} ", s.selected + 1, s.lab.params.len())
    } else {
        String::new()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(keys, t.accent))
        .title_bottom(Line::from(Span::styled(more, t.dim)).right_aligned());
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn style(t: &Theme, kind: Kind) -> Style {
    match kind {
        Kind::Plain => Style::new(),
        Kind::Dim => t.dim,
        Kind::Heading => t.h3,
        Kind::Progress => t.accent.add_modifier(Modifier::BOLD),
        Kind::Warn => t.warn,
        Kind::Strong => t.easy.add_modifier(Modifier::BOLD),
        Kind::Eventual => t.medium.add_modifier(Modifier::BOLD),
    }
}

fn render_pane(t: &Theme, s: &LabScreen, frame: &mut Frame, pane: Rect) {
    if pane.width == 0 || pane.height == 0 {
        return;
    }
    let width = usize::from(pane.width);
    let parts = view::parts(s);
    let heights = view::heights(&parts, width, usize::from(pane.height));
    let total: usize = heights.iter().sum();
    // Drawn whole off screen (never taller than u16 rows), then the visible rows copied.
    let total_rows = total.min(usize::from(u16::MAX)) as u16;
    let mut page = Buffer::empty(Rect::new(0, 0, pane.width, total_rows));
    let mut y = 0u16;
    for (part, &h) in parts.iter().zip(&heights) {
        let h = h as u16;
        if y.saturating_add(h) > total_rows {
            break;
        }
        let area = Rect::new(0, y, pane.width, h);
        match part {
            Part::Text(kind, text) => {
                let mut style = style(t, *kind);
                if *kind == Kind::Plain && text.starts_with("Latency: ") {
                    style = t.dim;
                }
                // While a newer result computes, the one shown is for the previous values.
                if s.busy() && *kind != Kind::Progress {
                    style = t.dim;
                }
                Paragraph::new(text.as_str())
                    .style(style)
                    .wrap(Wrap { trim: false })
                    .render(area, &mut page);
            }
            Part::Gap => {}
            Part::Replicas { n, r, w } => replicas(t, *n, *r, *w, area, &mut page),
            Part::Chart(chart) => render_chart(t, chart, area, &mut page),
        }
        y += h;
    }
    let scroll = s.scroll.min(total.saturating_sub(usize::from(pane.height)));
    let buf = frame.buffer_mut();
    for row in 0..pane.height {
        let from = scroll + usize::from(row);
        if from >= usize::from(total_rows) {
            break;
        }
        for col in 0..pane.width {
            buf[(pane.x + col, pane.y + row)] = page[(col, from as u16)].clone();
        }
    }
    if total > usize::from(pane.height) {
        let mut state =
            ScrollbarState::new(total.saturating_sub(usize::from(pane.height))).position(scroll);
        let bar = Rect {
            x: pane.x + pane.width,
            width: 1,
            ..pane
        };
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .style(t.dim),
            bar.intersection(frame.area()),
            &mut state,
        );
    }
}

/// The replicas as cells, `W` in the write set, `R` in the read set, `B` in both.
fn replicas(t: &Theme, n: u32, r: u32, w: u32, area: Rect, buf: &mut Buffer) {
    let roles = placement(n, r, w);
    let (cell, per_row, rows) = view::replica_layout(roles.len(), usize::from(area.width));
    let role_style = |role: Role| match role {
        Role::Write => t.accent.add_modifier(Modifier::REVERSED | Modifier::BOLD),
        Role::Read => t.easy.add_modifier(Modifier::REVERSED | Modifier::BOLD),
        Role::Both => t.group.add_modifier(Modifier::REVERSED | Modifier::BOLD),
        Role::Neither => t.dim,
    };
    let letter = |role: Role| match role {
        Role::Write => 'W',
        Role::Read => 'R',
        Role::Both => 'B',
        Role::Neither => '·',
    };
    let mut lines: Vec<Line> = Vec::new();
    if cell == 3 {
        let mut cells = Vec::new();
        let mut numbers = String::new();
        for (i, &role) in roles.iter().enumerate() {
            cells.push(Span::styled(
                format!(" {} ", letter(role)),
                role_style(role),
            ));
            cells.push(Span::raw(" "));
            let _ = write!(numbers, "{:^3} ", i + 1);
        }
        lines.push(Line::from(cells));
        lines.push(Line::from(Span::styled(numbers, t.dim)));
    } else {
        for row in 0..rows {
            let start = row * per_row;
            let end = (start + per_row).min(roles.len());
            let mut spans = vec![Span::styled(format!("{:>3}-{:<4} ", start + 1, end), t.dim)];
            for (i, &role) in roles[start..end].iter().enumerate() {
                if i > 0 && i % 10 == 0 {
                    spans.push(Span::raw(" "));
                }
                spans.push(Span::styled(letter(role).to_string(), role_style(role)));
            }
            lines.push(Line::from(spans));
        }
    }
    Paragraph::new(lines).render(area, buf);
}

/// A number for an axis label with enough decimals to tell `lo` from `hi`.
fn axis_label(v: f64, lo: f64, hi: f64, percent: bool) -> String {
    let span = (hi - lo).abs().max(1e-12);
    let decimals = ((-span.log10()).ceil().clamp(0.0, 4.0) as usize + usize::from(span < 10.0))
        .max(usize::from(percent));
    let text = if v.fract() == 0.0 && v.abs() >= 1.0 && decimals == 0 {
        number(v)
    } else {
        let s = format!("{v:.decimals$}");
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            s
        }
    };
    if percent { format!("{text}%") } else { text }
}

/// A line chart filling `area`, its axes labelled with the data's real ranges.
fn render_chart(t: &Theme, chart: &Chart, area: Rect, buf: &mut Buffer) {
    let xs = chart.points.iter().map(|p| p.0);
    let ys = chart.points.iter().map(|p| p.1);
    let (x_lo, x_hi) = (
        xs.clone().fold(f64::INFINITY, f64::min),
        xs.fold(f64::NEG_INFINITY, f64::max),
    );
    let (mut y_lo, mut y_hi) = (
        ys.clone().fold(f64::INFINITY, f64::min),
        ys.fold(f64::NEG_INFINITY, f64::max),
    );
    if !x_lo.is_finite() || !y_lo.is_finite() {
        return;
    }
    if chart.y_percent {
        y_hi = 100.0;
    }
    if y_hi - y_lo < 1e-9 {
        y_lo -= 1.0;
        y_hi += 1.0;
    }
    let x_hi = if x_hi - x_lo < 1e-9 { x_lo + 1.0 } else { x_hi };
    let y_mid = f64::midpoint(y_lo, y_hi);
    let x_mid = f64::midpoint(x_lo, x_hi);
    let data = chart.points.clone();
    let dataset = Dataset::default()
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(t.accent)
        .data(&data);
    let x_labels =
        [x_lo, x_mid, x_hi].map(|v| Span::styled(axis_label(v, x_lo, x_hi, false), t.dim));
    let y_labels = [y_lo, y_mid, y_hi]
        .map(|v| Span::styled(axis_label(v, y_lo, y_hi, chart.y_percent), t.dim));
    ChartWidget::new(vec![dataset])
        .block(
            Block::default()
                .borders(Borders::TOP)
                .border_style(t.border)
                .title(Span::styled(chart.title.clone(), t.dim)),
        )
        .x_axis(
            Axis::default()
                .title(Span::styled(chart.x_label, t.dim))
                .bounds([x_lo, x_hi])
                .labels(x_labels),
        )
        .y_axis(
            Axis::default()
                .title(Span::styled(chart.y_label, t.dim))
                .bounds([y_lo, y_hi])
                .labels(y_labels),
        )
        .render(area.inner(Margin::new(0, 0)), buf);
}

/// The prompt for a typed value, in the footer, when one is open.
pub fn prompt_line(app: &App) -> Option<Line<'static>> {
    let Some(crate::tui::app::Screen::Lab(s)) = app.stack.last() else {
        return None;
    };
    let prompt = s.prompt.as_ref()?;
    let t = &app.theme;
    let p = &s.lab.params[s.selected];
    let range = if p.choices.is_empty() {
        format!("{} to {}", p.show(p.min), p.show(p.max))
    } else {
        p.choices.join(", ")
    };
    let mut spans = vec![
        Span::styled(format!(" {} ({range}): ", p.label), t.key),
        Span::styled(format!("{}▏", prompt.text), t.footer),
    ];
    match &prompt.error {
        Some(e) => spans.push(Span::styled(format!("  {e}"), t.warn)),
        None => spans.push(Span::styled("  Enter set · Esc cancel", t.footer)),
    }
    Some(Line::from(spans))
}

/// Whether the footer offers a binding here: Space only where it steps.
pub fn offers(app: &App, b: &Binding) -> bool {
    match app.stack.last() {
        Some(crate::tui::app::Screen::Lab(s)) if app.overlay.is_none() => {
            b.action != crate::tui::action::Action::Reveal || s.lab.stepped
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests;
