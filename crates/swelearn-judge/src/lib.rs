//! The offline coding judge. It finds each language's toolchain, compiles a solution together
//! with the harness generated for its problem (caching the result by source hash), runs it under
//! limits through a small sandbox launcher, and gives verdicts like an online judge's: per test
//! (Accepted, Wrong Answer with the first difference, Time Limit Exceeded, Memory Limit
//! Exceeded, Runtime Error, Output Limit Exceeded, Skipped) and overall (the first failure, or
//! Compile Error). No UI and no store: callers show the report and keep the attempt.
//!
//! ```text
//! let judge = Judge::new(Config::new(cache_dir, Launcher::swelearn(std::env::current_exe()?)));
//! judge.doctor();                                   // every toolchain: found, version, install
//! let submission = Submission { problem: &problem, builtin: builtin.as_ref(),
//!                               lang: Lang::Python, source: &path, mode: Mode::Submit, extra: &[] };
//! let report = judge.run(&submission, &mut |p| println!("{p:?}"))?;
//! report.verdict;                                   // Verdict::Accepted, ...
//! ```
//!
//! - `Mode::Test` runs the examples and the caller's extra cases (a user's own, parsed with
//!   `swelearn_core::problem::parse::parse_tests` as `CaseKind::Mine`), every one of them;
//!   `Mode::Submit` runs examples, hidden and large cases and stops at the first failure (the
//!   rest are Skipped).
//! - Small cases run as one batch process; each large case runs in its own. Time limits come
//!   from the built-in reference's time on this machine (`limits`); the memory limit is the
//!   problem's.
//! - The sandbox launcher is the `swelearn` binary itself (`swelearn __sandbox ...`, see
//!   [`sandbox::sandbox_main`]), given as [`Launcher`]: the binary passes `current_exe()`,
//!   tests pass `env!("CARGO_BIN_EXE_swelearn")`.
//! - A run on one thread can be stopped from another: run it inside [`Cancel::scope`] and call
//!   [`Cancel::cancel`]; its processes are killed and it ends with an error.
//! - Progress ([`Progress`]) arrives through a callback as each step and test finishes, so a
//!   command can print and a screen can fill its table as it goes.

pub mod cancel;
pub mod check;
pub mod compile;
pub mod config;
mod judge;
pub mod limits;
pub mod process;
pub mod recipe;
pub mod run;
pub mod sandbox;
pub mod toolchain;
pub mod verdict;

use std::path::PathBuf;

use swelearn_core::problem::Lang;

pub use cancel::Cancel;
pub use config::{Budgets, Commands, Config, Launcher};
pub use judge::{Judge, Submission};
pub use sandbox::sandbox_main;
pub use toolchain::{Install, Status, Toolchain};
pub use verdict::{CompileInfo, Mismatch, Mode, Progress, Report, TestResult, Verdict};

/// What stops judging altogether (a solution's own failures are verdicts, not errors).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JudgeError {
    #[error(
        "{} needs `{command}`, which cannot be used ({reason}): install it with `{debian}` on Debian or Ubuntu, or `{macos}` on macOS, or set the command in config.toml",
        lang.title()
    )]
    MissingToolchain {
        lang: Lang,
        command: String,
        reason: String,
        debian: &'static str,
        macos: &'static str,
    },
    #[error("{}: {message}", path.display())]
    Io { path: PathBuf, message: String },
    #[error("{problem} cannot be solved in {}: its `languages` leave it out", lang.title())]
    Unsupported { problem: String, lang: Lang },
    #[error("cannot run the sandbox launcher `{}`: {message}", program.display())]
    Launch { program: PathBuf, message: String },
    #[error("the built-in reference of {problem} failed: {message}")]
    Reference { problem: String, message: String },
}
