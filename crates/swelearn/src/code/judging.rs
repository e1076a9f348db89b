//! Judging a solution file: the judge set up from the user's configuration (toolchain
//! commands, the compile cache in the cache folder, this binary as the sandbox launcher), the
//! user's own cases read from beside the solution for a test run, and progress handed to the
//! caller as each step and test finishes. Prints nothing.

use std::path::Path;

use anyhow::{Context, Result};
use swelearn_core::diagnostic::Sink;
use swelearn_core::problem::parse::parse_tests;
use swelearn_core::problem::{Case, CaseKind, Lang, MAX_TESTS_BYTES};
use swelearn_judge::{Config, Judge, Launcher, Mode, Progress, Report, Submission};

use crate::code::catalog::Entry;
use crate::code::workspace::OWN_TESTS;
use crate::config::CodeConfig;
use crate::load::{ReadError, read_limited};
use crate::paths::Paths;

/// This binary as the sandbox launcher (`swelearn __sandbox ...`).
pub fn launcher() -> Result<Launcher> {
    let exe = std::env::current_exe()
        .context("cannot find the swelearn program to run solutions with")?;
    Ok(Launcher::swelearn(exe))
}

/// A judge with the user's toolchain commands, caching compiled solutions under the cache
/// folder.
pub fn judge(paths: &Paths, config: &CodeConfig, launcher: Launcher) -> Judge {
    let mut c = Config::new(paths.cache.join("judge"), launcher);
    c.commands = config.commands.clone();
    Judge::new(c)
}

/// The user's own cases in `tests.jsonl` beside the solution (none when there is no such file),
/// or an error listing each mistake as path:line:col.
pub fn own_cases(entry: &Entry, solution: &Path) -> Result<Vec<Case>> {
    let path = solution.with_file_name(OWN_TESTS);
    let bytes = match read_limited(&path, MAX_TESTS_BYTES) {
        Ok(b) => b,
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => anyhow::bail!("{}: cannot read your cases: {e}", path.display()),
    };
    let shown = path.display().to_string();
    let mut sink = Sink::new(&shown);
    let text = String::from_utf8_lossy(&bytes);
    let cases = parse_tests(&entry.problem.signature, &text, CaseKind::Mine, &mut sink);
    if sink.has_errors() {
        let lines: Vec<String> = sink.out.iter().map(ToString::to_string).collect();
        anyhow::bail!(
            "{}\nfix your cases (one JSON object a line: {{\"in\": [...], \"out\": ...}}; see docs/FORMAT.md)",
            lines.join("\n")
        );
    }
    Ok(cases)
}

/// Judges the solution file `source` of `entry` in `lang`: in `Mode::Test` the examples and
/// the user's own cases, in `Mode::Submit` everything. A missing file is an error that says how
/// to start one.
pub fn run(
    judge: &Judge,
    entry: &Entry,
    lang: Lang,
    source: &Path,
    mode: Mode,
    on_progress: &mut dyn FnMut(&Progress),
) -> Result<Report> {
    if !source.is_file() {
        anyhow::bail!(
            "{}: no solution here yet; run `swelearn code start {} --lang {}`",
            source.display(),
            entry.problem.id,
            lang.name()
        );
    }
    let extra = match mode {
        Mode::Test => own_cases(entry, source)?,
        Mode::Submit => Vec::new(),
    };
    let submission = Submission {
        problem: &entry.problem,
        builtin: entry.builtin.as_ref(),
        lang,
        source,
        mode,
        extra: &extra,
    };
    let _quiet = crate::code::panics::QuietReferences::install(cfg!(debug_assertions));
    Ok(judge.run(&submission, on_progress)?)
}
