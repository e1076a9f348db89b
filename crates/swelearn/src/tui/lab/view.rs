//! What a lab screen shows below its parameters, as a list of parts (text, the replica drawing,
//! the chart) with their heights at a width. Drawing renders these parts; the screen's scroll
//! limits count the same parts, so the two always agree.

use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};
use swelearn_core::labs::{Chart, Lab, Report, quorum};

use super::LabScreen;

/// How a line of text is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plain,
    Dim,
    Heading,
    Progress,
    Warn,
    /// The quorum verdict: strong consistency.
    Strong,
    /// The quorum verdict: eventual consistency.
    Eventual,
}

/// One part of the results pane.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(Kind, String),
    /// An empty row between sections.
    Gap,
    /// The N replicas with the write set, the read set and their overlap.
    Replicas {
        n: u32,
        r: u32,
        w: u32,
    },
    Chart(Chart),
}

/// Rows a chart takes at least (it grows to fill a pane with room to spare).
pub const MIN_CHART_ROWS: usize = 10;

/// Rows of the parameter box: every parameter when there is room, else half the body.
pub fn params_height(lab: &Lab, size: (u16, u16)) -> u16 {
    let body = size.1.saturating_sub(2);
    (lab.params.len() as u16 + 2).min((body / 2).max(3))
}

/// Where the results pane is on the screen.
pub fn pane(lab: &Lab, size: (u16, u16)) -> Rect {
    let body = size.1.saturating_sub(2);
    let params = params_height(lab, size);
    Rect {
        x: 1,
        y: 1 + params,
        width: size.0.saturating_sub(2),
        height: body.saturating_sub(params),
    }
}

/// The replica drawing's shape at a width: cell width (3 for boxed cells, 1 for letters in
/// groups of ten), replicas per row, and rows.
pub fn replica_layout(n: usize, width: usize) -> (usize, usize, usize) {
    if n * 4 <= width {
        return (3, n.max(1), 1);
    }
    // "  1-50   " then groups of ten letters and a space.
    let groups = (width.saturating_sub(9) / 11).max(1);
    let per_row = groups * 10;
    (1, per_row, n.div_ceil(per_row))
}

/// Rows the replica drawing takes: boxed cells have their numbers under them.
pub fn replica_rows(n: usize, width: usize) -> usize {
    let (cell, _, rows) = replica_layout(n, width);
    if cell == 3 { 2 } else { rows }
}

/// The legend under the replica drawing.
pub fn legend(r: u32, w: u32, n: u32) -> String {
    let overlap = (r + w).saturating_sub(n);
    format!(
        "W write set (W = {w}) · R read set (R = {r}) · B in both: the overlap, {overlap} replica{} · · in neither",
        if overlap == 1 { "" } else { "s" }
    )
}

/// Everything the pane shows, in order.
pub fn parts(s: &LabScreen) -> Vec<Part> {
    let mut out = Vec::new();
    if s.busy() {
        let pct = f64::from(s.progress.unwrap_or(0)) / 10.0;
        out.push(Part::Text(
            Kind::Progress,
            if s.report.is_some() {
                format!("Computing… {pct:.0}% (the results below are for the previous values)")
            } else {
                format!("Computing… {pct:.0}%")
            },
        ));
    }
    if let Some(note) = &s.note {
        out.push(Part::Text(Kind::Dim, note.clone()));
    }
    match s.report.as_deref() {
        Some(Ok(Report::Quorum(q))) => quorum_parts(q, &mut out),
        Some(Ok(report)) => {
            out.extend(
                report
                    .text()
                    .into_iter()
                    .map(|line| Part::Text(Kind::Plain, line)),
            );
            if let Some(chart) = report.chart() {
                out.push(Part::Gap);
                out.push(Part::Chart(chart));
            }
        }
        Some(Err(e)) => out.push(Part::Text(Kind::Warn, e.to_string())),
        None => {}
    }
    out.push(Part::Gap);
    out.push(Part::Text(Kind::Heading, "About this lab".to_owned()));
    out.push(Part::Text(Kind::Dim, s.lab.about.to_owned()));
    if !s.topics.is_empty() {
        out.push(Part::Text(
            Kind::Dim,
            format!("Topics with this lab: {}.", s.topics.join(", ")),
        ));
    }
    out
}

fn quorum_parts(q: &quorum::Report, out: &mut Vec<Part>) {
    out.push(Part::Text(
        if q.strong {
            Kind::Strong
        } else {
            Kind::Eventual
        },
        q.verdict(),
    ));
    out.push(Part::Text(
        Kind::Dim,
        format!(
            "The {} replicas, with the quorums placed to overlap as little as possible:",
            q.n
        ),
    ));
    out.push(Part::Replicas {
        n: q.n,
        r: q.r,
        w: q.w,
    });
    out.push(Part::Text(Kind::Dim, legend(q.r, q.w, q.n)));
    out.push(Part::Gap);
    out.push(Part::Text(
        Kind::Plain,
        format!(
            "N = {}, R = {}, W = {} ({} profile, {} trials)",
            q.n,
            q.r,
            q.w,
            q.profile,
            swelearn_core::labs::number(f64::from(q.trials))
        ),
    ));
    out.extend(q.details().into_iter().map(|l| Part::Text(Kind::Plain, l)));
    if let Some(chart) = Report::Quorum(q.clone()).chart() {
        out.push(Part::Gap);
        out.push(Part::Chart(chart));
    }
}

/// Rows a text takes wrapped at `width`.
pub fn text_rows(text: &str, width: usize) -> usize {
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .line_count(width as u16)
        .max(1)
}

/// The height of each part at a width, the chart filling what the pane has left.
pub fn heights(parts: &[Part], width: usize, pane_rows: usize) -> Vec<usize> {
    let mut rows: Vec<usize> = parts
        .iter()
        .map(|p| match p {
            Part::Text(_, text) => text_rows(text, width),
            Part::Gap => 1,
            Part::Replicas { n, .. } => replica_rows(*n as usize, width),
            Part::Chart(_) => 0,
        })
        .collect();
    let used: usize = rows.iter().sum();
    let chart = pane_rows.saturating_sub(used).max(MIN_CHART_ROWS);
    for (p, h) in parts.iter().zip(&mut rows) {
        if matches!(p, Part::Chart(_)) {
            *h = chart;
        }
    }
    rows
}

/// Rows all the parts take.
pub fn height(s: &LabScreen, width: usize, pane_rows: usize) -> usize {
    heights(&parts(s), width, pane_rows).iter().sum()
}
