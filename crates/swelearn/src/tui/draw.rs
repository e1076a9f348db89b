//! Rendering: reads the app and draws a frame, nothing else. A header, the top screen, a footer
//! with the keys that matter here, and any overlay; below the minimum size, a message instead.

mod home;
mod lab;
mod mock;
mod page;
mod popups;
mod practice;
mod quiz;
mod reader;
mod review;
mod stats;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use swelearn_core::text::fit;

use super::app::{App, MIN_SIZE, Screen};
use super::keymap::{Context, bindings};
use super::overlay::Overlay;

/// Draws the whole frame.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(app, frame, area);
        return;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    match app.stack.last() {
        Some(Screen::Reader(r)) => reader::render(app, r, frame, header, body),
        Some(Screen::Review(r)) => review::render(app, r, frame, header, body),
        Some(Screen::Stats(s)) => stats::render(app, s, frame, header, body),
        Some(Screen::Lab(l)) => lab::render(app, l, frame, header, body),
        Some(Screen::Mock(m)) => mock::render(app, m, frame, header, body),
        Some(Screen::Practice(p)) => practice::render_list(app, p, frame, header, body),
        Some(Screen::Problem(v)) => practice::render_problem(app, v, frame, header, body),
        Some(Screen::Page(p)) => page::render(app, p, frame, header, body),
        Some(Screen::Quiz(q)) => quiz::render(app, q, frame, header, body),
        _ => home::render(app, frame, header, body),
    }
    render_footer(app, frame, footer);
    match &app.overlay {
        Some(Overlay::Help { scroll }) => popups::help(app, *scroll, frame, body),
        Some(Overlay::Palette(p)) => popups::palette(app, p, frame, body),
        Some(Overlay::Picker(p)) => popups::picker(app, p, frame, body),
        Some(Overlay::Find(_)) | None => {}
    }
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let text = format!(
        "Terminal too small: need {}x{}, have {}x{}",
        MIN_SIZE.0, MIN_SIZE.1, area.width, area.height
    );
    let para = Paragraph::new(text)
        .style(app.theme.warn)
        .wrap(Wrap { trim: true });
    frame.render_widget(para, area);
}

/// The footer: a status message, the find prompt, or the keys of the focused context.
fn render_footer(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let line = if let Some(prompt) = lab::prompt_line(app) {
        prompt
    } else if let Some(prompt) = page::prompt_line(app) {
        prompt
    } else if let Some(line) = mock::footer_line(app) {
        line
    } else if let Some(line) = practice::footer_line(app) {
        line
    } else if let Some(Overlay::Find(q)) = &app.overlay {
        let mut spans = vec![Span::styled(" Find: ", t.key)];
        spans.extend(q.spans(t.footer));
        spans.push(Span::styled("  Enter search · Esc cancel", t.footer));
        Line::from(spans)
    } else if let Some(msg) = &app.status {
        Line::from(Span::styled(format!(" {msg}"), t.footer))
    } else {
        let (context, _) = app.context();
        Line::from(key_hints(app, context, usize::from(area.width)))
    };
    frame.render_widget(Paragraph::new(line).style(t.footer), area);
}

/// The footer's key hints for a context, in order of priority (back or quit first, then the
/// screen's own keys in the order of the keymap, then the other keys of every screen), each
/// whole: a hint that does not fit is left out rather than cut.
fn key_hints(app: &App, context: Context, width: usize) -> Vec<Span<'static>> {
    let t = &app.theme;
    let own = |b: &&super::keymap::Binding| b.footer && lab::offers(app, b) && page::offers(app, b);
    let global: Vec<_> = bindings()
        .iter()
        .filter(|b| b.context == Context::Global)
        .filter(own)
        .collect();
    let mut ordered: Vec<&super::keymap::Binding> = Vec::new();
    if context != Context::Picker {
        ordered.extend(global.iter().take(1));
    }
    ordered.extend(
        bindings()
            .iter()
            .filter(|b| b.context == context)
            .filter(own),
    );
    if context != Context::Picker {
        ordered.extend(global.iter().skip(1));
    }
    let mut spans = vec![Span::styled(" ", t.footer)];
    let mut used = 1;
    for b in ordered {
        let key = b.label.split(' ').next().unwrap_or(b.label);
        let help = if context == Context::Home && b.action == super::action::Action::Back {
            "quit"
        } else {
            b.help.split(['(', '/']).next().unwrap_or(b.help).trim()
        };
        let hint = swelearn_core::text::width(key) + 1 + swelearn_core::text::width(help);
        if used + hint > width {
            continue;
        }
        used += hint + 2;
        spans.push(Span::styled(key.to_owned(), t.key));
        spans.push(Span::styled(format!(" {help}  "), t.footer));
    }
    spans
}

/// A line whose readiness shades (· ░ ▒ ▓ █) are coloured from weak to strong.
fn shaded(line: &str, theme: &super::theme::Theme) -> Line<'static> {
    let style = |c: char| match c {
        '·' => Some(theme.dim),
        '░' => Some(theme.hard),
        '▒' => Some(theme.medium),
        '▓' => Some(theme.accent),
        '█' => Some(theme.easy),
        _ => None,
    };
    let mut spans = Vec::new();
    let mut text = String::new();
    let mut current = None;
    for c in line.chars() {
        let s = style(c);
        if s != current && !text.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                current.unwrap_or_default(),
            ));
        }
        current = s;
        text.push(c);
    }
    if !text.is_empty() {
        spans.push(Span::styled(text, current.unwrap_or_default()));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests;
