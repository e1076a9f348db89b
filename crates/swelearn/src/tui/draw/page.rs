//! Draws the plan and readiness pages: each row wrapped to the width, the row under the cursor
//! highlighted and kept in view, its position in the header; on the plan, the interview-date
//! prompt in the footer with what is wrong with the date typed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::stats::{scrollbar, title_line};
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::keymap::Binding;
use crate::tui::page::{Page, PageKind};

pub fn render(app: &App, p: &Page, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let inner = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    let rows: Vec<Paragraph> = p
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut line = super::shaded(&row.text, t);
            if i == p.cursor {
                line = line.style(t.selected);
            }
            Paragraph::new(line).wrap(Wrap { trim: false })
        })
        .collect();
    let heights: Vec<usize> = rows
        .iter()
        .map(|r| r.line_count(inner.width).max(1))
        .collect();
    let height = usize::from(body.height);
    let first = first_shown(&heights, p.cursor, height);
    let position = (p.rows.len() > 1).then(|| format!("row {} of {}", p.cursor + 1, p.rows.len()));
    frame.render_widget(
        Paragraph::new(title_line(
            &format!(" {} (q to go back)", p.title),
            position.as_deref(),
            usize::from(header.width),
        ))
        .style(t.header),
        header,
    );
    let mut y = 0usize;
    for (row, h) in rows.into_iter().zip(&heights).skip(first) {
        if y >= height {
            break;
        }
        let h = (*h).min(height - y);
        let area = Rect {
            y: inner.y + y as u16,
            height: h as u16,
            ..inner
        };
        frame.render_widget(row, area);
        y += h;
    }
    let total: usize = heights.iter().sum();
    let above: usize = heights[..first.min(heights.len())].iter().sum();
    scrollbar(app, frame, body, above, total);
}

/// The first row to draw so the cursor's row is in view: from the top while it fits, else with
/// the cursor's row at the bottom.
fn first_shown(heights: &[usize], cursor: usize, height: usize) -> usize {
    let mut first = 0;
    let mut used: usize = heights.iter().take(cursor + 1).sum();
    while used > height && first < cursor {
        used -= heights[first];
        first += 1;
    }
    first
}

/// The footer while the interview date is typed.
pub fn prompt_line(app: &App) -> Option<Line<'static>> {
    let Some(Screen::Page(p)) = app.stack.last() else {
        return None;
    };
    let prompt = p.prompt.as_ref()?;
    let t = &app.theme;
    let mut spans = vec![Span::styled(" Interview date: ", t.key)];
    spans.extend(prompt.spans(t.footer));
    match &p.error {
        Some(e) => spans.push(Span::styled(format!("  {e}"), t.warn)),
        None => spans.push(Span::styled(
            "  YYYY-MM-DD · Enter set · Esc cancel",
            t.footer,
        )),
    }
    Some(Line::from(spans))
}

/// Whether the footer offers a binding here: the interview date only on the plan.
pub fn offers(app: &App, b: &Binding) -> bool {
    match app.stack.last() {
        Some(Screen::Page(p)) => b.action != Action::InterviewDate || p.kind == PageKind::Plan,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::first_shown;

    #[test]
    fn the_cursor_row_stays_in_view() {
        let heights = [1, 2, 1, 3, 1, 1];
        assert_eq!(first_shown(&heights, 2, 5), 0);
        assert_eq!(first_shown(&heights, 3, 5), 2, "rows 2-3 take 4 of 5");
        assert_eq!(first_shown(&heights, 5, 5), 3);
        assert_eq!(first_shown(&heights, 0, 0), 0);
    }
}
