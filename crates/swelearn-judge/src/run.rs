//! Running one batch of cases in one process: the sandbox launcher starts the built solution,
//! the encoded cases go to its stdin, and its stdout is read line by line. Lines carrying the
//! run's nonce are the harness's events; anything else is the solution's own printing, kept
//! (bounded) with the case that printed it. A wall clock per case kills the process group when
//! the case in progress (the one after the last result) runs past twice its limit.

use std::path::Path;
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};

use swelearn_core::problem::wire::{self, Event};
use swelearn_core::problem::{Input, Signature};

use crate::JudgeError;
use crate::config::Config;
use crate::process::{self, Keep, Out};
use crate::recipe::{Memory, Step};
use crate::sandbox::{Outcome, Spec};

/// Extra wall time the launcher allows before it acts on its own (the judge acts first).
const LAUNCHER_GRACE: Duration = Duration::from_secs(5);
/// How long a process may take to exit after its last result.
const EXIT_GRACE: Duration = Duration::from_secs(2);

/// What to run and under which limits.
pub struct Setup<'a> {
    pub config: &'a Config,
    pub dir: &'a Path,
    pub command: Step,
    pub memory: Memory,
}

/// A case that returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    /// The time the harness measured around the calls.
    pub nanos: u64,
    /// The result's tokens, or the harness's message saying it was not of the declared type.
    pub outcome: Result<String, String>,
    /// What the solution printed during the case.
    pub printed: String,
}

/// Whether to go on after a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

/// Why the judge killed the process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stopped {
    /// The case in progress ran past its wall limit.
    Time,
    /// The process did not get ready within the start-up allowance.
    Startup,
    /// It wrote more than the stdout budget.
    Output,
    /// The caller asked to stop (a submission's first failure).
    Asked,
    /// It did not exit after its last result.
    Lingered,
    /// It wrote something the protocol does not allow.
    Protocol(String),
}

/// How a batch ended.
#[derive(Debug)]
pub struct End {
    /// How many cases returned; when fewer than the batch, the next one was in progress.
    pub returned: usize,
    pub stopped: Option<Stopped>,
    /// How long the case in progress had run when the process ended.
    pub running_for: Duration,
    /// The launcher's report (none when the judge killed it).
    pub outcome: Option<Outcome>,
    /// The last part of stderr.
    pub stderr: String,
    /// What the case in progress printed.
    pub printed: String,
    pub status: Option<ExitStatus>,
}

fn nonce() -> String {
    format!("{:016x}", fastrand::u64(..))
}

fn push_bounded(buf: &mut String, text: &str, max: usize) {
    if buf.len() >= max {
        return;
    }
    let room = max - buf.len();
    if text.len() < room {
        buf.push_str(text);
        buf.push('\n');
    } else {
        let mut cut = room.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        buf.push_str(&text[..cut]);
        buf.push_str("\n[...]\n");
    }
}

