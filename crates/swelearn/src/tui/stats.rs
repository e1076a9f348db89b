//! The statistics screen: the study statistics laid out as styled lines (the forecast, the
//! heatmap, retention, mastery), scrolled as a page so every part is reachable at any size.
//! Building the lines is pure; drawing them is `draw::stats`'s job.

use ratatui::text::{Line, Span};
use swelearn_core::text::fit;

use super::action::Action;
use super::theme::Theme;
use crate::study::stats::Stats;

/// The statistics and how far down they are scrolled.
pub struct StatsScreen {
    pub stats: Stats,
    /// The first line shown.
    pub scroll: usize,
}

impl StatsScreen {
    pub fn new(stats: Stats) -> StatsScreen {
        StatsScreen { stats, scroll: 0 }
    }

    /// Scrolls by a key over `height` visible rows; the last line never leaves the bottom.
    pub fn update(&mut self, action: &Action, height: usize) {
        let len = lines(&self.stats, &Theme::no_color(), 80).len();
        self.scroll = scrolled(self.scroll, action, len, height);
    }
}

/// The new first line after a scrolling key, for `len` lines shown `height` at a time.
pub fn scrolled(scroll: usize, action: &Action, len: usize, height: usize) -> usize {
    let height = height.max(1);
    let max = len.saturating_sub(height);
    let page = height.saturating_sub(1).max(1);
    let to = match action {
        Action::Down => scroll + 1,
        Action::Up => scroll.saturating_sub(1),
        Action::PageDown => scroll + page,
        Action::PageUp => scroll.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => max,
        Action::Scroll(n) => scroll.saturating_add_signed(*n as isize),
        _ => scroll,
    };
    to.min(max)
}

/// "lines 1-22 of 40" when the page does not fit, else nothing.
pub fn position(scroll: usize, len: usize, height: usize) -> Option<String> {
    (len > height).then(|| {
        let last = (scroll + height).min(len);
        format!("lines {}-{last} of {len}", scroll + 1)
    })
}

/// The statistics as lines, bars sized for `width` columns (the number of lines does not
/// depend on the width).
pub fn lines(s: &Stats, t: &Theme, width: usize) -> Vec<Line<'static>> {
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
    let bar_w = width.saturating_sub(30).clamp(5, 30);
    for m in &s.categories {
        let filled = (m.mastery.clamp(0.0, 1.0) * bar_w as f32).round() as usize;
        lines.push(Line::from(vec![
            Span::raw(format!("{:<15} ", fit(&m.title, 15))),
            Span::styled("█".repeat(filled), t.accent),
            Span::styled("·".repeat(bar_w - filled), t.dim),
            Span::raw(format!(" {:>5.1}%", m.mastery * 100.0)),
        ]));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolling_stops_at_both_ends_and_pages_keep_a_line_of_context() {
        let (len, h) = (40, 22);
        assert_eq!(scrolled(0, &Action::Up, len, h), 0);
        assert_eq!(scrolled(0, &Action::Down, len, h), 1);
        assert_eq!(
            scrolled(0, &Action::PageDown, len, h),
            18,
            "never past the end"
        );
        assert_eq!(scrolled(10, &Action::PageUp, len, h), 0);
        assert_eq!(scrolled(0, &Action::Bottom, len, h), 18);
        assert_eq!(scrolled(18, &Action::Top, len, h), 0);
        assert_eq!(scrolled(5, &Action::Scroll(-3), len, h), 2);
        assert_eq!(scrolled(0, &Action::Bottom, 10, h), 0, "a page that fits");
        assert_eq!(position(0, 10, h), None);
        assert_eq!(position(18, len, h).as_deref(), Some("lines 19-40 of 40"));
    }
}
