//! Finding each language's toolchain: whether its commands run, their versions (part of the
//! compile cache's key), and how to install the ones that are missing.

use std::process::Command;
use std::time::Duration;

use serde::Serialize;
use swelearn_core::problem::Lang;

use crate::config::Commands;
use crate::process::{Keep, run_to_end};

/// How long a version query may take (a cold JVM on a busy machine is slow).
const QUERY_TIME: Duration = Duration::from_secs(20);

/// How to install a toolchain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Install {
    /// On Debian and Ubuntu.
    pub debian: &'static str,
    /// On macOS with Homebrew.
    pub macos: &'static str,
}

/// The install commands of a language's toolchain.
pub fn install(lang: Lang) -> Install {
    let (debian, macos) = match lang {
        Lang::Python => ("sudo apt-get install python3", "brew install python"),
        Lang::Rust => (
            "sudo apt-get install rustc (or rustup from https://rustup.rs)",
            "brew install rust",
        ),
        Lang::Cpp => ("sudo apt-get install g++", "xcode-select --install"),
        Lang::Java => (
            "sudo apt-get install default-jdk-headless",
            "brew install openjdk",
        ),
        Lang::JavaScript => ("sudo apt-get install nodejs", "brew install node"),
        Lang::Go => ("sudo apt-get install golang-go", "brew install go"),
    };
    Install { debian, macos }
}

/// A toolchain that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toolchain {
    pub lang: Lang,
    /// The commands to run, in the language's order: the interpreter, or the compiler (and for
    /// Java the `java` launcher second). Python's is the interpreter's real path.
    pub programs: Vec<String>,
    /// What the version queries printed (one line per command).
    pub version: String,
}

/// A toolchain that was not found: the command and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub lang: Lang,
    pub command: String,
    pub reason: String,
}

/// One line of `doctor`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub lang: Lang,
    pub title: &'static str,
    /// The commands it runs.
    pub commands: Vec<String>,
    pub found: bool,
    pub version: Option<String>,
    /// Why it was not found.
    pub problem: Option<String>,
    pub install: Install,
}

/// The configured commands of a language.
pub fn commands(lang: Lang, c: &Commands) -> Vec<String> {
    match lang {
        Lang::Python => vec![c.python.clone()],
        Lang::Rust => vec![c.rustc.clone()],
        Lang::Cpp => vec![c.cxx.clone()],
        Lang::Java => vec![c.javac.clone(), c.java.clone()],
        Lang::JavaScript => vec![c.node.clone()],
        Lang::Go => vec![c.go.clone()],
    }
}

/// Runs a version query; the first non-empty line of stdout, else of stderr.
fn query(program: &str, args: &[&str]) -> Result<String, String> {
    let mut cmd = Command::new(program);
    cmd.args(args);
    let done = run_to_end(cmd, Vec::new(), QUERY_TIME, 1 << 16, Keep::Head(1 << 16))
        .map_err(|e| format!("cannot run `{program}`: {e}"))?;
    if done.timed_out {
        return Err(format!("`{program} {}` did not answer", args.join(" ")));
    }
    let first = |t: &str| {
        t.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(ToOwned::to_owned)
    };
    let ok = done.status.is_some_and(|s| s.success());
    match (ok, first(&done.stdout).or_else(|| first(&done.stderr.text))) {
        (true, Some(line)) => Ok(line),
        (_, line) => Err(format!(
            "`{program} {}` failed{}",
            args.join(" "),
            line.map(|l| format!(": {l}")).unwrap_or_default()
        )),
    }
}

