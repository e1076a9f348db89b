//! `swelearn stats`: study statistics as terminal charts, or as JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::text::{fit, sparkline_counts as sparkline};

use crate::load::Loader;
use crate::study::stats::{Stats, compute};
use crate::study::{open_store_for_reading, sync_cards};

pub fn run(loader: &Loader, json: bool) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let mut store = open_store_for_reading(loader)?;
    let now = super::now();
    sync_cards(&mut store, &catalog, loader.fingerprint(), now)?;
    let stats = compute(&store, &catalog, now)?;
    let text = if json {
        crate::out::json(&stats)?
    } else {
        render(&stats)
    };
    crate::out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// The statistics as text with terminal charts.
pub fn render(s: &Stats) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Due now: {} cards · new cards waiting: {} · cards: {}",
        s.due_today, s.new_available, s.cards
    );
    let c = &s.coding;
    let _ = writeln!(
        out,
        "Coding: {} problems due · {} solved · {} attempted of {} · {} attempts ({} accepted) in the last 7 days",
        c.due.len(),
        c.solved,
        c.attempted,
        c.problems,
        c.attempts_last_7_days,
        c.accepted_last_7_days
    );
    let _ = writeln!(
        out,
        "\nNext 30 days (cards due per day, today first; peak {}):",
        s.forecast.iter().max().unwrap_or(&0)
    );
    let _ = writeln!(out, "  {}", sparkline(&s.forecast));
    let _ = writeln!(
        out,
        "\nReviews per day, last 16 weeks (columns are weeks, oldest left; · none, █ most):"
    );
    for row in s.heatmap_rows() {
        let _ = writeln!(out, "  {row}");
    }
    match s.true_retention {
        Some(r) => {
            let _ = writeln!(
                out,
                "\nTrue retention, last 30 days: {:.1}% of {} reviews",
                r * 100.0,
                s.retention_reviews
            );
        }
        None => {
            let _ = writeln!(
                out,
                "\nTrue retention: no reviews after a day or more in the last 30 days yet"
            );
        }
    }
    let _ = writeln!(
        out,
        "Reviews: {} in all; {:.0} minutes studied in the last 16 weeks",
        s.total_reviews, s.minutes_studied
    );
    if let Some(days) = s.streak {
        let _ = writeln!(out, "Streak: {days} day(s)");
    }
    let _ = writeln!(
        out,
        "\nMastery by category (mean probability of recall; new cards count as 0):"
    );
    for m in &s.categories {
        let _ = writeln!(
            out,
            "  {:<16} {} {:>5.1}%  ({}/{} cards studied)",
            m.title,
            bar(m.mastery),
            m.mastery * 100.0,
            m.studied,
            m.cards
        );
    }
    let studied: Vec<_> = s.topics.iter().filter(|m| m.studied > 0).collect();
    if !studied.is_empty() {
        let _ = writeln!(out, "\nTopics you have studied, strongest first:");
        for m in studied.iter().take(15) {
            let _ = writeln!(
                out,
                "  {:<40} {} {:>5.1}%",
                fit(&m.title, 40),
                bar(m.mastery),
                m.mastery * 100.0
            );
        }
    }
    out
}

fn bar(v: f32) -> String {
    let filled = (v.clamp(0.0, 1.0) * 20.0).round() as usize;
    format!("{}{}", "█".repeat(filled), "·".repeat(20 - filled))
}
