//! What the judge is told by its caller: the toolchain commands (the binary fills them from
//! `config.toml`), where compiled solutions are cached, how to start the sandbox launcher, and
//! the budgets every run gets.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The commands that run each toolchain; each may be a name on `PATH` or a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Commands {
    pub python: String,
    pub rustc: String,
    /// The C++ compiler (given `-std=c++17 -O2`).
    pub cxx: String,
    pub javac: String,
    pub java: String,
    pub node: String,
    pub go: String,
}

impl Default for Commands {
    fn default() -> Self {
        Commands {
            python: "python3".into(),
            rustc: "rustc".into(),
            cxx: "g++".into(),
            javac: "javac".into(),
            java: "java".into(),
            node: "node".into(),
            go: "go".into(),
        }
    }
}

/// How to start the sandbox launcher: a program and the arguments that select its
/// `__sandbox` mode (the `swelearn` binary passes itself and `["__sandbox"]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launcher {
    pub program: PathBuf,
    pub args: Vec<OsString>,
}

impl Launcher {
    /// The `swelearn` binary at `program` as launcher.
    pub fn swelearn(program: impl Into<PathBuf>) -> Launcher {
        Launcher {
            program: program.into(),
            args: vec![crate::sandbox::SUBCOMMAND.into()],
        }
    }
}

/// Budgets that bound every compile and run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budgets {
    /// Bytes of stdout a run (or a compile) may write before Output Limit Exceeded.
    pub stdout_bytes: u64,
    /// Bytes of stderr kept (the last ones for a run, the first ones for a compile).
    pub stderr_bytes: usize,
    /// Bytes of the solution's own printing kept per test, to show.
    pub printed_bytes: usize,
    /// How long a compile may take.
    pub compile_time: Duration,
    /// How long a run may take to start (load the runtime, read and decode its input) before
    /// its first test's clock starts.
    pub startup: Duration,
    /// The largest file the solution may write.
    pub file_bytes: u64,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets {
            stdout_bytes: 64 << 20,
            stderr_bytes: 64 << 10,
            printed_bytes: 4 << 10,
            compile_time: Duration::from_secs(60),
            startup: Duration::from_secs(10),
            file_bytes: 64 << 20,
        }
    }
}

/// Everything the judge needs.
#[derive(Debug, Clone)]
pub struct Config {
    pub commands: Commands,
    /// The folder for compiled solutions (created when needed).
    pub cache_dir: PathBuf,
    pub launcher: Launcher,
    pub budgets: Budgets,
}

impl Config {
    /// Default commands and budgets.
    pub fn new(cache_dir: impl Into<PathBuf>, launcher: Launcher) -> Config {
        Config {
            commands: Commands::default(),
            cache_dir: cache_dir.into(),
            launcher,
            budgets: Budgets::default(),
        }
    }
}
