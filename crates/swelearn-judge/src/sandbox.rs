//! The sandbox launcher: a small process (the `swelearn` binary's hidden `__sandbox` subcommand)
//! that sets resource limits on itself, starts the solution as its child with the inherited
//! standard streams, watches the child's resident memory, and writes a report: how it ended,
//! its CPU time and its peak memory.
//!
//! Why a launcher: `ru_maxrss` of a child forked from a large process counts the parent's pages
//! (the fork shares them until `exec`), so a small launcher measures the solution alone. The
//! judge puts the launcher in its own process group and kills that group on a time-out; the
//! launcher kills its child when the child's memory passes the limit (managed runtimes reserve
//! far more address space than they use, so they run without an address-space limit), when a
//! last-resort wall clock runs out, or when the judge is gone.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nix::sys::resource::{Resource, UsageWho, getrusage, setrlimit};
use nix::sys::signal::{Signal, kill};
use nix::unistd::{Pid, getppid};
use serde::{Deserialize, Serialize};

/// The launcher's subcommand name.
pub const SUBCOMMAND: &str = "__sandbox";

/// How often the child's memory is sampled.
const POLL: Duration = Duration::from_millis(4);

/// What the launcher enforces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// Where the report is written (JSON).
    pub report: PathBuf,
    /// CPU seconds (`RLIMIT_CPU`: SIGXCPU at this, SIGKILL a second later).
    pub cpu_secs: u64,
    /// `RLIMIT_AS` in bytes, for native code and Python; `None` for the JVM, Node and Go.
    pub address_space: Option<u64>,
    /// `RLIMIT_STACK` in bytes.
    pub stack: u64,
    /// `RLIMIT_FSIZE` in bytes: no file the solution writes grows past this.
    pub file_size: u64,
    /// Kill the child when its peak resident memory passes this many bytes.
    pub rss: u64,
    /// Kill the child after this long, whatever it is doing (the judge normally acts first).
    pub wall: Duration,
    /// The program and its arguments.
    pub program: Vec<OsString>,
}

/// How the child ended, as the launcher saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The exit code, when it exited.
    pub exit_code: Option<i32>,
    /// The signal that ended it, when one did.
    pub signal: Option<i32>,
    /// User and system CPU time.
    pub cpu_ms: u64,
    /// Peak resident memory in KiB.
    pub peak_kb: u64,
    /// The launcher killed it for passing the memory limit.
    pub killed_for_memory: bool,
    /// The launcher killed it when its own wall clock ran out.
    pub killed_for_wall: bool,
    /// The launcher could not start it (or set a limit): what went wrong.
    pub error: Option<String>,
}

impl Spec {
    /// The launcher's arguments (after the subcommand).
    pub fn to_args(&self) -> Vec<OsString> {
        let mut a: Vec<OsString> = vec![
            "--report".into(),
            self.report.clone().into_os_string(),
            "--cpu-secs".into(),
            self.cpu_secs.to_string().into(),
            "--stack".into(),
            self.stack.to_string().into(),
            "--file-size".into(),
            self.file_size.to_string().into(),
            "--rss".into(),
            self.rss.to_string().into(),
            "--wall-ms".into(),
            self.wall.as_millis().to_string().into(),
        ];
        if let Some(bytes) = self.address_space {
            a.push("--address-space".into());
            a.push(bytes.to_string().into());
        }
        a.push("--".into());
        a.extend(self.program.iter().cloned());
        a
    }

    /// Reads the launcher's arguments.
    pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Spec, String> {
        let mut spec = Spec {
            report: PathBuf::new(),
            cpu_secs: 0,
            address_space: None,
            stack: 0,
            file_size: 0,
            rss: 0,
            wall: Duration::ZERO,
            program: Vec::new(),
        };
        let mut it = args.into_iter();
        while let Some(flag) = it.next() {
            if flag == "--" {
                spec.program = it.collect();
                break;
            }
            let value = it
                .next()
                .ok_or_else(|| format!("{} needs a value", flag.to_string_lossy()))?;
            let number = |v: &OsStr| -> Result<u64, String> {
                v.to_str()
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| format!("{} needs a number", flag.to_string_lossy()))
            };
            match flag.to_str().unwrap_or_default() {
                "--report" => spec.report = PathBuf::from(value),
                "--cpu-secs" => spec.cpu_secs = number(&value)?,
                "--address-space" => spec.address_space = Some(number(&value)?),
                "--stack" => spec.stack = number(&value)?,
                "--file-size" => spec.file_size = number(&value)?,
                "--rss" => spec.rss = number(&value)?,
                "--wall-ms" => spec.wall = Duration::from_millis(number(&value)?),
                other => return Err(format!("unknown option `{other}`")),
            }
        }
        if spec.report.as_os_str().is_empty() {
            return Err("--report is required".into());
        }
        if spec.program.is_empty() {
            return Err("no program after `--`".into());
        }
        Ok(spec)
    }
}

