//! Stopping a judge run from another thread (a screen's Esc): a token the caller makes, runs the
//! judge inside with [`Cancel::scope`], and cancels from anywhere. Cancelling kills the process
//! group of every solution, compiler or launcher the run has started and not yet reaped, and makes
//! the run's next process fail to start, so the judge returns an error soon after instead of
//! going on to the next test. A group is forgotten before its leader is reaped, so a group id
//! that the system has handed to another process is never killed.

use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

/// A run's cancel token; clones share it.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<Inner>);

#[derive(Debug, Default)]
struct Inner {
    cancelled: AtomicBool,
    /// Process groups started under this token and not yet reaped.
    groups: Mutex<HashSet<u32>>,
}

thread_local! {
    static CURRENT: RefCell<Option<Cancel>> = const { RefCell::new(None) };
}

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    /// Runs `f` (a judge run) on this thread under the token: every process it starts is
    /// registered with it.
    pub fn scope<T>(&self, f: impl FnOnce() -> T) -> T {
        let previous = CURRENT.with(|c| c.replace(Some(self.clone())));
        let out = f();
        CURRENT.with(|c| *c.borrow_mut() = previous);
        out
    }

    /// Kills every live process group of the run and refuses new ones.
    pub fn cancel(&self) {
        let groups = self.0.groups.lock().unwrap_or_else(PoisonError::into_inner);
        self.0.cancelled.store(true, Ordering::SeqCst);
        for &pgid in groups.iter() {
            let _ = killpg(Pid::from_raw(pgid as i32), Signal::SIGKILL);
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    /// Records a new group; false when the run was cancelled meanwhile (the caller kills it).
    pub(crate) fn register(&self, pgid: u32) -> bool {
        let mut groups = self.0.groups.lock().unwrap_or_else(PoisonError::into_inner);
        if self.is_cancelled() {
            return false;
        }
        groups.insert(pgid);
        true
    }

    /// Forgets a group, before its leader is reaped.
    pub(crate) fn forget(&self, pgid: u32) {
        self.0
            .groups
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&pgid);
    }
}

/// The token of the run on this thread, if any.
pub(crate) fn current() -> Option<Cancel> {
    CURRENT.with(|c| c.borrow().clone())
}

#[cfg(test)]
mod tests {
    use std::process::Command;
    use std::time::Duration;

    use super::*;
    use crate::process::{Keep, spawn};

    fn sleeper() -> Command {
        let mut c = Command::new("sh");
        c.arg("-c").arg("sleep 30 & sleep 30; wait");
        c
    }

    #[test]
    fn cancelling_kills_the_running_group_and_refuses_new_processes() {
        let token = Cancel::new();
        let other = token.clone();
        let (status, refused) = token.scope(|| {
            let mut p = spawn(sleeper(), Vec::new(), 1024, Keep::Tail(64)).expect("spawns");
            let canceller = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(200));
                other.cancel();
            });
            let (status, _, _) = p.finish(None);
            canceller.join().expect("joins");
            let refused = spawn(sleeper(), Vec::new(), 1024, Keep::Tail(64)).err();
            (status, refused)
        });
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(
                status.expect("status").signal(),
                Some(9),
                "killed, not ended"
            );
        }
        let refused = refused.expect("a cancelled run starts nothing");
        assert_eq!(refused.kind(), std::io::ErrorKind::Interrupted);
        assert!(current().is_none(), "the scope ends with the call");
    }

    #[test]
    fn processes_outside_the_scope_are_not_touched() {
        let token = Cancel::new();
        token.cancel();
        let mut p = spawn(
            {
                let mut c = Command::new("sh");
                c.arg("-c").arg("echo ok");
                c
            },
            Vec::new(),
            1024,
            Keep::Tail(64),
        )
        .expect("not under the token");
        assert!(p.finish(None).0.expect("status").success());
    }
}
