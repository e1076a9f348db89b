//! `swelearn list`: the topics as a table that fits the terminal, or as JSON.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;
use swelearn_core::catalog::DocMeta;
use swelearn_core::duration::format_minutes;
use swelearn_core::{SourceKind, text};

use crate::cli::ListArgs;
use crate::load::Loader;

pub fn run(loader: &Loader, args: &ListArgs) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let docs: Vec<&DocMeta> = catalog
        .docs
        .iter()
        .filter(|d| super::matches(d, &args.filters))
        .collect();
    if docs.is_empty() {
        eprintln!("no topics match these filters; `swelearn tags` lists the tags in use");
        return Ok(ExitCode::from(1));
    }
    let text = if args.json {
        crate::out::json(&docs.iter().map(|d| to_json(d)).collect::<Vec<_>>())?
    } else {
        table(&docs, crate::out::table_width())
    };
    crate::out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// A topic's metadata as JSON (shared with `search` and `random`).
pub fn to_json(d: &DocMeta) -> serde_json::Value {
    let path = match &d.origin {
        swelearn_core::Origin::Bundled { .. } => None,
        swelearn_core::Origin::File { path } => Some(path.display().to_string()),
    };
    json!({
        "id": d.id,
        "title": d.title,
        "difficulty": d.difficulty,
        "estimated_time": format_minutes(d.minutes),
        "minutes": d.minutes,
        "category": d.category,
        "level": d.level,
        "tags": d.tags,
        "source": d.source.as_str(),
        "path": path,
    })
}

/// The widest each column may be (id, title, difficulty, time, tags, source), even in a pipe:
/// wider than any real topic's, and a topic file with a megabyte-long title still makes rows of a
/// few hundred columns, not megabytes of padding on every row.
const MAX_COLUMNS: [usize; 6] = [64, 96, 10, 8, 120, 16];

/// The table: id, title, difficulty, time, tags (and source when not all are bundled), each
/// column cut at its maximum with an ellipsis, then shrunk to `width` columns (when there is one)
/// by cutting tags first, then titles, then ids.
pub fn table(docs: &[&DocMeta], width: Option<usize>) -> String {
    let width = width.unwrap_or(usize::MAX);
    let with_source = docs.iter().any(|d| d.source != SourceKind::Bundled);
    let mut rows: Vec<Vec<String>> = vec![
        ["ID", "TITLE", "DIFFICULTY", "TIME", "TAGS", "SOURCE"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
    ];
    for d in docs {
        rows.push(vec![
            d.id.clone(),
            d.title.clone(),
            d.difficulty.to_string(),
            format_minutes(d.minutes),
            d.tags.join(", "),
            d.source.as_str().to_owned(),
        ]);
    }
    if !with_source {
        for r in &mut rows {
            r.pop();
        }
    }
    let ncols = rows[0].len();
    let mut widths: Vec<usize> = (0..ncols)
        .map(|c| {
            rows.iter()
                .map(|r| text::width(&r[c]))
                .max()
                .unwrap_or(0)
                .min(MAX_COLUMNS[c])
        })
        .collect();
    let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * (w.len() - 1);
    // Shrink tags, then titles, never below a readable minimum.
    for (col, min) in [(4, 10), (1, 20), (0, 16)] {
        let over = total(&widths).saturating_sub(width);
        if over > 0 {
            widths[col] = widths[col].saturating_sub(over).max(min.min(widths[col]));
        }
    }
    // Still too wide: drop the tags rather than squeeze everything into nothing.
    if total(&widths) > width && ncols >= 5 {
        widths[4] = 0;
    }
    let mut out = String::new();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .filter(|(_, w)| **w > 0)
            .map(|(cell, &w)| fit(cell, w))
            .collect();
        let line = cells.join("  ");
        out.push_str(fit(&line, width.min(text::width(&line))).trim_end());
        out.push('\n');
    }
    out
}

/// Cuts a cell to `w` columns with an ellipsis, or pads it.
fn fit(cell: &str, w: usize) -> String {
    let cw = text::width(cell);
    if cw <= w {
        return format!("{cell}{}", " ".repeat(w - cw));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in cell.chars() {
        let c_w = text::width(c.encode_utf8(&mut [0; 4]));
        if used + c_w + 1 > w {
            break;
        }
        out.push(c);
        used += c_w;
    }
    out.push('…');
    format!("{out}{}", " ".repeat(w.saturating_sub(used + 1)))
}
