//! Draws the mock interview: the clock and phase in the header, the interviewer's expectations,
//! the scratchpad; at the end, the rubric beside the reference design.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::fit;
use crate::tui::app::App;
use crate::tui::mock::MockScreen;

pub fn render(app: &App, m: &MockScreen, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let elapsed = m.elapsed(app.now);
    let total: f64 = m.phases.iter().map(|p| p.minutes).sum();
    let phase = m.phases.get(m.phase);
    let phase_left = phase.map_or(0.0, |p| {
        p.minutes - (app.now - m.phase_started_at).max(0) as f64 / 60.0
    });
    let head = match phase {
        Some(p) => format!(
            " Mock · {} · {} · {}/{} {} · {:.0}:{:02} of {:.0} min · {:+.1} min left in phase",
            m.kind,
            m.title,
            m.phase + 1,
            m.phases.len(),
            p.name,
            elapsed.floor(),
            ((elapsed.fract()) * 60.0) as u32,
            total,
            phase_left
        ),
        None => format!(
            " Mock · {} · {} · done in {:.1} min · score {}%",
            m.kind,
            m.title,
            elapsed,
            m.score()
        ),
    };
    frame.render_widget(
        Paragraph::new(fit(&head, usize::from(header.width))).style(if phase_left < 0.0 {
            t.warn.patch(t.header)
        } else {
            t.header
        }),
        header,
    );
    if let Some(ticks) = &m.assessing {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(body);
        let lines: Vec<Line> = m
            .rubric
            .iter()
            .zip(ticks)
            .enumerate()
            .map(|(i, (item, on))| {
                let style = if i == m.cursor {
                    t.selected
                } else {
                    ratatui::style::Style::new()
                };
                Line::from(Span::styled(
                    format!(
                        "{} {}",
                        if *on { "[x]" } else { "[ ]" },
                        item.replace("**", "")
                    ),
                    style,
                ))
            })
            .collect();
        let title = format!(" Rubric: space ticks, Enter saves · {}% ", m.score());
        frame.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: false }).block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(t.border)
                    .title(Span::styled(title, t.accent)),
            ),
            left,
        );
        let text = format!(
            "Your notes:\n{}\n\nReference design:\n{}",
            m.scratchpad.trim(),
            m.reference
        );
        frame.render_widget(
            Paragraph::new(text).block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(t.border),
            ),
            right,
        );
        return;
    }
    let prompts_h = phase.map_or(0, |p| {
        p.prompts.len() as u16 + 2 + u16::from(!m.asked.is_empty())
    });
    let [prompts, pad] = Layout::vertical([
        Constraint::Length(prompts_h.min(body.height / 2)),
        Constraint::Min(1),
    ])
    .areas(body);
    if let Some(p) = phase {
        let mut lines: Vec<Line> = p
            .prompts
            .iter()
            .map(|x| Line::from(Span::styled(format!("• {x}"), t.dim)))
            .collect();
        if let Some(f) = m.asked.last() {
            lines.push(Line::from(vec![
                Span::styled("Interviewer: ", t.warn),
                Span::raw(f.clone()),
            ]));
        }
        let title = format!(" {} · what the interviewer expects ", p.name);
        frame.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: true }).block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(t.border)
                    .title(Span::styled(title, t.accent)),
            ),
            prompts,
        );
    }
    let saved = if m.dirty { "unsaved" } else { "saved" };
    let keys = format!(" Scratchpad ({saved}) · type notes · Tab next phase · Esc end ");
    let height = usize::from(pad.height.saturating_sub(2));
    let lines: Vec<&str> = m.scratchpad.split('\n').collect();
    let shown = lines[lines.len().saturating_sub(height)..].join("\n");
    frame.render_widget(
        Paragraph::new(format!("{shown}▏")).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(Span::styled(keys, t.accent)),
        ),
        pad,
    );
}
