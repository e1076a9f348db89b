//! `swelearn config`: lists, shows or changes the study settings kept in the user's database.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;

use crate::load::Loader;
use crate::study::{Settings, open_store};

pub fn run(loader: &Loader, key: Option<&str>, value: Option<&str>) -> Result<ExitCode> {
    let store = open_store(loader)?;
    if let (Some(key), Some(value)) = (key, value) {
        Settings::set(&store, key, value)?;
        crate::out::print(&format!("{key} = {value}\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let s = Settings::load(&store)?;
    let values = [
        ("desired-retention", format!("{}", s.desired_retention)),
        ("new-per-day", s.new_per_day.to_string()),
        ("reviews-per-day", s.reviews_per_day.to_string()),
        ("streak", if s.streak { "on" } else { "off" }.to_owned()),
        ("next-day-starts-at", s.next_day_starts_at.to_string()),
    ];
    let mut text = String::new();
    for ((k, v), (_, help)) in values.iter().zip(Settings::KEYS) {
        if key.is_none_or(|want| want == *k) {
            let _ = writeln!(text, "{k:<18} {v:<6}  {help}");
        }
    }
    if text.is_empty() {
        return Err(crate::cli::usage(format!(
            "unknown setting `{}`; settings are {}",
            key.unwrap_or_default(),
            Settings::KEYS
                .iter()
                .map(|(k, _)| *k)
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let fitted = if s.parameters.is_empty() {
        "defaults (run `swelearn optimize` to fit them)".to_owned()
    } else {
        format!("fitted ({} values)", s.parameters.len())
    };
    if key.is_none() {
        let _ = writeln!(text, "{:<18} {fitted}", "fsrs-parameters");
    }
    crate::out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}
