//! `swelearn tags`: every tag with the number of topics that carry it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;

use crate::load::Loader;

pub fn run(loader: &Loader, json: bool) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &catalog.docs {
        for t in &d.tags {
            *counts.entry(t).or_default() += 1;
        }
    }
    let mut tags: Vec<(&str, usize)> = counts.into_iter().collect();
    tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let text = if json {
        let v: Vec<_> = tags
            .iter()
            .map(|(t, n)| serde_json::json!({"tag": t, "topics": n}))
            .collect();
        crate::out::json(&v)?
    } else {
        let w = tags.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
        tags.iter().fold(String::new(), |mut s, (t, n)| {
            let _ = writeln!(s, "{t:<w$}  {n}");
            s
        })
    };
    crate::out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}
