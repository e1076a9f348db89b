//! `swelearn plan` and `swelearn today`: a day-by-day plan to the interview date from the unread
//! topics and the forecast review load, and today's part of it with whether you are ahead or
//! behind.

use std::process::ExitCode;

use anyhow::{Context, Result};
use swelearn_core::Category;
use swelearn_core::date::Date;

use crate::cli::PlanArgs;
use crate::load::Loader;
use crate::study::plan::{make, stored_date, titles, today_text};
use crate::study::{open_store, sync_cards};

/// The plan as `--json` prints it: the plan's fields and the coding problems due now.
#[derive(serde::Serialize)]
struct PlanJson<'a> {
    #[serde(flatten)]
    plan: &'a swelearn_core::plan::Plan,
    /// Ids of the coding problems due now, the longest overdue first.
    coding_due: Vec<String>,
}

pub fn run(loader: &Loader, args: &PlanArgs) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let mut store = open_store(loader)?;
    let now = super::now();
    sync_cards(&mut store, &catalog, loader.fingerprint(), now)?;
    let interview = match &args.interview {
        Some(d) => Date::parse(d).with_context(|| {
            format!(
                "--interview must be a date like 2027-03-01 (found \"{}\")",
                swelearn_core::sanitize::clean(d)
            )
        })?,
        None => stored_date(&store)?
            .context("give the interview date: swelearn plan --interview YYYY-MM-DD")?,
    };
    let minutes = args
        .minutes_per_day
        .or(store.setting("plan-minutes")?.and_then(|m| m.parse().ok()))
        .unwrap_or(60);
    let focus: Vec<Category> = if args.focus.is_empty() {
        store
            .setting("plan-focus")?
            .unwrap_or_default()
            .split(',')
            .filter_map(Category::parse)
            .collect()
    } else {
        args.focus.iter().map(|c| c.to_core()).collect()
    };
    let plan = make(
        &store,
        &catalog,
        crate::study::today(&store, now)?,
        interview,
        minutes,
        focus.clone(),
        now,
    )?;
    crate::study::plan::save(
        &store,
        &plan,
        minutes,
        &focus,
        args.interview.is_some(),
        now,
    )?;
    let text = if args.json {
        let scheduler = crate::study::Settings::load(&store)?.scheduler()?;
        crate::out::json(&PlanJson {
            plan: &plan,
            coding_due: crate::code::summary::summary(&store, &scheduler, now)?.due,
        })?
    } else {
        let mut text = plan.text(&titles(&catalog)).join("\n") + "\n";
        if let Some(line) = crate::study::plan::coding_due(&store, now)? {
            text.push_str("\nNow:\n");
            text.push_str(&line);
        }
        text
    };
    crate::out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn today(loader: &Loader) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let mut store = open_store(loader)?;
    crate::out::print(&today_text(loader, &mut store, &catalog, super::now())?)?;
    Ok(ExitCode::SUCCESS)
}
