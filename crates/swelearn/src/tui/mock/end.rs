//! The end of a mock, laid out once for both `update` and drawing: where the two panes sit,
//! the rubric's wrapped items (so the list scrolls to keep the cursor in view), and your notes
//! beside the reference design, laid out like a topic.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use swelearn_core::doc::{self, Line as DocLine, Options};

use super::MockScreen;

/// The pane of the end screen that has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Rubric,
    Notes,
}

/// The rubric and the notes pane (with their borders) in the body.
pub fn areas(body: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body)
}

/// The body for a terminal of `size` (between header and footer).
fn body(size: (u16, u16)) -> Rect {
    Rect::new(0, 1, size.0, size.1.saturating_sub(2))
}

/// Rows of text inside a pane.
pub fn pane_height(size: (u16, u16)) -> u16 {
    areas(body(size))[0].height.saturating_sub(2)
}

/// Columns of text inside the notes pane.
pub fn pane_width(size: (u16, u16)) -> usize {
    usize::from(areas(body(size))[1].width.saturating_sub(2))
}

/// A rubric item as shown.
pub fn rubric_item(item: &str, ticked: bool) -> String {
    format!(
        "{} {}",
        if ticked { "[x]" } else { "[ ]" },
        swelearn_core::sanitize::clean(&item.replace("**", ""))
    )
}

/// Rows each rubric item takes, wrapped to `width`.
fn item_heights(m: &MockScreen, width: u16) -> Vec<usize> {
    m.rubric
        .iter()
        .map(|item| {
            Paragraph::new(Line::from(rubric_item(item, false)))
                .wrap(Wrap { trim: false })
                .line_count(width)
                .max(1)
        })
        .collect()
}

/// The rubric's scroll that shows the whole item under the cursor, moving as little as it can.
pub fn follow(m: &MockScreen, size: (u16, u16)) -> usize {
    let width = areas(body(size))[0].width.saturating_sub(2);
    let height = usize::from(pane_height(size)).max(1);
    let heights = item_heights(m, width);
    let top: usize = heights.iter().take(m.cursor).sum();
    let bottom = top + heights.get(m.cursor).copied().unwrap_or(1);
    let mut scroll = m.rubric_scroll;
    if bottom > scroll + height {
        scroll = bottom.saturating_sub(height);
    }
    scroll.min(top)
}

/// Your notes, then the reference design, laid out like a topic for `width` columns.
pub fn review_lines(m: &MockScreen, width: usize) -> Vec<DocLine> {
    let opts = Options::new(width.max(10), true);
    let mut lines = doc::layout("## Your notes\n", opts);
    lines.extend(doc::layout(&m.scratchpad(), opts));
    lines.push(DocLine::blank());
    if let Some(view) = &m.coding {
        lines.extend(doc::layout(
            &crate::tui::practice::mock::reference(view),
            opts,
        ));
        return lines;
    }
    lines.extend(doc::layout("## Reference design\n", opts));
    if m.reference.trim().is_empty() {
        lines.extend(doc::layout("_This problem has no reference design._", opts));
    } else {
        lines.extend(doc::layout(&m.reference, opts));
    }
    lines
}
