//! The study plan from the user's store: the plan to the interview date and today's part of it,
//! with whether you are ahead or behind. `swelearn plan`, `swelearn today` and the plan screen
//! all show it from here.

use std::collections::HashMap;
use std::fmt::Write as _;

use anyhow::{Result, bail};
use swelearn_core::Category;
use swelearn_core::date::Date;
use swelearn_core::plan::{Plan, PlanInput, PlanTopic, build};
use swelearn_store::Store;

use super::stats::compute as stats;
use super::sync_cards;
use crate::load::Loader;

/// Seconds a review takes when there is no history to measure it.
const DEFAULT_REVIEW_SECONDS: f64 = 10.0;

/// Today's part of the plan as text.
pub fn today_text(
    loader: &Loader,
    store: &mut Store,
    catalog: &swelearn_core::catalog::Catalog,
    now: i64,
) -> Result<String> {
    sync_cards(store, catalog, loader.fingerprint(), now)?;
    let coding = coding_due(store, now)?;
    let Some(interview) = stored_date(store)? else {
        return Ok(format!(
            "No plan yet: run `swelearn plan --interview YYYY-MM-DD` first.\n{}",
            coding.unwrap_or_default()
        ));
    };
    let today = super::today(store, now)?;
    let s = stats(store, catalog, now)?;
    if interview <= today {
        return Ok(format!(
            "The interview date ({interview}) has come. Cards due: {}. Good luck!\n",
            s.due_today
        ));
    }
    let minutes = store
        .setting("plan-minutes")?
        .and_then(|m| m.parse().ok())
        .unwrap_or(60);
    let focus: Vec<Category> = store
        .setting("plan-focus")?
        .unwrap_or_default()
        .split(',')
        .filter_map(Category::parse)
        .collect();
    let plan = make(store, catalog, today, interview, minutes, focus, now)?;
    let names = titles(catalog);
    let mut out = format!(
        "Today, {today} ({} days to the interview):\n",
        (interview.0 - today.0)
    );
    let _ = writeln!(out, "- {} cards due for review", s.due_today);
    if let Some(line) = coding {
        out.push_str(&line);
    }
    if let (Some(day), Some(pieces)) = (plan.days.first(), plan.pieces().first()) {
        for p in pieces {
            let _ = writeln!(
                out,
                "- read {} ({})",
                names.get(&p.id).map_or(p.id.as_str(), String::as_str),
                p.part_label()
                    .unwrap_or_else(|| format!("{} min", p.minutes))
            );
        }
        if let Some(kind) = day.mock {
            let _ = writeln!(
                out,
                "- a {kind} mock interview (`swelearn mock --kind {kind}`)"
            );
        }
    }
    out.push_str(&pace(store, &plan, today)?);
    Ok(out)
}

/// "- 2 coding problems due: a, b (`swelearn code --due`)", when any is due.
pub fn coding_due(store: &Store, now: i64) -> Result<Option<String>> {
    let scheduler = super::Settings::load(store)?.scheduler()?;
    let due = crate::code::summary::summary(store, &scheduler, now)?.due;
    if due.is_empty() {
        return Ok(None);
    }
    let more = if due.len() > 5 { ", ..." } else { "" };
    Ok(Some(format!(
        "- {} coding problem(s) due: {}{more} (`swelearn code --due`)\n",
        due.len(),
        due.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
    )))
}

/// Ahead or behind: topics read since the plan was made against a steady pace to the date; never
/// "on track" while topics do not fit before the interview.
fn pace(store: &Store, plan: &Plan, today: Date) -> Result<String> {
    if !plan.not_fitting.is_empty() {
        return Ok(format!(
            "You are behind: {} of the {} topics left do not fit before the interview at {} \
             minutes a day. Add minutes, narrow --focus, or skim them (`swelearn plan` lists \
             them).\n",
            plan.not_fitting.len(),
            plan.topics_left,
            plan.minutes_per_day
        ));
    }
    let created = store.setting("plan-created")?.and_then(|d| Date::parse(&d));
    let start: Option<usize> = store.setting("plan-topics")?.and_then(|n| n.parse().ok());
    let (Some(created), Some(start)) = (created, start) else {
        return Ok(String::new());
    };
    let total_days = (plan.interview.0 - created.0).max(1) as f64;
    let expected_done = (start as f64 * (today.0 - created.0) as f64 / total_days).floor() as usize;
    let done = start.saturating_sub(plan.topics_left);
    let verdict = match done.cmp(&expected_done) {
        std::cmp::Ordering::Greater => format!(
            "ahead: {done} topics read since the plan began, {expected_done} expected by now"
        ),
        std::cmp::Ordering::Equal => format!("on track: {done} topics read since the plan began"),
        std::cmp::Ordering::Less => format!(
            "behind: {done} topics read since the plan began, {expected_done} expected by now"
        ),
    };
    Ok(format!("You are {verdict}.\n"))
}