/// Finds a language's toolchain.
pub fn detect(lang: Lang, c: &Commands) -> Result<Toolchain, Missing> {
    let cmds = commands(lang, c);
    let missing = |command: &str, reason: String| Missing {
        lang,
        command: command.to_owned(),
        reason,
    };
    match lang {
        Lang::Python => {
            let py = &cmds[0];
            // The interpreter's real path, so runs skip any wrapper script (pyenv's shims).
            let out = query(
                py,
                &[
                    "-c",
                    "import sys; print(sys.executable + '|Python ' + sys.version.split()[0])",
                ],
            )
            .map_err(|e| missing(py, e))?;
            let (exe, version) = out.split_once('|').unwrap_or(("", out.as_str()));
            if !version.starts_with("Python 3") {
                return Err(missing(py, format!("it is {version}, not Python 3")));
            }
            let program = if exe.is_empty() {
                py.clone()
            } else {
                exe.to_owned()
            };
            Ok(Toolchain {
                lang,
                programs: vec![program],
                version: version.to_owned(),
            })
        }
        Lang::Java => {
            let javac = query(&cmds[0], &["-version"]).map_err(|e| missing(&cmds[0], e))?;
            let java = query(&cmds[1], &["-version"]).map_err(|e| missing(&cmds[1], e))?;
            Ok(Toolchain {
                lang,
                programs: cmds,
                version: format!("{javac}\n{java}"),
            })
        }
        _ => {
            let arg = if lang == Lang::Go {
                "version"
            } else {
                "--version"
            };
            let version = query(&cmds[0], &[arg]).map_err(|e| missing(&cmds[0], e))?;
            if lang == Lang::Go && !go_has_generics(&version) {
                return Err(missing(
                    &cmds[0],
                    format!("the harness needs Go 1.18 or newer, found `{version}`"),
                ));
            }
            Ok(Toolchain {
                lang,
                programs: cmds,
                version,
            })
        }
    }
}

/// Whether `go version` names Go 1.18 or newer (the harness uses generics).
fn go_has_generics(version: &str) -> bool {
    let Some(v) = version
        .split_whitespace()
        .find_map(|w| w.strip_prefix("go1."))
    else {
        return true;
    };
    let minor: String = v.chars().take_while(char::is_ascii_digit).collect();
    minor.parse::<u32>().is_ok_and(|m| m >= 18)
}

/// Every language's toolchain: found or not, its version, and how to install it.
pub fn doctor(c: &Commands) -> Vec<Status> {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let (found, version, problem) = match detect(lang, c) {
                Ok(t) => (true, Some(t.version), None),
                Err(m) => (false, None, Some(m.reason)),
            };
            Status {
                lang,
                title: lang.title(),
                commands: commands(lang, c),
                found,
                version,
                problem,
                install: install(lang),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_command_is_named_with_the_reason() {
        let c = Commands {
            go: "/nonexistent/go-xyz".into(),
            ..Commands::default()
        };
        let m = detect(Lang::Go, &c).unwrap_err();
        assert_eq!(m.command, "/nonexistent/go-xyz");
        assert!(
            m.reason.starts_with("cannot run `/nonexistent/go-xyz`"),
            "{}",
            m.reason
        );
        let status = doctor(&c);
        let go = status.iter().find(|s| s.lang == Lang::Go).unwrap();
        assert!(!go.found && go.version.is_none());
        assert_eq!(go.install.debian, "sudo apt-get install golang-go");
    }

    #[test]
    fn go_needs_generics() {
        assert!(go_has_generics("go version go1.19.8 linux/amd64"));
        assert!(go_has_generics("go version go1.22rc1 darwin/arm64"));
        assert!(!go_has_generics("go version go1.13.8 linux/amd64"));
    }

    #[test]
    fn a_command_that_fails_is_not_a_toolchain() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let node = dir.path().join("node");
        std::fs::write(
            &node,
            "#!/bin/sh\necho 'node: broken install' >&2\nexit 1\n",
        )
        .unwrap();
        std::fs::set_permissions(&node, std::fs::Permissions::from_mode(0o755)).unwrap();
        let c = Commands {
            node: node.display().to_string(),
            ..Commands::default()
        };
        // Another test's fork may briefly hold the new script open ("Text file busy").
        let mut m = detect(Lang::JavaScript, &c).unwrap_err();
        for _ in 0..20 {
            if !m.reason.contains("Text file busy") {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
            m = detect(Lang::JavaScript, &c).unwrap_err();
        }
        assert_eq!(
            m.reason,
            format!(
                "`{} --version` failed: node: broken install",
                node.display()
            )
        );
    }
}
