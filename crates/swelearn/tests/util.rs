//! Helpers for black-box tests of the binary: a command with a private `SWELEARN_HOME`, the UTC
//! time zone, and none of the caller's environment that changes output; paths to the fixture
//! folders; and (`schedule`) an independent check of stored schedules.

#![allow(dead_code)]

pub mod schedule;

use std::path::PathBuf;

use assert_cmd::Command;
use tempfile::TempDir;

/// A swelearn command isolated from the user's home and terminal settings.
pub struct Swelearn {
    pub home: TempDir,
}

impl Swelearn {
    pub fn new() -> Self {
        Self {
            home: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A command running the binary with `args`.
    #[track_caller]
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("swelearn").expect("binary");
        cmd.env("SWELEARN_HOME", self.home.path())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("SWELEARN_CONTENT")
            .env_remove("COLUMNS")
            .env("TZ", "UTC")
            .args(args);
        cmd
    }

    /// Runs and returns (exit code, stdout, stderr).
    #[track_caller]
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd(args).output().expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

impl Swelearn {
    /// Runs with a fixed clock (`SWELEARN_NOW`) and `stdin`; returns (exit code, stdout, stderr).
    #[track_caller]
    pub fn run_at(&self, args: &[&str], now: &str, stdin: &str) -> (i32, String, String) {
        let out = self
            .cmd(args)
            .env("SWELEARN_NOW", now)
            .write_stdin(stdin)
            .output()
            .expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

/// A fixture folder.
pub fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}