/// The launcher's entry point: `swelearn __sandbox --report FILE ... -- PROGRAM ARGS...`.
/// Exits 0 once the report is written, 2 when the arguments are wrong.
pub fn sandbox_main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let spec = match Spec::parse(args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("swelearn {SUBCOMMAND}: {e}");
            return ExitCode::from(2);
        }
    };
    let outcome = launch(&spec);
    let text = serde_json::to_string(&outcome).unwrap_or_default();
    match std::fs::write(&spec.report, text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "swelearn {SUBCOMMAND}: cannot write {}: {e}",
                spec.report.display()
            );
            ExitCode::from(1)
        }
    }
}

fn limit(resource: Resource, soft: u64, hard: u64) -> Result<(), String> {
    setrlimit(resource, soft, hard).map_err(|e| format!("cannot set {resource:?}: {e}"))
}

fn set_limits(spec: &Spec) -> Result<(), String> {
    limit(Resource::RLIMIT_CORE, 0, 0)?;
    limit(
        Resource::RLIMIT_CPU,
        spec.cpu_secs.max(1),
        spec.cpu_secs.max(1) + 1,
    )?;
    limit(Resource::RLIMIT_STACK, spec.stack, spec.stack)?;
    limit(Resource::RLIMIT_FSIZE, spec.file_size, spec.file_size)?;
    if let Some(bytes) = spec.address_space {
        limit(Resource::RLIMIT_AS, bytes, bytes)?;
    }
    Ok(())
}

/// The peak resident memory of a process so far (`VmHWM`), in KiB.
fn peak_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn launch(spec: &Spec) -> Outcome {
    let mut outcome = Outcome::default();
    if let Err(e) = set_limits(spec) {
        outcome.error = Some(e);
        return outcome;
    }
    let mut child = match Command::new(&spec.program[0])
        .args(&spec.program[1..])
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            outcome.error = Some(format!(
                "cannot start `{}`: {e}",
                spec.program[0].to_string_lossy()
            ));
            return outcome;
        }
    };
    let pid = child.id();
    let parent = getppid();
    let started = Instant::now();
    let (tx, rx) = mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let status = child.wait();
        let _ = tx.send(());
        status
    });
    let stop = |outcome: &mut Outcome| {
        let _ = kill(Pid::from_raw(pid as i32), Signal::SIGKILL);
        outcome.exit_code = None;
    };
    let mut killed = false;
    loop {
        match rx.recv_timeout(POLL) {
            Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        if killed {
            continue;
        }
        if let Some(kb) = peak_kb(pid) {
            outcome.peak_kb = outcome.peak_kb.max(kb);
            if kb.saturating_mul(1024) > spec.rss {
                stop(&mut outcome);
                outcome.killed_for_memory = true;
                killed = true;
            }
        }
        if started.elapsed() > spec.wall {
            stop(&mut outcome);
            outcome.killed_for_wall = true;
            killed = true;
        }
        if getppid() != parent {
            // The judge is gone: nobody will read the answer.
            stop(&mut outcome);
            killed = true;
        }
    }
    match waiter.join() {
        Ok(Ok(status)) => {
            use std::os::unix::process::ExitStatusExt;
            outcome.exit_code = status.code();
            outcome.signal = status.signal();
        }
        Ok(Err(e)) => outcome.error = Some(format!("cannot wait for the program: {e}")),
        Err(_) => outcome.error = Some("the launcher's waiting thread failed".into()),
    }
    if let Ok(usage) = getrusage(UsageWho::RUSAGE_CHILDREN) {
        let ms =
            |t: nix::sys::time::TimeVal| (t.tv_sec() as u64) * 1000 + (t.tv_usec() as u64) / 1000;
        outcome.cpu_ms = ms(usage.user_time()) + ms(usage.system_time());
        // ru_maxrss is in KiB on Linux.
        outcome.peak_kb = outcome.peak_kb.max(usage.max_rss() as u64);
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_round_trip() {
        let spec = Spec {
            report: PathBuf::from("/tmp/r.json"),
            cpu_secs: 7,
            address_space: Some(1 << 30),
            stack: 256 << 20,
            file_size: 64 << 20,
            rss: 300 << 20,
            wall: Duration::from_millis(9500),
            program: vec!["python3".into(), "-E".into(), "main.py".into()],
        };
        assert_eq!(Spec::parse(spec.to_args()), Ok(spec.clone()));
        let managed = Spec {
            address_space: None,
            ..spec
        };
        assert_eq!(Spec::parse(managed.to_args()), Ok(managed));
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        let args = |s: &[&str]| s.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            Spec::parse(args(&["--report", "r", "--cpu-secs", "x", "--", "p"])),
            Err("--cpu-secs needs a number".into())
        );
        assert_eq!(
            Spec::parse(args(&["--report", "r"])),
            Err("no program after `--`".into())
        );
        assert_eq!(
            Spec::parse(args(&["--colour", "1", "--", "p"])),
            Err("unknown option `--colour`".into())
        );
    }
}
