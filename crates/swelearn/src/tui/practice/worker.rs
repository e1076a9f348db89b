//! Judging off the UI thread: each run gets a thread that judges the solution inside a cancel
//! token and sends the judge's progress and its report back on a channel, which the event loop
//! drains between keys, so input never waits for a compiler or a solution. Cancelling kills the
//! run's processes; what the run still sends is told apart by its number.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use swelearn_core::problem::Lang;
use swelearn_judge::{Cancel, Judge, Mode, Progress, Report};

use crate::code::{Entry, judging};

/// What a run reports.
#[derive(Debug, Clone)]
pub enum Event {
    /// A step or a test finished.
    Progress { run: u64, progress: Progress },
    /// The run ended: the report, or why judging could not happen.
    Finished {
        run: u64,
        mode: Mode,
        outcome: Result<Arc<Report>, String>,
    },
}

impl Event {
    pub fn run(&self) -> u64 {
        match self {
            Event::Progress { run, .. } | Event::Finished { run, .. } => *run,
        }
    }
}

impl PartialEq for Event {
    fn eq(&self, other: &Event) -> bool {
        match (self, other) {
            (
                Event::Progress {
                    run: a,
                    progress: p,
                },
                Event::Progress {
                    run: b,
                    progress: q,
                },
            ) => a == b && p == q,
            (
                Event::Finished {
                    run: a, outcome: x, ..
                },
                Event::Finished {
                    run: b, outcome: y, ..
                },
            ) => a == b && x == y,
            _ => false,
        }
    }
}

// Reports hold times as floats, but two events are equal only when they are the same event.
impl Eq for Event {}

/// What to judge.
pub struct Job {
    pub run: u64,
    pub judge: Arc<Judge>,
    pub entry: Entry,
    pub lang: Lang,
    pub source: PathBuf,
    pub mode: Mode,
}

/// Starts runs and collects what they report.
pub struct Worker {
    tx: Sender<Event>,
    rx: Receiver<Event>,
    /// The run under way and its token.
    current: Option<(u64, Cancel)>,
}

impl Default for Worker {
    fn default() -> Worker {
        let (tx, rx) = mpsc::channel();
        Worker {
            tx,
            rx,
            current: None,
        }
    }
}

impl Worker {
    /// Starts judging on a new thread.
    pub fn start(&mut self, job: Job) {
        let cancel = Cancel::new();
        self.current = Some((job.run, cancel.clone()));
        let tx = self.tx.clone();
        std::thread::spawn(move || {
            let Job {
                run,
                judge,
                entry,
                lang,
                source,
                mode,
            } = job;
            let progress_tx = tx.clone();
            let result = cancel.scope(|| {
                judging::run(&judge, &entry, lang, &source, mode, &mut |p| {
                    let _ = progress_tx.send(Event::Progress {
                        run,
                        progress: p.clone(),
                    });
                })
            });
            // A cancelled run's report (its tests killed mid-way) is no verdict: it is never
            // shown or recorded.
            let outcome = match result {
                _ if cancel.is_cancelled() => Err("cancelled".to_owned()),
                Ok(r) => Ok(Arc::new(r)),
                Err(e) => Err(format!("{e:#}")),
            };
            let _ = tx.send(Event::Finished { run, mode, outcome });
        });
    }

    /// Cancels a run if it is the one under way.
    pub fn cancel(&mut self, run: u64) {
        if let Some((current, token)) = &self.current
            && *current == run
        {
            token.cancel();
            self.current = None;
        }
    }

    /// Whatever the runs reported since the last call.
    pub fn poll(&mut self) -> Vec<Event> {
        let events: Vec<Event> = self.rx.try_iter().collect();
        if events.iter().any(|e| {
            matches!(e, Event::Finished { run, .. } if self.current.as_ref().is_some_and(|c| c.0 == *run))
        }) {
            self.current = None;
        }
        events
    }

    /// Whether a run is under way.
    pub fn busy(&self) -> bool {
        self.current.is_some()
    }
}

/// Leaving the UI stops the run under way: no solution outlives it.
impl Drop for Worker {
    fn drop(&mut self) {
        if let Some((_, token)) = self.current.take() {
            token.cancel();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use swelearn_judge::{Config, Launcher};

    use super::*;
    use crate::code::ProblemCatalog;

    /// Whether a process is alive (not gone, not a zombie).
    fn alive(pid: &str) -> bool {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
            !s.split(") ")
                .nth(1)
                .is_some_and(|rest| rest.starts_with('Z'))
        })
    }

    #[test]
    fn cancelling_kills_a_run_that_would_never_end_and_reports_no_verdict() {
        let dir = tempfile::tempdir().expect("dir");
        // A launcher that never starts the solution and would wait for an hour.
        let pidfile = dir.path().join("pid");
        let launcher = dir.path().join("launcher.sh");
        std::fs::write(
            &launcher,
            format!(
                "#!/bin/sh
echo $$ > '{}'
exec sleep 3600
",
                pidfile.display()
            ),
        )
        .expect("script");
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755))
                .expect("chmod");
        }
        let mut config = Config::new(
            dir.path().join("cache"),
            Launcher {
                program: launcher,
                args: Vec::new(),
            },
        );
        config.budgets.startup = Duration::from_secs(3600);
        let catalog = ProblemCatalog::from_roots(&[]);
        let entry = catalog.get("ransom-note").expect("bundled").clone();
        let source = dir.path().join("solution.py");
        std::fs::write(
            &source,
            "def can_build_note(note: str, magazine: str) -> bool:
    return True
",
        )
        .expect("solution");
        let mut worker = Worker::default();
        worker.start(Job {
            run: 7,
            judge: Arc::new(Judge::new(config)),
            entry,
            lang: Lang::Python,
            source,
            mode: Mode::Test,
        });
        assert!(worker.busy());
        let deadline = Instant::now() + Duration::from_secs(60);
        let pid = loop {
            if let Ok(pid) = std::fs::read_to_string(&pidfile)
                && !pid.trim().is_empty()
            {
                break pid.trim().to_owned();
            }
            assert!(Instant::now() < deadline, "the launcher never started");
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(alive(&pid));
        worker.cancel(7);
        let mut events = Vec::new();
        while !events.iter().any(|e| matches!(e, Event::Finished { .. })) {
            assert!(Instant::now() < deadline, "the run never ended: {events:?}");
            std::thread::sleep(Duration::from_millis(20));
            events.extend(worker.poll());
        }
        let Some(Event::Finished { run, outcome, .. }) = events.last() else {
            panic!("{events:?}");
        };
        assert_eq!(*run, 7);
        assert_eq!(
            outcome.as_ref().err().map(String::as_str),
            Some("cancelled")
        );
        assert!(!alive(&pid), "the launcher was killed");
        assert!(!worker.busy());
    }
}
