//! Draws the mock interview: the clock and phase in the header, the interviewer's expectations,
//! the scratchpad; at the end, the rubric beside the reference design.

use crate::tui::mock::end;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::fit;
use super::reader::styled;
use crate::tui::app::App;
use crate::tui::mock::{Ending, MockScreen, Pane, review_lines};

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
        let [left, right] = end::areas(body);
        let focused = |pane| {
            if m.focus == pane { t.accent } else { t.border }
        };
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
                Line::from(Span::styled(end::rubric_item(item, *on), style))
            })
            .collect();
        let title = format!(
            " Rubric {}/{} · {}% ",
            m.cursor + 1,
            m.rubric.len(),
            m.score()
        );
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((u16::try_from(m.rubric_scroll).unwrap_or(u16::MAX), 0))
                .block(
                    Block::default()
                        .borders(Borders::ALL)
                        .border_style(focused(Pane::Rubric))
                        .title(Span::styled(title, t.accent)),
                ),
            left,
        );
        let inner = right.width.saturating_sub(2);
        let all = review_lines(m, usize::from(inner));
        let height = usize::from(right.height.saturating_sub(2));
        let scroll = m.notes_scroll.min(all.len().saturating_sub(height));
        let shown: Vec<Line> = all
            .iter()
            .skip(scroll)
            .take(height)
            .map(|l| styled(l, t, &[], 0))
            .collect();
        let pct = if all.len() <= height {
            100
        } else {
            (scroll + height).min(all.len()) * 100 / all.len()
        };
        frame.render_widget(
            Paragraph::new(shown).block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(focused(Pane::Notes))
                    .title(Span::styled(" Notes and reference ", t.accent))
                    .title_bottom(Line::from(format!(" {pct}% ")).right_aligned()),
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
    let pad = match &m.coding {
        Some(v) => {
            let [problem, pad] =
                Layout::vertical([Constraint::Percentage(55), Constraint::Min(3)]).areas(pad);
            let what = match v.pane {
                crate::tui::practice::problem::Pane::Results if v.run.is_some() => "Last run",
                _ => "Problem",
            };
            let title = format!(
                " {what} · {} · Ctrl-O edit · Ctrl-R run examples · Ctrl-T switch · PgDn/PgUp ",
                v.lang.title()
            );
            let block = Block::default()
                .borders(Borders::ALL)
                .border_style(t.border)
                .title(Span::styled(
                    fit(&title, usize::from(problem.width)),
                    t.accent,
                ));
            let inner = block.inner(problem);
            frame.render_widget(
                Paragraph::new(super::practice::body_lines(app, v, inner.height)).block(block),
                problem,
            );
            pad
        }
        None => pad,
    };
    let saved = if m.dirty { "unsaved" } else { "saved" };
    let keys = format!(" Scratchpad ({saved}) · Tab next phase · Esc end ");
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(keys, t.accent));
    let inner = block.inner(pad);
    frame.render_widget(block, pad);
    frame.render_widget(&m.pad, inner);
}

/// The footer of the mock screen: its question when it asks one, else its keys.
pub fn footer_line(app: &App) -> Option<Line<'static>> {
    let Some(crate::tui::app::Screen::Mock(m)) = app.stack.last() else {
        return None;
    };
    if app.overlay.is_some() {
        return None;
    }
    let t = &app.theme;
    let (question, yes) = match (m.confirm, &m.assessing) {
        (Some(Ending::Early), _) => ("End the interview?", "assess".to_owned()),
        (Some(Ending::Unsaved), _) => ("Leave the rubric?", format!("save {}%", m.score())),
        (None, Some(_)) => {
            return Some(Line::from(vec![
                Span::styled(" Space", t.key),
                Span::styled(" tick  ", t.footer),
                Span::styled("Enter", t.key),
                Span::styled(" save  ", t.footer),
                Span::styled("Tab", t.key),
                Span::styled(" other pane  ", t.footer),
                Span::styled("j/k", t.key),
                Span::styled(" move  ", t.footer),
                Span::styled("Esc", t.key),
                Span::styled(" leave", t.footer),
            ]));
        }
        (None, None) => return None,
    };
    Some(Line::from(vec![
        Span::styled(format!(" {question} "), t.warn),
        Span::styled("Enter", t.key),
        Span::styled(format!(" {yes} · "), t.footer),
        Span::styled("a", t.key),
        Span::styled(" abandon, unscored · ", t.footer),
        Span::styled("Esc", t.key),
        Span::styled(" back", t.footer),
    ]))
}
