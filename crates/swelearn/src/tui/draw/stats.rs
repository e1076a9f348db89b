//! Draws the statistics screen: due cards and the 30-day forecast, the last 16 weeks of reviews
//! as a heatmap, true retention, time studied and mastery per category, as terminal charts,
//! scrolled with a position in the header and a scrollbar when they do not fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::fit;
use crate::tui::app::App;
use crate::tui::stats::{StatsScreen, lines, position};

pub fn render(app: &App, s: &StatsScreen, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let height = usize::from(body.height);
    let lines = lines(&s.stats, t, usize::from(body.width.saturating_sub(2)));
    let len = lines.len();
    let scroll = s.scroll.min(len.saturating_sub(height));
    frame.render_widget(
        Paragraph::new(title_line(
            " Study statistics (q to go back)",
            position(scroll, len, height).as_deref(),
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
    frame.render_widget(
        Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        inner,
    );
    scrollbar(app, frame, body, scroll, len);
}

/// A title with a note (a position) at the right edge; the title is cut first when both do
/// not fit, so where the user is stays shown.
pub fn title_line(title: &str, right: Option<&str>, width: usize) -> String {
    let right_w = right.map_or(0, |r| swelearn_core::text::width(r) + 2);
    let Some(right) = right.filter(|_| right_w + 4 <= width) else {
        return fit(title, width);
    };
    let title = fit(title, width - right_w);
    let gap = width - right_w - swelearn_core::text::width(&title) + 1;
    format!("{title}{}{right} ", " ".repeat(gap))
}

/// A scrollbar at the body's right edge when `len` lines do not fit.
pub fn scrollbar(app: &App, frame: &mut Frame, body: Rect, scroll: usize, len: usize) {
    let height = usize::from(body.height);
    if len <= height {
        return;
    }
    let mut state = ScrollbarState::new(len.saturating_sub(height)).position(scroll);
    frame.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .style(app.theme.dim),
        body,
        &mut state,
    );
}
