//! A child process in its own process group whose standard streams are read concurrently with
//! byte budgets: stdin is written from a thread, stdout comes as lines on a channel (never more
//! than the budget in memory), and stderr keeps only its head or its tail. Killing kills the
//! whole group, and reaping waits without reaping first, so the group id cannot be reused while
//! it is being killed.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

use crate::cancel::Cancel;

/// What the stdout reader reports.
#[derive(Debug)]
pub enum Out {
    /// One line, without its newline.
    Line(Vec<u8>),
    /// The budget ran out: the rest was not read.
    Overflow,
    /// The stream closed.
    End,
}

/// Which part of stderr to keep.
#[derive(Debug, Clone, Copy)]
pub enum Keep {
    /// The first bytes (compiler messages: the first error matters most).
    Head(usize),
    /// The last bytes (a crash: the end of the trace matters most).
    Tail(usize),
}

/// The kept part of stderr and how much there was in all.
#[derive(Debug, Default, Clone)]
pub struct Captured {
    pub text: String,
    pub total: u64,
}

/// A running child with its readers.
pub struct Supervised {
    child: Child,
    pub lines: Receiver<Out>,
    stderr: Option<JoinHandle<Captured>>,
    stdin: Option<JoinHandle<()>>,
    reaped: Option<ExitStatus>,
    /// The run's cancel token, which knows the group until it is reaped.
    cancel: Option<Cancel>,
}

/// Starts `cmd` in a new process group, feeding it `input` and reading its output. Under a
/// cancel token ([`Cancel::scope`]) the group is registered with it, and a cancelled run starts
/// nothing (an `Interrupted` error).
pub fn spawn(
    mut cmd: Command,
    input: Vec<u8>,
    stdout_budget: u64,
    keep: Keep,
) -> std::io::Result<Supervised> {
    let cancel = crate::cancel::current();
    if cancel.as_ref().is_some_and(Cancel::is_cancelled) {
        return Err(cancelled());
    }
    cmd.process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn()?;
    if let Some(c) = &cancel
        && !c.register(child.id())
    {
        let _ = killpg(Pid::from_raw(child.id() as i32), Signal::SIGKILL);
        let _ = child.wait();
        return Err(cancelled());
    }
    let mut stdin = child.stdin.take();
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let stdin = std::thread::spawn(move || {
        if let Some(mut pipe) = stdin.take() {
            // A child that stops reading (or dies) closes the pipe: that is not an error here.
            let _ = pipe.write_all(&input);
        }
    });
    let (tx, lines) = mpsc::channel();
    if let Some(out) = stdout {
        std::thread::spawn(move || read_lines(out, stdout_budget, &tx));
    }
    let stderr = stderr.map(|err| std::thread::spawn(move || capture(err, keep)));
    Ok(Supervised {
        child,
        lines,
        stderr,
        stdin: Some(stdin),
        reaped: None,
        cancel,
    })
}

fn cancelled() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::Interrupted, "judging was cancelled")
}

fn read_lines(out: impl Read, budget: u64, tx: &mpsc::Sender<Out>) {
    let mut reader = BufReader::with_capacity(1 << 16, out);
    let mut left = budget;
    loop {
        let mut line = Vec::new();
        // At most the budget plus one byte, so a line with no end cannot grow without bound.
        match (&mut reader).take(left + 1).read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => {
                let _ = tx.send(Out::End);
                return;
            }
            Ok(n) => {
                if n as u64 > left {
                    let _ = tx.send(Out::Overflow);
                    return;
                }
                left -= n as u64;
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                if tx.send(Out::Line(line)).is_err() {
                    return;
                }
            }
        }
    }
}

fn capture(mut err: impl Read, keep: Keep) -> Captured {
    let mut kept: Vec<u8> = Vec::new();
    let mut total = 0u64;
    let mut buf = [0u8; 8192];
    loop {
        let n = match err.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        total += n as u64;
        match keep {
            Keep::Head(max) => {
                let room = max.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
            Keep::Tail(max) => {
                kept.extend_from_slice(&buf[..n]);
                if kept.len() > max {
                    kept.drain(..kept.len() - max);
                }
            }
        }
    }
    Captured {
        text: String::from_utf8_lossy(&kept).into_owned(),
        total,
    }
}

impl Supervised {
    /// The child's process id (its process group's id too).
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Takes the group off the cancel token's list, before the leader is reaped.
    fn forget(&self) {
        if let Some(c) = &self.cancel {
            c.forget(self.child.id());
        }
    }

    /// Kills the whole process group (a no-op once it has been reaped).
    pub fn kill(&self) {
        if self.reaped.is_none() {
            let _ = killpg(Pid::from_raw(self.child.id() as i32), Signal::SIGKILL);
        }
    }

    /// Waits for the child to exit (killing its group if it is still running at `deadline`),
    /// kills whatever it left in its group, reaps it, and returns its status, whether it had to
    /// be killed, and the captured stderr.
    pub fn finish(
        &mut self,
        deadline: Option<Instant>,
    ) -> (std::io::Result<ExitStatus>, bool, Captured) {
        let pid = self.child.id();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            wait_unreaped(pid);
            let _ = tx.send(());
        });
        let mut lingered = false;
        let exited = match deadline {
            Some(d) => rx
                .recv_timeout(d.saturating_duration_since(Instant::now()))
                .is_ok(),
            None => rx.recv().is_ok(),
        };
        if !exited {
            lingered = true;
            self.kill();
            let _ = rx.recv();
        }
        self.kill();
        self.forget();
        let status = self.child.wait();
        if let Ok(s) = status {
            self.reaped = Some(s);
        }
        if let Some(h) = self.stdin.take() {
            let _ = h.join();
        }
        let captured = self
            .stderr
            .take()
            .and_then(|h| h.join().ok())
            .unwrap_or_default();
        (status, lingered, captured)
    }
}

