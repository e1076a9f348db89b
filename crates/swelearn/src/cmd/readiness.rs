//! `swelearn readiness`: a map of readiness per category and topic, as shaded cells (or JSON).

use std::process::ExitCode;

use anyhow::Result;

use crate::load::Loader;
use crate::study::readiness::{compute, render};
use crate::study::{open_store_for_reading, sync_cards};

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
