//! Draws the practice screens: the problem list (status, difficulty, title, patterns) under a
//! header of counts and active filters, and the problem view (its statement laid out like a
//! topic, or the results pane); the footer's search prompt and the solution question.

mod verdict;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use swelearn_core::text::{fit, width};
use swelearn_core::topic::Difficulty;

use super::reader::styled;
use crate::code::Status;
use crate::tui::app::{App, Screen};
use crate::tui::practice::problem::Pane;
use crate::tui::practice::{PracticeScreen, ProblemView};

pub use verdict::lines as results_lines;

/// A header line: `left` cut to fit, `right` at the right edge.
fn header_line(app: &App, frame: &mut Frame, area: Rect, left: &str, right: &str) {
    let w = usize::from(area.width);
    let left = fit(left, w.saturating_sub(width(right) + 1));
    let pad = w.saturating_sub(width(&left) + width(right));
    frame.render_widget(
        Paragraph::new(format!("{left}{}{right}", " ".repeat(pad))).style(app.theme.header),
        area,
    );
}

pub fn render_list(app: &App, p: &PracticeScreen, frame: &mut Frame, header: Rect, body: Rect) {
    let t = &app.theme;
    let count = |s: Status| p.rows.iter().filter(|r| r.status == s).count();
    let chips = p.chips();
    let left = format!(
        " Coding practice · {}/{} problems{}",
        p.shown.len(),
        p.rows.len(),
        if chips.is_empty() {
            String::new()
        } else {
            format!(" · {}", chips.join(" · "))
        }
    );
    let right = format!(
        "{} solved · {} due ",
        count(Status::Solved),
        count(Status::Due)
    );
    header_line(app, frame, header, &left, &right);
    let w = usize::from(body.width);
    let mut lines = vec![Line::from(Span::styled(
        fit(" STATUS     LEVEL   PROBLEM", w),
        t.dim,
    ))];
    let height = usize::from(body.height).saturating_sub(1);
    if p.shown.is_empty() {
        lines.push(Line::from(Span::styled(
            fit(" No problem matches: x clears the filters", w),
            t.dim,
        )));
    }
    for (pos, &i) in p.shown.iter().enumerate().skip(p.scroll).take(height) {
        let r = &p.rows[i];
        let status_style = match r.status {
            Status::New => t.dim,
            Status::Attempted => t.medium,
            Status::Solved => t.easy,
            Status::Due => t.accent,
        };
        let diff_style = match r.difficulty {
            Difficulty::Easy => t.easy,
            Difficulty::Medium => t.medium,
            Difficulty::Hard => t.hard,
        };
        let title = swelearn_core::sanitize::clean(&r.title);
        let patterns = r.patterns.join(", ");
        let rest = w.saturating_sub(20);
        let title_w = width(&title).min(rest);
        let tail = rest.saturating_sub(title_w + 2);
        let mut spans = vec![
            Span::styled(format!(" {:<10} ", r.status.name()), status_style),
            Span::styled(format!("{:<7} ", r.difficulty.to_string()), diff_style),
            Span::raw(fit(&title, rest)),
        ];
        if tail > 3 {
            spans.push(Span::styled(format!("  {}", fit(&patterns, tail)), t.dim));
        }
        let mut line = Line::from(spans);
        if pos == p.selected {
            line = line.style(t.selected);
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), body);
}

pub fn render_problem(app: &App, v: &ProblemView, frame: &mut Frame, header: Rect, body: Rect) {
    let p = &v.entry.problem;
    let where_ = match v.pane {
        Pane::Statement => {
            let total = v.lines.len();
            let pct = if total <= usize::from(body.height) {
                100
            } else {
                (v.scroll + usize::from(body.height)).min(total) * 100 / total
            };
            format!("{pct}% ")
        }
        Pane::Results => "results ".to_owned(),
    };
    let left = format!(
        " {} · {} · {} · {}",
        swelearn_core::sanitize::clean(&p.title),
        p.difficulty,
        v.lang.title(),
        v.status.name()
    );
    header_line(app, frame, header, &left, &where_);
    let inner = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    frame.render_widget(Paragraph::new(body_lines(app, v, body.height)), inner);
}

/// The lines of a problem's pane in view: the statement, or the last run's results.
pub fn body_lines(app: &App, v: &ProblemView, height: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let height = usize::from(height);
    match (v.pane, &v.run) {
        (Pane::Results, Some(run)) => results_lines(run, t)
            .into_iter()
            .skip(v.results_scroll)
            .take(height)
            .collect(),
        _ => v
            .lines
            .iter()
            .skip(v.scroll)
            .take(height)
            .map(|l| styled(l, t, &[], 0))
            .collect(),
    }
}

/// The footer of the practice screens when it is not the keys: the search being typed, or the
/// question before the solution is shown.
pub fn footer_line(app: &App) -> Option<Line<'static>> {
    if app.overlay.is_some() {
        return None;
    }
    let t = &app.theme;
    match app.stack.last() {
        Some(Screen::Practice(p)) if p.searching => {
            let mut spans = vec![Span::styled(" Search: ", t.key)];
            spans.extend(p.query.spans(t.footer));
            spans.push(Span::styled("  Enter keep · Esc clear", t.footer));
            Some(Line::from(spans))
        }
        Some(Screen::Problem(v)) if v.confirm_solution => Some(Line::from(vec![
            Span::styled(" Not solved yet: show the solution? ", t.warn),
            Span::styled("Enter", t.key),
            Span::styled(" show (recorded as seen)  ", t.footer),
            Span::styled("any key", t.key),
            Span::styled(" keep it hidden", t.footer),
        ])),
        _ => None,
    }
}
