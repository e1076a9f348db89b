//! `swelearn code [list]`: the problems with difficulty, patterns, languages and status, as a
//! table or JSON; `swelearn code show ID`: a problem's statement.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::doc::{Options, layout};
use swelearn_core::text;

use crate::cli::code::CodeListArgs;
use crate::code::listing::{self, Filter, Row};
use crate::code::{Practice, progress};
use crate::load::Loader;
use crate::study::open_store_for_reading;
use crate::style::Painted;

pub fn run(loader: &Loader, practice: &Practice, args: &CodeListArgs) -> Result<ExitCode> {
    let store = open_store_for_reading(loader)?;
    let records = progress::records(&store)?;
    let filter = Filter {
        tag: args.tag.clone(),
        difficulty: args.difficulty.map(crate::cli::DifficultyArg::to_core),
        pattern: args.pattern.clone(),
        status: args.status,
        due: args.due,
    };
    let rows = listing::rows(&practice.catalog, &records, &filter, crate::clock::now());
    if rows.is_empty() && !args.json {
        eprintln!("no problems match these filters");
        return Ok(ExitCode::from(1));
    }
    let out = if args.json {
        crate::out::json(&rows)?
    } else {
        table(&rows)
    };
    crate::out::print(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Cuts a cell to `w` columns.
fn cut(s: &str, w: usize) -> String {
    if text::width(s) <= w {
        return format!("{s}{}", " ".repeat(w - text::width(s)));
    }
    let mut out = String::new();
    for c in s.chars() {
        if text::width(&out) + 2 > w {
            break;
        }
        out.push(c);
    }
    out.push('…');
    format!("{out}{}", " ".repeat(w.saturating_sub(text::width(&out))))
}

/// The table: id, title, difficulty, status, patterns, languages.
fn table(rows: &[Row]) -> String {
    let id_w = rows
        .iter()
        .map(|r| text::width(&r.id))
        .max()
        .unwrap_or(2)
        .clamp(2, 40);
    let title_w = rows
        .iter()
        .map(|r| text::width(&r.title))
        .max()
        .unwrap_or(5)
        .clamp(5, 44);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}  {:<10}  {:<9}  PATTERNS / LANGUAGES",
        cut("ID", id_w),
        cut("TITLE", title_w),
        "DIFFICULTY",
        "STATUS"
    );
    for r in rows {
        let langs = if r.languages.len() == swelearn_core::problem::Lang::ALL.len() {
            "all languages".to_owned()
        } else {
            r.languages
                .iter()
                .map(|l| l.name())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let line = format!(
            "{}  {}  {:<10}  {:<9}  {} / {langs}",
            cut(&r.id, id_w),
            cut(&r.title, title_w),
            r.difficulty.to_string(),
            r.status.name(),
            r.patterns.join(", ")
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Prints a problem's statement, examples and constraints.
pub fn show(practice: &Practice, id: &str) -> Result<ExitCode> {
    let entry = practice.catalog.find(id)?;
    let p = &entry.problem;
    let md = format!(
        "# {}\n\n*{} · {} min · patterns: {} · tags: {}*\n\n{}",
        p.title,
        p.difficulty,
        p.minutes,
        p.patterns.join(", "),
        p.tags.join(", "),
        p.statement_markdown()
    );
    let look = crate::out::look(false);
    let lines = layout(&md, Options::new(look.width, look.unicode));
    let mut text = Painted::default();
    crate::style::paint(&lines, look, &mut text);
    crate::out::print_painted(&text)?;
    Ok(ExitCode::SUCCESS)
}
