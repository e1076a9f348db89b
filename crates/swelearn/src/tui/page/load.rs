//! The effects behind the plan and readiness pages, run by the runtime: reading the store for
//! their rows, storing a new interview date, finding the topic a coding problem practises.

use anyhow::{Context as _, Result};
use swelearn_core::catalog::Catalog;
use swelearn_core::date::Date;
use swelearn_store::Store;

use super::{Page, PageKind, Row};
use crate::load::Loader;
use crate::tui::app::App;

/// Today's plan as rows, as `swelearn today` prints it.
pub fn plan(loader: &Loader, store: &mut Store, catalog: &Catalog, now: i64) -> Result<Vec<Row>> {
    let text = crate::study::plan::today_text(loader, store, catalog, now)?;
    let scheduler = crate::study::Settings::load(store)?.scheduler()?;
    let due = crate::code::summary::summary(store, &scheduler, now)?.due;
    Ok(super::build::plan(&text, catalog, &due))
}

/// The readiness page's rows.
pub fn readiness(store: &Store, catalog: &Catalog, now: i64) -> Result<Vec<Row>> {
    let r = crate::study::readiness::compute(store, catalog, now)?;
    Ok(super::build::readiness(&r))
}

/// Stores the interview date as `plan --interview` does and shows the plan made again, or
/// changes nothing when the plan cannot be made for that date; returns what to tell the user.
pub fn interview(
    app: &mut App,
    loader: &Loader,
    store: &mut Store,
    date: Date,
    now: i64,
) -> String {
    let set = crate::study::sync_cards(store, &app.catalog, loader.fingerprint(), now)
        .and_then(|()| crate::study::plan::set_interview(store, &app.catalog, date, now));
    if let Err(e) = set {
        return format!("Interview date not changed: {e:#}");
    }
    match plan(loader, store, &app.catalog, now) {
        Ok(rows) => {
            app.open_page(Page::new(PageKind::Plan, "Today's plan", rows));
            format!("Interview date set to {date}: the plan is made again")
        }
        Err(e) => format!("Interview date set to {date}, but the plan cannot be shown: {e:#}"),
    }
}

/// The id of the first topic a coding problem practises.
pub fn problem_topic(loader: &Loader, id: &str) -> Result<String> {
    let problems = crate::code::catalog::ProblemCatalog::load(loader);
    let entry = problems
        .get(id)
        .with_context(|| format!("no coding problem {id}"))?;
    entry
        .problem
        .patterns
        .first()
        .cloned()
        .with_context(|| format!("{id} links no topic; `swelearn code start {id}` opens it"))
}