impl Drop for Supervised {
    fn drop(&mut self) {
        if self.reaped.is_none() {
            self.kill();
            self.forget();
            let _ = self.child.wait();
        }
    }
}

/// Waits until the child has exited without reaping it, so its pid (and so its process group
/// id) stays reserved while the group is killed.
#[cfg(target_os = "linux")]
fn wait_unreaped(pid: u32) {
    use nix::sys::wait::{Id, WaitPidFlag, waitid};
    loop {
        match waitid(
            Id::Pid(Pid::from_raw(pid as i32)),
            WaitPidFlag::WEXITED | WaitPidFlag::WNOWAIT,
        ) {
            Err(nix::errno::Errno::EINTR) => {}
            _ => return,
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn wait_unreaped(_pid: u32) {}

/// How a process that ran to its end (or was stopped) went.
#[derive(Debug)]
pub struct Finished {
    /// The exit status (`None` if waiting failed).
    pub status: Option<ExitStatus>,
    /// Its stdout, up to the budget.
    pub stdout: String,
    pub stderr: Captured,
    /// It was killed at the time limit.
    pub timed_out: bool,
    /// It was killed for writing more than the stdout budget.
    pub overflowed: bool,
}

/// Runs `cmd` to its end with `input` on stdin, killing it after `timeout` or when its stdout
/// passes `stdout_budget`.
pub fn run_to_end(
    cmd: Command,
    input: Vec<u8>,
    timeout: Duration,
    stdout_budget: u64,
    keep: Keep,
) -> std::io::Result<Finished> {
    let deadline = Instant::now() + timeout;
    let mut p = spawn(cmd, input, stdout_budget, keep)?;
    let mut stdout = Vec::new();
    let mut timed_out = false;
    let mut overflowed = false;
    loop {
        match p
            .lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            Ok(Out::Line(l)) => {
                stdout.extend_from_slice(&l);
                stdout.push(b'\n');
            }
            Ok(Out::Overflow) => {
                overflowed = true;
                p.kill();
                break;
            }
            Ok(Out::End) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                timed_out = true;
                p.kill();
                break;
            }
        }
    }
    let (status, lingered, stderr) = p.finish(Some(deadline));
    Ok(Finished {
        status: status.ok(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr,
        timed_out: timed_out || lingered,
        overflowed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("sh");
        c.arg("-c").arg(script);
        c
    }

    #[test]
    fn lines_come_through_and_the_budget_stops_a_flood() {
        let mut p = spawn(sh("cat; echo two"), b"one\n".to_vec(), 1024, Keep::Tail(10)).unwrap();
        let mut got = Vec::new();
        while let Ok(Out::Line(l)) = p.lines.recv() {
            got.push(String::from_utf8(l).unwrap());
        }
        assert_eq!(got, ["one", "two"]);
        assert!(p.finish(None).0.unwrap().success());

        let mut p = spawn(sh("yes"), Vec::new(), 10_000, Keep::Tail(10)).unwrap();
        let mut bytes = 0;
        loop {
            match p.lines.recv().unwrap() {
                Out::Line(l) => bytes += l.len() + 1,
                Out::Overflow => break,
                Out::End => panic!("yes never ends"),
            }
        }
        assert!(bytes <= 10_000);
        p.kill();
        let (status, _, _) = p.finish(None);
        assert!(!status.unwrap().success());
    }

    #[test]
    fn stderr_keeps_its_head_or_tail() {
        let script = "for i in 1 2 3 4 5 6 7 8 9; do echo line$i >&2; done";
        let mut p = spawn(sh(script), Vec::new(), 10, Keep::Head(12)).unwrap();
        let (_, _, head) = p.finish(None);
        assert_eq!(head.text, "line1\nline2\n");
        assert_eq!(head.total, 54);
        let mut p = spawn(sh(script), Vec::new(), 10, Keep::Tail(12)).unwrap();
        assert_eq!(p.finish(None).2.text, "line8\nline9\n");
    }

    #[test]
    fn a_child_that_lingers_is_killed_at_the_deadline() {
        let mut p = spawn(sh("exec >&-; sleep 30"), Vec::new(), 10, Keep::Tail(10)).unwrap();
        assert!(matches!(p.lines.recv().unwrap(), Out::End));
        let start = Instant::now();
        let (status, lingered, _) =
            p.finish(Some(Instant::now() + std::time::Duration::from_millis(200)));
        assert!(lingered && !status.unwrap().success());
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn killing_reaches_grandchildren() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("alive");
        // The grandchild would create the marker after a second unless it is killed with the group.
        let script = format!("(sleep 1; touch {}) & sleep 30", marker.display());
        let mut p = spawn(sh(&script), Vec::new(), 10, Keep::Tail(10)).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(100));
        p.kill();
        let _ = p.finish(None);
        std::thread::sleep(std::time::Duration::from_millis(1500));
        assert!(!marker.exists(), "the grandchild survived the kill");
    }
}
