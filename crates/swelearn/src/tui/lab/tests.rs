//! The lab screen as the user drives it: stepping parameters through sensible values, R and W
//! held to N, typed values, Space, stale results dropped, and many keys processed while a
//! computation is held up in the worker.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use swelearn_core::labs::{self, Report};

use super::worker::{Done, Worker};
use super::*;
use crate::tui::app::tests::fixture_app;
use crate::tui::app::{App, Effect, Screen};

/// Computes the lab on top's newest request on this thread and hands the result back, as
/// the worker would.
pub fn settle(app: &mut App) {
    app.update(Action::Tick);
    let request = match app.stack.last() {
        Some(Screen::Lab(l)) if l.busy() => l.request(),
        _ => return,
    };
    let outcome = request.compute(&mut |_| true);
    app.update(Action::LabDone(Done {
        generation: request.generation,
        outcome: Arc::new(outcome),
    }));
}

fn lab(app: &App) -> &LabScreen {
    match app.stack.last() {
        Some(Screen::Lab(l)) => l,
        _ => panic!("a lab screen on top"),
    }
}

fn keys(app: &mut App, keys: &[Action]) -> Vec<Effect> {
    keys.iter().flat_map(|k| app.update(k.clone())).collect()
}

fn shown(app: &App, key: &str) -> String {
    let l = lab(app);
    let i = l.lab.index(key).expect("parameter");
    l.lab.params[i].show(l.values[i])
}

#[test]
fn parameters_step_through_sensible_values_and_never_wrap() {
    let mut app = fixture_app();
    app.open_lab("availability");
    let mut seen = Vec::new();
    for _ in 0..7 {
        app.update(Action::Right);
        seen.push(shown(&app, "availability"));
    }
    assert_eq!(
        seen,
        [
            "99.95", "99.99", "99.999", "99.9999", "99.99999", "99.99999", "99.99999"
        ]
    );
    app.open_lab("quorum");
    keys(&mut app, &vec![Action::Down; 7]);
    let mut trials = Vec::new();
    for _ in 0..4 {
        app.update(Action::Right);
        trials.push(shown(&app, "trials"));
    }
    assert_eq!(trials, ["200,000", "500,000", "1,000,000", "2,000,000"]);
    for _ in 0..20 {
        app.update(Action::Right);
    }
    assert_eq!(shown(&app, "trials"), "10,000,000", "the top stays the top");
}

#[test]
fn r_and_w_are_held_to_n_with_a_note_not_an_error() {
    let mut app = fixture_app();
    app.open_lab("quorum");
    // R up to 3, then N down to 2: R follows N.
    keys(
        &mut app,
        &[Action::Down, Action::Right, Action::Right, Action::Right],
    );
    assert_eq!(shown(&app, "r"), "3", "R stops at N");
    keys(&mut app, &[Action::Up, Action::Left]);
    assert_eq!(
        (shown(&app, "n"), shown(&app, "r")),
        ("2".into(), "2".into())
    );
    assert_eq!(
        lab(&app).note.as_deref(),
        Some("R read quorum lowered to 2 to stay within N replicas.")
    );
    settle(&mut app);
    let Some(Report::Quorum(q)) = lab(&app).report() else {
        panic!("a quorum report, not an error")
    };
    assert_eq!((q.n, q.r, q.strong), (2, 2, true));
}

#[test]
fn a_value_can_be_typed_and_a_bad_one_is_refused_with_the_range() {
    let mut app = fixture_app();
    app.open_lab("quorum");
    app.update(Action::Open);
    assert_eq!(app.context(), (crate::tui::keymap::Context::Lab, true));
    keys(
        &mut app,
        &"250".chars().map(Action::Input).collect::<Vec<_>>(),
    );
    app.update(Action::Open);
    let prompt = lab(&app).prompt.clone().expect("still asking");
    assert_eq!(
        prompt.error.as_deref(),
        Some("--n must be a whole number between 1 and 100 (found 250)")
    );
    keys(
        &mut app,
        &[Action::Backspace, Action::Backspace, Action::Backspace],
    );
    keys(
        &mut app,
        &"100".chars().map(Action::Input).collect::<Vec<_>>(),
    );
    let effects = app.update(Action::Open);
    assert!(lab(&app).prompt.is_none());
    assert_eq!(shown(&app, "n"), "100");
    assert!(matches!(effects.as_slice(), [Effect::ComputeLab(r)] if r.values[0] == 100.0));
    // Esc closes the prompt, not the lab.
    app.update(Action::Open);
    app.update(Action::Back);
    assert!(lab(&app).prompt.is_none());
    app.update(Action::Back);
    assert!(app.stack.is_empty());
}

