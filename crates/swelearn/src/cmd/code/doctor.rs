//! `swelearn code doctor`: every language's toolchain, found or not, its version, and how to
//! install the missing ones; exit 1 when none is found.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;

use crate::code::Practice;

pub fn run(practice: &Practice, as_json: bool) -> Result<ExitCode> {
    let judge = practice.judge()?;
    let statuses = judge.doctor();
    if as_json {
        crate::out::print(&crate::out::json(&statuses)?)?;
    } else {
        let mut out = String::new();
        for s in &statuses {
            if s.found {
                let version = s
                    .version
                    .as_deref()
                    .unwrap_or("")
                    .lines()
                    .next()
                    .unwrap_or("");
                let _ = writeln!(
                    out,
                    "ok       {:<18}  {}  ({version})",
                    s.title,
                    s.commands.join(", ")
                );
            } else {
                let _ = writeln!(
                    out,
                    "missing  {:<18}  {}: {}\n         install: {} (Debian/Ubuntu), {} (macOS); or set the command under [code.commands] in config.toml",
                    s.title,
                    s.commands.join(", "),
                    s.problem.as_deref().unwrap_or("not found"),
                    s.install.debian,
                    s.install.macos
                );
            }
        }
        crate::out::print(&out)?;
    }
    Ok(if statuses.iter().any(|s| s.found) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
