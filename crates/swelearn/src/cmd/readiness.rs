//! `swelearn readiness`: a map of readiness per category and topic, as shaded cells (or JSON).

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;

use crate::load::Loader;
use crate::study::readiness::{Readiness, compute};
use crate::study::{open_store_for_reading, sync_cards};

/// A cell for a readiness in 0-1: five shades from none to ready.
pub fn shade(v: f32) -> char {
    ['·', '░', '▒', '▓', '█'][((v.clamp(0.0, 1.0) * 4.0).round()) as usize]
}

pub fn run(loader: &Loader, json: bool) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let mut store = open_store_for_reading(loader)?;
    let now = super::now();
    sync_cards(&mut store, &catalog, loader.fingerprint(), now)?;
    let r = compute(&store, &catalog, now)?;
    if json {
        crate::out::print(&crate::out::json(&r)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    crate::out::print(&render(&r))?;
    Ok(ExitCode::SUCCESS)
}

/// The readiness map as text: a shaded cell per topic, grouped by category.
pub fn render(r: &Readiness) -> String {
    let mut out = String::from(
        "Readiness (· none ░ some ▒ half ▓ most █ ready), from read marks, recall, quizzes and mocks:\n\n",
    );
    for (cat, v) in &r.categories {
        let cells: String = r
            .topics
            .iter()
            .filter(|t| &t.category == cat)
            .map(|t| shade(t.readiness))
            .collect();
        let _ = writeln!(out, "{cat:<15} {:>3.0}%  {cells}", v * 100.0);
    }
    let mut weakest: Vec<_> = r.topics.iter().filter(|t| t.read).collect();
    weakest.sort_by(|a, b| a.readiness.total_cmp(&b.readiness));
    if !weakest.is_empty() {
        let _ = writeln!(
            out,
            "\nRead but weakest: {}",
            weakest
                .iter()
                .take(5)
                .map(|t| format!("{} ({:.0}%)", t.title, t.readiness * 100.0))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out
}