/// Stores the plan's settings as `swelearn plan` does: the interview date, the minutes a day and
/// the focus; with `began` (a new interview date), also the day the plan began and how many
/// topics it had to read, which `today` measures the pace against.
pub fn save(
    store: &Store,
    plan: &Plan,
    minutes: u32,
    focus: &[Category],
    began: bool,
    now: i64,
) -> Result<()> {
    store.set_setting("plan-interview", Some(&plan.interview.to_string()))?;
    store.set_setting("plan-minutes", Some(&minutes.to_string()))?;
    let focus: Vec<&str> = focus.iter().map(|c| c.as_str()).collect();
    store.set_setting("plan-focus", Some(&focus.join(",")))?;
    if began {
        store.set_setting("plan-created", Some(&super::today(store, now)?.to_string()))?;
        store.set_setting("plan-topics", Some(&plan.topics_left.to_string()))?;
    }
    Ok(())
}

/// Sets a new interview date as `swelearn plan --interview DATE` does, with the stored minutes
/// and focus: the plan is made first, so a date it cannot plan for (not after today) changes
/// nothing, then saved.
pub fn set_interview(
    store: &Store,
    catalog: &swelearn_core::catalog::Catalog,
    interview: Date,
    now: i64,
) -> Result<Plan> {
    let (minutes, focus) = stored_prefs(store)?;
    let today = super::today(store, now)?;
    let plan = make(
        store,
        catalog,
        today,
        interview,
        minutes,
        focus.clone(),
        now,
    )?;
    save(store, &plan, minutes, &focus, true, now)?;
    Ok(plan)
}

/// The stored minutes a day (60 when unset) and focus categories.
fn stored_prefs(store: &Store) -> Result<(u32, Vec<Category>)> {
    let minutes = store
        .setting("plan-minutes")?
        .and_then(|m| m.parse().ok())
        .unwrap_or(60);
    let focus = store
        .setting("plan-focus")?
        .unwrap_or_default()
        .split(',')
        .filter_map(Category::parse)
        .collect();
    Ok((minutes, focus))
}

/// The interview date the plan was made for, if there is a plan.
pub fn stored_date(store: &Store) -> Result<Option<Date>> {
    Ok(store
        .setting("plan-interview")?
        .and_then(|d| Date::parse(&d)))
}

/// Each topic's title by id.
pub fn titles(catalog: &swelearn_core::catalog::Catalog) -> HashMap<String, String> {
    catalog
        .docs
        .iter()
        .map(|d| (d.id.clone(), d.title.clone()))
        .collect()
}

/// Builds the plan from the library, read marks and the review forecast.
pub fn make(
    store: &Store,
    catalog: &swelearn_core::catalog::Catalog,
    today: Date,
    interview: Date,
    minutes: u32,
    focus: Vec<Category>,
    now: i64,
) -> Result<Plan> {
    if minutes == 0 {
        bail!("--minutes-per-day must be at least 1");
    }
    let states = store.topic_states()?;
    let topics: Vec<PlanTopic> = catalog
        .docs
        .iter()
        .map(|d| PlanTopic::from_doc(d, states.get(&d.id).is_some_and(|s| s.read_at.is_some())))
        .collect();
    let s = stats(store, catalog, now)?;
    let secs = if s.total_reviews > 0 && s.minutes_studied > 0.0 {
        (s.minutes_studied * 60.0
            / s.reviews_per_day
                .iter()
                .map(|&x| f64::from(x))
                .sum::<f64>()
                .max(1.0))
        .max(2.0)
    } else {
        DEFAULT_REVIEW_SECONDS
    };
    let review_minutes = s
        .forecast
        .iter()
        .map(|&n| (n as f64 * secs / 60.0).ceil() as u32)
        .collect();
    build(&PlanInput {
        today,
        interview,
        minutes_per_day: minutes,
        focus,
        topics,
        review_minutes,
        mock_minutes: 45,
    })
    .map_err(anyhow::Error::from)
}