#[test]
fn space_steps_a_stepped_lab_and_pages_the_others() {
    let mut app = fixture_app();
    app.update(Action::Resize(80, 24));
    app.open_lab("read-repair");
    settle(&mut app);
    assert_eq!(lab(&app).step, 1);
    app.update(Action::Reveal);
    settle(&mut app);
    let Some(Report::ReadRepair(r)) = lab(&app).report() else {
        panic!("a read-repair report")
    };
    assert_eq!(r.steps.len(), 2);
    app.open_lab("quorum");
    settle(&mut app);
    app.update(Action::Reveal);
    assert!(
        lab(&app).scroll > 0,
        "Space pages down where it has nothing to step"
    );
}

#[test]
fn a_result_for_an_older_request_is_dropped() {
    let mut app = fixture_app();
    app.open_lab("availability");
    let first = match app.update(Action::Tick).as_slice() {
        [Effect::ComputeLab(r)] => r.clone(),
        other => panic!("{other:?}"),
    };
    app.update(Action::Right);
    assert!(lab(&app).busy());
    let stale = first.compute(&mut |_| true);
    app.update(Action::LabDone(Done {
        generation: first.generation,
        outcome: Arc::new(stale),
    }));
    assert!(lab(&app).report.is_none(), "the older result is not shown");
    assert!(lab(&app).busy());
    settle(&mut app);
    let Some(Report::Availability(r)) = lab(&app).report() else {
        panic!("the newest result")
    };
    assert_eq!(r.availability_percent, 99.95);
    assert!(!lab(&app).busy());
}

/// A worker whose computations wait at a gate, so the test controls when they run.
struct Gated {
    worker: Worker,
    started: mpsc::Receiver<u64>,
    gate: Arc<(Mutex<bool>, Condvar)>,
    cancelled: Arc<AtomicBool>,
}

fn gated() -> Gated {
    let (tx, started) = mpsc::channel();
    let gate = Arc::new((Mutex::new(false), Condvar::new()));
    let cancelled = Arc::new(AtomicBool::new(false));
    let (g, c) = (Arc::clone(&gate), Arc::clone(&cancelled));
    let tx = Mutex::new(tx);
    let worker = Worker::with(
        Duration::ZERO,
        Box::new(move |request, progress| {
            let _ = tx.lock().expect("lock").send(request.generation);
            let (open, cv) = &*g;
            let mut is_open = open.lock().expect("lock");
            while !*is_open {
                is_open = cv.wait(is_open).expect("lock");
            }
            drop(is_open);
            if !progress(0.5) {
                c.store(true, Ordering::SeqCst);
                return Err(labs::Error::Cancelled);
            }
            // A small run of the same lab, so the report is real.
            let mut values = request.values.clone();
            if let Some(i) = request.lab.index("trials") {
                values[i] = 1_000.0;
            }
            request.lab.run(&values, request.seed, request.step)
        }),
    );
    Gated {
        worker,
        started,
        gate,
        cancelled,
    }
}

#[test]
fn keys_are_processed_while_a_heavy_computation_is_held_up() {
    let g = gated();
    let mut app = fixture_app();
    app.open_lab("quorum");
    // The heaviest quorum: N = 100 and ten million trials.
    if let Some(Screen::Lab(l)) = app.stack.last_mut() {
        l.set("n", 100.0);
        l.set("trials", 10_000_000.0);
    }
    let send = |app: &mut App, action: Action| {
        for e in app.update(action) {
            if let Effect::ComputeLab(r) = e {
                g.worker.submit(r);
            }
        }
    };
    send(&mut app, Action::Tick);
    let first = g.started.recv().expect("the first computation starts");
    // It is stuck at the gate; a thousand keys still go through, each handled at once.
    let mut ups = 0;
    for i in 0..1_000 {
        let action = match i % 4 {
            0 => Action::Down,
            1 => Action::Right,
            2 => Action::Left,
            _ => Action::Up,
        };
        ups += usize::from(action == Action::Right);
        send(&mut app, action);
    }
    assert_eq!(ups, 250);
    assert!(lab(&app).busy());
    assert_eq!(shown(&app, "n"), "100");
    assert_eq!(lab(&app).selected, 0);
    let newest = lab(&app).requested;
    assert_ne!(first, newest);
    // Open the gate: the first computation sees it is stale and stops; only the newest runs.
    {
        let (open, cv) = &*g.gate;
        *open.lock().expect("lock") = true;
        cv.notify_all();
    }
    loop {
        let action = g.worker.wait().expect("the worker answers");
        let done = matches!(&action, Action::LabDone(d) if d.generation == newest);
        app.update(action);
        if done {
            break;
        }
    }
    assert!(
        g.cancelled.load(Ordering::SeqCst),
        "the stale computation stopped"
    );
    let started: Vec<u64> = g.started.try_iter().collect();
    assert_eq!(
        started,
        vec![newest],
        "only the newest request was computed"
    );
    assert!(!lab(&app).busy());
    let Some(Report::Quorum(q)) = lab(&app).report() else {
        panic!("a report")
    };
    assert_eq!(q.n, 100);
}
