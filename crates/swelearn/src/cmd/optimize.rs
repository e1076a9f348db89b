//! `swelearn optimize`: fits the FSRS parameters to the user's review history with the crate's
//! optimizer, compares how well the fitted and the default parameters predict that history, and
//! stores the fitted ones; with too little history it says how much more it needs.

use std::process::ExitCode;

use anyhow::{Context, Result};
use swelearn_core::schedule::{
    MIN_REVIEWS_TO_FIT, PastReview, Rating, evaluate, fit, long_term_items, training_items,
};

use crate::load::Loader;
use crate::study::open_store;

pub fn run(loader: &Loader) -> Result<ExitCode> {
    let store = open_store(loader)?;
    let mut items = Vec::new();
    let mut card = String::new();
    let mut history: Vec<PastReview> = Vec::new();
    store.for_each_review(|r| {
        if r.card_id != card {
            items.extend(training_items(&history));
            history.clear();
            card.clone_from(&r.card_id);
        }
        if let Some(rating) = Rating::from_u8(r.rating) {
            history.push(PastReview { at: r.at, rating });
        }
    })?;
    items.extend(training_items(&history));
    let usable = long_term_items(&items);
    if usable < MIN_REVIEWS_TO_FIT {
        crate::out::print(&format!(
            "Not enough history to fit parameters yet: {usable} review(s) came a day or more after the card's previous review; \
             fitting needs {MIN_REVIEWS_TO_FIT}, so {} more. Keep reviewing with the default parameters.\n",
            MIN_REVIEWS_TO_FIT - usable
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let started = std::time::Instant::now();
    let fitted = fit(items.clone())?;
    let before = evaluate(&[], &items).context("the default parameters")?;
    let after = evaluate(&fitted, &items).context("the fitted parameters")?;
    let text = fitted
        .iter()
        .map(|p| format!("{p:.4}"))
        .collect::<Vec<_>>()
        .join(",");
    store.set_setting("fsrs-parameters", Some(&text))?;
    crate::out::print(&format!(
        "Fitted FSRS parameters to {usable} reviews ({} training items) in {:.1}s.\n\
         How well each predicts your history (lower is better):\n\
         {:<10} log loss {:.4}  RMSE {:.4}\n{:<10} log loss {:.4}  RMSE {:.4}\n\
         The fitted parameters are saved and schedule your reviews from now on.\n",
        items.len(),
        started.elapsed().as_secs_f64(),
        "default",
        before.log_loss,
        before.rmse,
        "fitted",
        after.log_loss,
        after.rmse
    ))?;
    Ok(ExitCode::SUCCESS)
}
