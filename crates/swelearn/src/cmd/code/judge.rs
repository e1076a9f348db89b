//! `swelearn code test|submit|watch`: judges the solution file with a spinner on stderr while it
//! works (only on a terminal, cleared before the report prints, so output is never garbled),
//! then prints the verdict table and the first failure, or JSON. `submit` records the attempt
//! and reschedules the problem; exit 0 only when Accepted. `watch` reruns the examples each time
//! the solution (or your cases file) is saved, polling its size and modification time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use swelearn_core::problem::Lang;
use swelearn_judge::{Judge, Mode, Progress, Report, Verdict};

use super::report;
use super::{Picked, pick, usage};
use crate::cli::code::Target;
use crate::code::{Entry, Practice, judging, progress};
use crate::load::Loader;
use crate::study::{Settings, human_interval, open_store};

pub fn run(
    loader: &Loader,
    practice: &Practice,
    target: &Target,
    mode: Mode,
    as_json: bool,
) -> Result<ExitCode> {
    let (entry, lang) = match pick(practice, target)? {
        Picked::Ok(e, l) => (e, l),
        Picked::Usage(m) => return Ok(usage(&m)),
    };
    let source = practice.workspace.solution(&entry.problem.id, lang);
    let judge = practice.judge()?;
    let report = judge_with_spinner(&judge, entry, lang, &source, mode)?;
    let mut store = open_store(loader)?;
    let now = crate::clock::now();
    let recorded = match mode {
        Mode::Submit => {
            let scheduler = Settings::load(&store)?.scheduler()?;
            Some(progress::record_submission(
                &mut store, &scheduler, &report, now,
            )?)
        }
        Mode::Test => {
            progress::begin(&mut store, &entry.problem.id, lang, now)?;
            None
        }
    };
    drop(store);
    if as_json {
        let mut v = report::json(&report);
        if let Some(r) = &recorded {
            v["attempt"] = serde_json::json!({
                "rating": r.rating.name().to_ascii_lowercase(),
                "time_to_solve_secs": r.time_to_solve(),
                "hints_used": r.attempt.hints_used,
                "solution_seen": r.attempt.solution_seen,
                "due": r.outcome.state.due,
            });
        }
        crate::out::print(&crate::out::json(&v)?)?;
    } else {
        let mut text = report::table(&report, &entry.problem.title);
        text.push_str(&report::details(&report));
        if let Some(r) = &recorded {
            let minutes = r.time_to_solve() / 60;
            let _ = write!(
                text,
                "\nRecorded: {} after {minutes} min{}; practise it again in {}.\n",
                report.verdict.title(),
                match (r.attempt.hints_used, r.attempt.solution_seen) {
                    (_, true) => ", the solution seen".to_owned(),
                    (0, false) => String::new(),
                    (n, false) => format!(", {n} hint(s)"),
                },
                human_interval(r.outcome.interval)
            );
        }
        crate::out::print(&text)?;
    }
    Ok(if report.verdict == Verdict::Accepted {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Judges with a spinner on stderr when it is a terminal.
fn judge_with_spinner(
    judge: &Judge,
    entry: &Entry,
    lang: Lang,
    source: &Path,
    mode: Mode,
) -> Result<Report> {
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(100));
    let mut planned = 0;
    let mut done = 0;
    let result = judging::run(judge, entry, lang, source, mode, &mut |p| match p {
        Progress::Compiling => bar.set_message("compiling"),
        Progress::Compiled { cached, .. } => {
            bar.set_message(if *cached {
                "compiled (cached)"
            } else {
                "compiled"
            });
        }
        Progress::Calibrating => bar.set_message("timing the reference on the large cases"),
        Progress::Planned(tests) => planned = tests.len(),
        Progress::Test(t) => {
            done += 1;
            bar.set_message(format!(
                "{done}/{planned} {} {}",
                t.label(),
                t.verdict.code()
            ));
        }
    });
    bar.finish_and_clear();
    result
}

/// The files whose saving triggers a rerun, with what they were when last seen.
fn stamp(paths: &[PathBuf]) -> Vec<Option<(u64, SystemTime)>> {
    paths
        .iter()
        .map(|p| {
            let m = std::fs::metadata(p).ok()?;
            Some((m.len(), m.modified().ok()?))
        })
        .collect()
}

pub fn watch(
    loader: &Loader,
    practice: &Practice,
    target: &Target,
    runs: Option<usize>,
) -> Result<ExitCode> {
    let (entry, lang) = match pick(practice, target)? {
        Picked::Ok(e, l) => (e, l),
        Picked::Usage(m) => return Ok(usage(&m)),
    };
    let source = practice.workspace.solution(&entry.problem.id, lang);
    if !source.is_file() {
        anyhow::bail!(
            "{}: no solution here yet; run `swelearn code start {} --lang {}`",
            source.display(),
            entry.problem.id,
            lang.name()
        );
    }
    {
        let mut store = open_store(loader)?;
        progress::begin(&mut store, &entry.problem.id, lang, crate::clock::now())?;
    }
    let judge = practice.judge()?;
    let watched = [
        source.clone(),
        practice.workspace.own_tests(&entry.problem.id, lang),
    ];
    let mut count = 0;
    loop {
        let seen = stamp(&watched);
        let text = match judge_with_spinner(&judge, entry, lang, &source, Mode::Test) {
            Ok(r) => {
                let mut t = report::table(&r, &entry.problem.title);
                t.push_str(&report::details(&r));
                t
            }
            Err(e) => format!("{e:#}\n"),
        };
        count += 1;
        crate::out::print(&format!(
            "{text}\nWatching {} (Ctrl-C stops)...\n",
            source.display()
        ))?;
        if runs.is_some_and(|n| count >= n) {
            return Ok(ExitCode::SUCCESS);
        }
        while stamp(&watched) == seen {
            std::thread::sleep(Duration::from_millis(200));
        }
        // Let an editor finish writing before reading the file.
        std::thread::sleep(Duration::from_millis(100));
    }
}
