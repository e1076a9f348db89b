//! Lab computations off the UI thread. The screen sends a request per change; the worker waits
//! for the keys to pause (debounce), computes only the newest request, stops a computation as
//! soon as a newer request exists, and sends progress and results back as Actions. The UI
//! thread never waits for it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use swelearn_core::labs::{self, Lab, Report};

use crate::tui::action::Action;

/// What to compute: a lab with its parameters, numbered so that stale answers can be told
/// from fresh ones.
#[derive(Debug, Clone)]
pub struct Request {
    pub generation: u64,
    pub lab: &'static Lab,
    pub values: Vec<f64>,
    pub seed: u64,
    pub step: usize,
}

impl PartialEq for Request {
    fn eq(&self, other: &Request) -> bool {
        self.generation == other.generation
    }
}

impl Eq for Request {}

impl Request {
    /// Runs the lab, reporting progress; stops when `progress` answers false.
    pub fn compute(&self, progress: &mut dyn FnMut(f64) -> bool) -> Outcome {
        self.lab
            .run_with(&self.values, self.seed, self.step, progress)
    }
}

/// A computation's result.
pub type Outcome = Result<Report, labs::Error>;

/// A finished computation, as an Action carries it.
#[derive(Debug, Clone)]
pub struct Done {
    pub generation: u64,
    pub outcome: Arc<Outcome>,
}

impl PartialEq for Done {
    fn eq(&self, other: &Done) -> bool {
        self.generation == other.generation && Arc::ptr_eq(&self.outcome, &other.outcome)
    }
}

impl Eq for Done {}

/// A new, never reused request number (unique across screens and reopenings).
pub fn next_generation() -> u64 {
    static NEXT: OnceLock<AtomicU64> = OnceLock::new();
    NEXT.get_or_init(|| AtomicU64::new(1))
        .fetch_add(1, Ordering::Relaxed)
}

/// How the worker computes a request (the lab itself, or a stand-in in tests).
pub type Compute = Box<dyn Fn(&Request, &mut dyn FnMut(f64) -> bool) -> Outcome + Send>;

/// The worker thread and its two channels.
pub struct Worker {
    requests: Sender<Request>,
    events: Receiver<Action>,
    newest: Arc<AtomicU64>,
}

impl Worker {
    /// A worker that runs the labs, waiting `debounce` for the keys to pause.
    pub fn spawn(debounce: Duration) -> Worker {
        Worker::with(
            debounce,
            Box::new(|request, progress| request.compute(progress)),
        )
    }

    /// A worker that computes with `compute`.
    pub fn with(debounce: Duration, compute: Compute) -> Worker {
        let (requests, inbox) = mpsc::channel::<Request>();
        let (outbox, events) = mpsc::channel();
        let newest = Arc::new(AtomicU64::new(0));
        let latest = Arc::clone(&newest);
        std::thread::spawn(move || serve(&inbox, &outbox, &latest, debounce, &compute));
        Worker {
            requests,
            events,
            newest,
        }
    }

    /// Queues a request; any older one still computing stops at its next progress report.
    pub fn submit(&self, request: Request) {
        self.newest.store(request.generation, Ordering::Relaxed);
        // A worker that died leaves the screen showing "computing"; nothing to do here.
        let _ = self.requests.send(request);
    }

    /// Progress and results that arrived, without waiting.
    pub fn poll(&self) -> Vec<Action> {
        self.events.try_iter().collect()
    }

    /// The next progress report or result, waiting for it (tests, and nothing else).
    pub fn wait(&self) -> Option<Action> {
        self.events.recv().ok()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Stops a computation in progress; the closed channel ends the thread.
        self.newest.store(u64::MAX, Ordering::Relaxed);
    }
}

fn serve(
    inbox: &Receiver<Request>,
    outbox: &Sender<Action>,
    newest: &AtomicU64,
    debounce: Duration,
    compute: &Compute,
) {
    while let Ok(mut request) = inbox.recv() {
        // Wait until no newer request has come for `debounce`; keep only the newest.
        loop {
            match inbox.recv_timeout(debounce) {
                Ok(newer) => request = newer,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        let generation = request.generation;
        if newest.load(Ordering::Relaxed) != generation {
            continue;
        }
        let mut reported = -1.0;
        let outcome = compute(&request, &mut |fraction| {
            if newest.load(Ordering::Relaxed) != generation {
                return false;
            }
            if fraction - reported >= 0.01 {
                reported = fraction;
                let _ = outbox.send(Action::LabProgress {
                    generation,
                    permille: (fraction * 1000.0).clamp(0.0, 1000.0) as u16,
                });
            }
            true
        });
        if matches!(outcome, Err(labs::Error::Cancelled)) {
            continue;
        }
        let done = Done {
            generation,
            outcome: Arc::new(outcome),
        };
        if outbox.send(Action::LabDone(done)).is_err() {
            return;
        }
    }
}
