//! Draws the overlays: help (every key binding, from the keymap table), the search palette and
//! the pickers, each in a bordered box centred over the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::fit;
use crate::tui::app::App;
use crate::tui::keymap::{Context, bindings};
use crate::tui::overlay::{Picker, PickerKind};
use crate::tui::palette::Palette;

/// A box of at most `w` x `h` centred in `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn frame_box<'a>(app: &App, title: &'a str) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border)
        .title(Span::styled(format!(" {title} "), app.theme.accent))
}

pub fn help(app: &App, scroll: usize, frame: &mut Frame, body: Rect) {
    let area = centered(body, 72, body.height);
    let inner_w = usize::from(area.width.saturating_sub(2));
    let mut lines = Vec::new();
    for ctx in [
        Context::Global,
        Context::Home,
        Context::Reader,
        Context::Review,
        Context::Lab,
        Context::Mock,
        Context::Practice,
        Context::Problem,
        Context::Plan,
        Context::Quiz,
        Context::Picker,
    ] {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(ctx.title(), app.theme.group)));
        for b in bindings().iter().filter(|b| b.context == ctx) {
            let text = fit(
                &format!("{:<20} {}", b.label, b.help),
                inner_w.saturating_sub(2),
            );
            let (keys, rest) =
                text.split_at(text.char_indices().nth(20).map_or(text.len(), |(i, _)| i));
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys}"), app.theme.accent),
                Span::raw(rest.to_owned()),
            ]));
        }
    }
    let max = lines
        .len()
        .saturating_sub(usize::from(area.height.saturating_sub(2)));
    frame.render_widget(Clear, area);
    let para = Paragraph::new(lines)
        .block(frame_box(app, "Keys (Esc to close)"))
        .scroll((scroll.min(max) as u16, 0));
    frame.render_widget(para, area);
}

pub fn palette(app: &App, p: &Palette, frame: &mut Frame, body: Rect) {
    let area = centered(body, 90, body.height.saturating_sub(2).max(3));
    let inner_w = usize::from(area.width.saturating_sub(2));
    let t = &app.theme;
    let mut lines = vec![Line::from(vec![Span::styled("› ", t.accent)])];
    lines[0]
        .spans
        .extend(p.input.spans(ratatui::style::Style::new()));
    if p.query.trim().is_empty() {
        lines.push(Line::from(Span::styled(
            "Type to search titles and text",
            t.dim,
        )));
    } else if p.titles.is_empty() && p.texts.is_empty() {
        lines.push(Line::from(Span::styled("No matches", t.dim)));
    }
    let selected = |i: usize| {
        if i == p.selected {
            t.selected
        } else {
            Style::new()
        }
    };
    if !p.titles.is_empty() {
        lines.push(Line::from(Span::styled("Titles", t.group)));
        for (i, item) in p.titles.iter().enumerate() {
            let doc = &app.catalog.docs[item.doc];
            lines.push(Line::from(Span::styled(
                fit(&format!("  {}", doc.title), inner_w),
                selected(i),
            )));
        }
    }
    if !p.texts.is_empty() {
        lines.push(Line::from(Span::styled("In the text", t.group)));
        for (k, item) in p.texts.iter().enumerate() {
            let i = p.titles.len() + k;
            let doc = &app.catalog.docs[item.doc];
            let section = item
                .section
                .as_deref()
                .map(|s| format!(" › {s}"))
                .unwrap_or_default();
            lines.push(Line::from(Span::styled(
                fit(&format!("  {}{section}", doc.title), inner_w),
                selected(i),
            )));
            let mut spans = vec![Span::raw("    ")];
            let mut used = 4;
            for s in &item.snippet {
                let text = fit(&s.text, inner_w.saturating_sub(used));
                used += swelearn_core::text::width(&text);
                spans.push(Span::styled(
                    text,
                    if s.style.mark { t.mark } else { t.dim },
                ));
                if used >= inner_w {
                    break;
                }
            }
            lines.push(Line::from(spans));
        }
    }
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(frame_box(app, "Search")), area);
}

pub fn picker(app: &App, p: &Picker, frame: &mut Frame, body: Rect) {
    let header = u16::from(p.kind == PickerKind::Tags);
    let height = (p.items.len() as u16)
        .saturating_add(2 + header)
        .min(body.height);
    let area = centered(body, 60, height.max(3));
    let inner_w = usize::from(area.width.saturating_sub(2));
    let visible = usize::from(area.height.saturating_sub(2 + header)).max(1);
    let offset = p.selected.saturating_sub(visible - 1);
    let mut lines = Vec::new();
    if p.kind == PickerKind::Tags {
        let mut prompt = vec![Span::styled("› ", app.theme.accent)];
        prompt.extend(p.filter.spans(Style::new()));
        lines.push(Line::from(prompt));
    }
    for (k, &i) in p.shown.iter().enumerate().skip(offset).take(visible) {
        let style = if k == p.selected {
            app.theme.selected
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(
            fit(&format!(" {}", p.items[i].0), inner_w),
            style,
        )));
    }
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(frame_box(app, p.title)), area);
}
