//! Compiling a solution with its harness into a cache folder keyed by the SHA-256 of the
//! language, the toolchain's version, the harness text and the user's source: a second run of
//! the same source skips the compiler. A folder is built under a temporary name and renamed
//! into place once complete, so two processes compiling the same source never see half a build.
//! Compiler messages keep the compiler's text, with the build folder's copy of the solution
//! renamed to the user's file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use swelearn_core::problem::harness::Harness;
use swelearn_core::sanitize;

use crate::JudgeError;
use crate::config::Config;
use crate::process::{Keep, run_to_end};
use crate::recipe;
use crate::toolchain::Toolchain;

/// Changes whenever the layout of a build folder or the compile flags change.
const FORMAT: &str = "swelearn-judge build 1";
/// Written last into a complete build folder.
const DONE: &str = ".complete";

/// A compiled solution, ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Build {
    pub dir: PathBuf,
    /// It came from the cache.
    pub cached: bool,
    pub duration: Duration,
}

/// What compiling gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compiled {
    Ok(Build),
    /// The compiler's message, naming the user's file.
    Failed {
        message: String,
        duration: Duration,
    },
}

/// The cache key of a build.
pub fn key(tool: &Toolchain, harness: &Harness, source: &[u8]) -> String {
    let mut h = Sha256::new();
    for part in [
        FORMAT,
        tool.lang.name(),
        &tool.version,
        &tool.programs.join("\n"),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    for (name, text) in &harness.files {
        h.update(name.as_bytes());
        h.update([0]);
        h.update(text.as_bytes());
        h.update([0]);
    }
    h.update(source);
    h.finalize()
        .iter()
        .take(16)
        .fold(String::new(), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

fn io_error(path: &Path, e: &std::io::Error) -> JudgeError {
    JudgeError::Io {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

/// Builds (or finds in the cache) the solution `source`, read from `user_file`.
pub fn build(
    config: &Config,
    tool: &Toolchain,
    harness: &Harness,
    source: &[u8],
    user_file: &Path,
) -> Result<Compiled, JudgeError> {
    let started = Instant::now();
    let root = config.cache_dir.join(tool.lang.name());
    let dir = root.join(key(tool, harness, source));
    if dir.join(DONE).is_file() {
        return Ok(Compiled::Ok(Build {
            dir,
            cached: true,
            duration: started.elapsed(),
        }));
    }
    std::fs::create_dir_all(&root).map_err(|e| io_error(&root, &e))?;
    let tmp = tempfile::Builder::new()
        .prefix(".build-")
        .tempdir_in(&root)
        .map_err(|e| io_error(&root, &e))?;
    for (name, text) in &harness.files {
        let path = tmp.path().join(name);
        std::fs::write(&path, text).map_err(|e| io_error(&path, &e))?;
    }
    let canonical = tool.lang.solution_file();
    let copy = tmp.path().join(canonical);
    std::fs::write(&copy, source).map_err(|e| io_error(&copy, &e))?;
    let deadline = started + config.budgets.compile_time;
    for step in recipe::compile(tool, &config.cache_dir) {
        let mut cmd = Command::new(&step.program);
        cmd.args(&step.args)
            .envs(step.env.iter().map(|(k, v)| (k, v)))
            .current_dir(tmp.path());
        let done = run_to_end(
            cmd,
            Vec::new(),
            deadline.saturating_duration_since(Instant::now()),
            config.budgets.stdout_bytes,
            Keep::Head(config.budgets.stderr_bytes),
        )
        .map_err(|e| JudgeError::Io {
            path: PathBuf::from(&step.program),
            message: format!("cannot run the compiler: {e}"),
        })?;
        let failed = |message: String| {
            Ok(Compiled::Failed {
                message,
                duration: started.elapsed(),
            })
        };
        if done.overflowed {
            return failed(format!(
                "the compiler wrote more than {} MiB",
                config.budgets.stdout_bytes >> 20
            ));
        }
        if done.timed_out {
            return failed(format!(
                "compiling took longer than {} s",
                config.budgets.compile_time.as_secs()
            ));
        }
        if !done.status.is_some_and(|s| s.success()) {
            let mut text = done.stdout;
            text.push_str(&done.stderr.text);
            if done.stderr.total > done.stderr.text.len() as u64 {
                let _ = writeln!(
                    text,
                    "\n... ({} more bytes of messages)",
                    done.stderr.total - done.stderr.text.len() as u64
                );
            }
            let message = remap(&text, tmp.path(), canonical, user_file);
            return failed(sanitize::strip_controls(message.trim_end()).0);
        }
    }
    let marker = tmp.path().join(DONE);
    std::fs::write(&marker, b"").map_err(|e| io_error(&marker, &e))?;
    let kept = tmp.keep();
    if std::fs::rename(&kept, &dir).is_err() {
        // Another process finished the same build first: use theirs.
        let _ = std::fs::remove_dir_all(&kept);
        if !dir.join(DONE).is_file() {
            return Err(JudgeError::Io {
                path: dir,
                message: "cannot move the build into the cache".into(),
            });
        }
    }
    Ok(Compiled::Ok(Build {
        dir,
        cached: false,
        duration: started.elapsed(),
    }))
}

/// Rewrites messages that name the build folder's copy of the solution (as `solution.rs:3:5`,
/// `./solution.go:3:5`, `"solution.py"` or `/cache/.../solution.py`) to name the user's file.
pub fn remap(text: &str, build_dir: &Path, canonical: &str, user_file: &Path) -> String {
    let user = user_file.display().to_string();
    let text = text.replace(
        &format!("{}/{canonical}", build_dir.display()),
        &format!("\u{0}{canonical}"),
    );
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find(canonical) {
        let (before, after) = rest.split_at(at);
        let tail = &after[canonical.len()..];
        let (head, prefixed) = match before.strip_suffix('\u{0}') {
            Some(h) => (h, true),
            None => match before.strip_suffix("./") {
                Some(h) => (h, true),
                None => (before, false),
            },
        };
        let starts = prefixed
            || head
                .chars()
                .last()
                .is_none_or(|c| c.is_whitespace() || "\"'(`".contains(c));
        let ends = tail
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ":\"')`,".contains(c));
        if starts && ends {
            out.push_str(head);
            out.push_str(&user);
        } else {
            out.push_str(before);
            out.push_str(canonical);
        }
        rest = tail;
    }
    out.push_str(rest);
    out.replace('\u{0}', &format!("{}/", build_dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_users_file() {
        let user = Path::new("/home/ada/code/two-sum/solution.rs");
        let build = Path::new("/cache/rust/.build-x1");
        let cases = [
            (
                "error[E0308]: mismatched types\n --> solution.rs:3:5\n",
                "error[E0308]: mismatched types\n --> /home/ada/code/two-sum/solution.rs:3:5\n",
            ),
            (
                "./solution.rs:4:2: undefined",
                "/home/ada/code/two-sum/solution.rs:4:2: undefined",
            ),
            (
                "  File \"/cache/rust/.build-x1/solution.rs\", line 3",
                "  File \"/home/ada/code/two-sum/solution.rs\", line 3",
            ),
            (
                "at Solution.f(solution.rs:5)",
                "at Solution.f(/home/ada/code/two-sum/solution.rs:5)",
            ),
            // Not the file: other words that contain its name, and the harness's own files.
            (
                "my_solution.rs: and solution.rsx",
                "my_solution.rs: and solution.rsx",
            ),
            (
                "/cache/rust/.build-x1/main.rs:10",
                "/cache/rust/.build-x1/main.rs:10",
            ),
        ];
        for (from, to) in cases {
            assert_eq!(remap(from, build, "solution.rs", user), to, "{from}");
        }
    }
}