/// Runs `inputs` (with their time `limits`) in one process, calling `on_return` as each case
/// returns.
pub fn batch(
    setup: &Setup,
    sig: &Signature,
    inputs: &[&Input],
    limits: &[Duration],
    on_return: &mut dyn FnMut(usize, Returned) -> Flow,
) -> Result<End, JudgeError> {
    let budgets = &setup.config.budgets;
    let nonce = nonce();
    let work = tempfile::Builder::new()
        .prefix("swelearn-run-")
        .tempdir()
        .map_err(|e| JudgeError::Io {
            path: std::env::temp_dir(),
            message: e.to_string(),
        })?;
    let report = work.path().join("report.json");
    let all: Duration = limits.iter().map(|l| *l * 2).sum::<Duration>() + budgets.startup;
    let spec = Spec {
        report: report.clone(),
        cpu_secs: all.as_secs() + 1,
        address_space: setup.memory.address_space,
        stack: setup.memory.stack,
        file_size: budgets.file_bytes,
        rss: setup.memory.kill_at,
        wall: all + LAUNCHER_GRACE,
        program: std::iter::once(setup.command.program.clone().into())
            .chain(setup.command.args.iter().map(Into::into))
            .collect(),
    };
    let launcher = &setup.config.launcher;
    // The launcher runs in the build folder: a relative path must not change meaning there.
    let program = if launcher.program.components().count() > 1 {
        std::path::absolute(&launcher.program).unwrap_or_else(|_| launcher.program.clone())
    } else {
        launcher.program.clone()
    };
    let mut cmd = Command::new(&program);
    cmd.args(&launcher.args)
        .args(spec.to_args())
        .current_dir(setup.dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LANG", "C.UTF-8")
        .env("HOME", work.path())
        .env("TMPDIR", work.path())
        .envs(setup.command.env.iter().map(|(k, v)| (k, v)));
    let input = wire::encode_batch(sig, &nonce, inputs.iter().copied());
    let mut child = process::spawn(
        cmd,
        input.into_bytes(),
        budgets.stdout_bytes,
        Keep::Tail(budgets.stderr_bytes),
    )
    .map_err(|e| JudgeError::Launch {
        program: launcher.program.clone(),
        message: e.to_string(),
    })?;

    let spawned = Instant::now();
    let mut ready = false;
    let mut returned = 0usize;
    let mut case_started = spawned;
    let mut printed = String::new();
    let mut stopped = None;
    loop {
        if returned == inputs.len() {
            break;
        }
        let deadline = if ready {
            case_started + limits[returned] * 2
        } else {
            spawned + budgets.startup
        };
        let msg = child
            .lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()));
        let line = match msg {
            Ok(Out::Line(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
            Ok(Out::Overflow) => {
                stopped = Some(Stopped::Output);
                break;
            }
            Ok(Out::End) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                stopped = Some(if ready {
                    Stopped::Time
                } else {
                    Stopped::Startup
                });
                break;
            }
        };
        // The harness's line may follow output the solution printed without a newline.
        let (own, event) = match line.find(&nonce) {
            Some(at) => (&line[..at], wire::parse_event(&nonce, &line[at..])),
            None => (line.as_str(), None),
        };
        if !own.is_empty() || event.is_none() {
            push_bounded(&mut printed, own, budgets.printed_bytes);
        }
        match event {
            None => {}
            Some(Event::Ready) if !ready => {
                ready = true;
                case_started = Instant::now();
            }
            Some(Event::Result {
                index,
                nanos,
                outcome,
            }) if ready && index == returned => {
                let flow = on_return(
                    index,
                    Returned {
                        nanos,
                        outcome,
                        printed: std::mem::take(&mut printed),
                    },
                );
                returned += 1;
                case_started = Instant::now();
                if flow == Flow::Stop {
                    stopped = Some(Stopped::Asked);
                    break;
                }
            }
            Some(other) => {
                stopped = Some(Stopped::Protocol(format!(
                    "the harness wrote an unexpected line ({other:?}) during case {}",
                    returned + 1
                )));
                break;
            }
        }
    }
    let running_for = case_started.elapsed();
    if stopped.is_some() {
        child.kill();
    }
    let (status, lingered, stderr) = child.finish(Some(Instant::now() + EXIT_GRACE));
    if lingered && stopped.is_none() {
        stopped = Some(Stopped::Lingered);
    }
    let outcome = std::fs::read_to_string(&report)
        .ok()
        .and_then(|t| serde_json::from_str::<Outcome>(&t).ok());
    if let Some(error) = outcome.as_ref().and_then(|o| o.error.clone()) {
        return Err(JudgeError::Launch {
            program: launcher.program.clone(),
            message: error,
        });
    }
    Ok(End {
        returned,
        stopped,
        running_for,
        outcome,
        stderr: stderr.text,
        printed,
        status: status.ok(),
    })
}
