//! The read-repair lab, step by step: N replicas; one goes down; a write reaches W of the others
//! (with hinted handoff on, a neighbour keeps a hint for the down replica); the replica returns;
//! a read of R replicas returns the newest version and repairs the stale ones. Two more variants:
//! last-write-wins with clock skew silently losing a write, and version vectors keeping both
//! concurrent writes as siblings.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Lab, ParamSpec};

pub const LAB: Lab = Lab {
    id: "read-repair",
    title: "Read repair, hinted handoff, LWW and version vectors",
    about: "Step (space) through a write while a replica is down, then a read that finds the stale \
            copy and repairs it. Turn hinted handoff off to see the stale copy survive until a read \
            repairs it. The last-write-wins variant shows clock skew silently dropping the later \
            write; the version-vector variant keeps both writes as siblings for the client to merge.",
    params: &[
        ParamSpec::num("n", "N replicas", 3.0, 2.0, 7.0, 1.0, "replicas"),
        ParamSpec::num(
            "w",
            "W write quorum",
            2.0,
            1.0,
            7.0,
            1.0,
            "acknowledgements a write waits for",
        ),
        ParamSpec::num(
            "r",
            "R read quorum",
            2.0,
            1.0,
            7.0,
            1.0,
            "replies a read waits for",
        ),
        ParamSpec {
            key: "scenario",
            label: "scenario",
            default: 0.0,
            min: 0.0,
            max: 3.0,
            step: 1.0,
            choices: &[
                "hinted-handoff",
                "no-handoff",
                "lww-skew",
                "version-vectors",
            ],
            help: "what to step through",
        },
        ParamSpec::num(
            "skew",
            "clock skew (ms)",
            50.0,
            0.0,
            10_000.0,
            10.0,
            "how far ahead the first coordinator's clock runs (lww-skew)",
        ),
    ],
    stepped: true,
};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub n: u32,
    pub w: u32,
    pub r: u32,
    pub scenario: u32,
    pub skew: f64,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        Params {
            n: v("n") as u32,
            w: v("w") as u32,
            r: v("r") as u32,
            scenario: v("scenario") as u32,
            skew: v("skew"),
        }
    }
}

/// One step: what happened and every replica's state after it.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub what: String,
    pub replicas: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub scenario: &'static str,
    pub total_steps: usize,
    pub steps: Vec<Step>,
    /// The outcome once all steps are shown.
    pub conclusion: Option<String>,
}

/// What a replica holds: versions (value and timestamp, or value and version vector).
#[derive(Debug, Clone)]
struct Replica {
    up: bool,
    values: Vec<(String, String)>,
    hint_for: Option<usize>,
}

fn show(reps: &[Replica]) -> Vec<String> {
    reps.iter()
        .enumerate()
        .map(|(i, r)| {
            let vals: Vec<String> = r
                .values
                .iter()
                .map(|(v, meta)| format!("{v} @{meta}"))
                .collect();
            let hint = r
                .hint_for
                .map(|h| format!(" [hint for {}]", h + 1))
                .unwrap_or_default();
            format!(
                "replica {}: {}{}{}",
                i + 1,
                if r.up { "" } else { "DOWN " },
                vals.join(" + "),
                hint
            )
        })
        .collect()
}

fn quorum_steps(p: &Params, handoff: bool) -> (Vec<Step>, String) {
    let n = p.n as usize;
    let down = n - 1;
    let mut reps: Vec<Replica> = (0..n)
        .map(|_| Replica {
            up: true,
            values: vec![("v1".into(), "t100".into())],
            hint_for: None,
        })
        .collect();
    let mut steps = vec![Step {
        what: format!("All {n} replicas hold v1 (timestamp 100)."),
        replicas: show(&reps),
    }];
    reps[down].up = false;
    steps.push(Step {
        what: format!("Replica {} goes down.", down + 1),
        replicas: show(&reps),
    });
    if p.w as usize > n - 1 {
        steps.push(Step { what: format!("A write of v2 needs W = {} acknowledgements but only {} replicas are up: it fails.", p.w, n - 1), replicas: show(&reps) });
        return (
            steps,
            "With W = N a single down replica blocks writes: that is the price of R = 1 reads."
                .to_owned(),
        );
    }
    for rep in reps.iter_mut().take(n - 1) {
        rep.values = vec![("v2".into(), "t200".into())];
    }
    let mut what = format!(
        "The coordinator sends v2 (timestamp 200) to all {n}; the {} up replicas store it and the write succeeds once W = {} acknowledge.",
        n - 1,
        p.w
    );
    if handoff {
        reps[0].hint_for = Some(down);
        let _ = write!(
            what,
            " Hinted handoff: replica 1 keeps v2 as a hint for replica {}.",
            down + 1
        );
    }
    steps.push(Step {
        what,
        replicas: show(&reps),
    });
    reps[down].up = true;
    let mut what = format!("Replica {} comes back with v1.", down + 1);
    if handoff {
        reps[down].values = vec![("v2".into(), "t200".into())];
        reps[0].hint_for = None;
        what.push_str(" Replica 1 replays the hint: it now holds v2.");
    }
    steps.push(Step {
        what,
        replicas: show(&reps),
    });
    let r = p.r.min(p.n) as usize;
    let read: Vec<usize> = (n - r..n).collect();
    let stale: Vec<usize> = read
        .iter()
        .copied()
        .filter(|&i| reps[i].values[0].0 == "v1")
        .collect();
    let names: Vec<String> = read.iter().map(|i| (i + 1).to_string()).collect();
    let mut what = format!("A read asks replicas {} (R = {r}): ", names.join(", "));
    if stale.is_empty() {
        what.push_str("all reply v2 (timestamp 200); nothing to repair.");
    } else if stale.len() == read.len() {
        what.push_str("all reply v1: the read misses v2 (R + W <= N), and there is nothing newer to repair with.");
    } else {
        let _ = write!(
            what,
            "they reply v2 and v1; the coordinator returns the newest, v2, and writes v2 back to replica {} (read repair).",
            stale[0] + 1
        );
        for &i in &stale {
            reps[i].values = vec![("v2".into(), "t200".into())];
        }
    }
    steps.push(Step {
        what,
        replicas: show(&reps),
    });
    let converged = reps.iter().all(|r| r.values[0].0 == "v2");
    let conclusion = if converged {
        "Every replica holds v2: hinted handoff or read repair closed the gap.".to_owned()
    } else {
        "A replica still holds v1: only a read that touches it, or anti-entropy (Merkle trees), will repair it.".to_owned()
    };
    (steps, conclusion)
}

fn lww_steps(p: &Params) -> (Vec<Step>, String) {
    let n = p.n as usize;
    let mut reps: Vec<Replica> = (0..n)
        .map(|_| Replica {
            up: true,
            values: vec![("cart=[]".into(), "t0".into())],
            hint_for: None,
        })
        .collect();
    let mut steps = vec![Step { what: "Every replica holds cart=[] (timestamp 0). Coordinators stamp writes with their own clocks.".to_owned(), replicas: show(&reps) }];
    let a_ts = 1_000.0 + p.skew;
    for r in &mut reps {
        r.values = vec![("cart=[book]".into(), format!("t{a_ts:.0}"))];
    }
    steps.push(Step { what: format!("At real time 1000 ms, client A writes cart=[book] through a coordinator whose clock runs {} ms fast: timestamp {a_ts:.0}.", p.skew), replicas: show(&reps) });
    let b_ts = 1_010.0;
    let b_wins = b_ts > a_ts;
    if b_wins {
        for r in &mut reps {
            r.values = vec![("cart=[book, pen]".into(), format!("t{b_ts:.0}"))];
        }
    }
    let what = format!(
        "At real time 1010 ms, client B (who read cart=[book]) writes cart=[book, pen], timestamp 1010. Last-write-wins keeps the higher timestamp: {}.",
        if b_wins {
            "B's write, the later one"
        } else {
            "A's write, so B's later write is silently discarded"
        }
    );
    steps.push(Step {
        what,
        replicas: show(&reps),
    });
    steps.push(Step {
        what: format!(
            "A read returns {}. No error was raised.",
            reps[0].values[0].0
        ),
        replicas: show(&reps),
    });
    let conclusion = if b_wins {
        "With skew under 10 ms the real order survived; raise the skew past 10 ms and the later write is lost.".to_owned()
    } else {
        format!(
            "Clock skew of {} ms made the earlier write win: last-write-wins lost B's update without a trace.",
            p.skew
        )
    };
    (steps, conclusion)
}

fn vector_steps(p: &Params) -> (Vec<Step>, String) {
    let n = p.n as usize;
    let mut reps: Vec<Replica> = (0..n)
        .map(|_| Replica {
            up: true,
            values: vec![("cart=[]".into(), "{}".into())],
            hint_for: None,
        })
        .collect();
    let mut steps = vec![Step {
        what: "Every replica holds cart=[] with an empty version vector.".to_owned(),
        replicas: show(&reps),
    }];
    for r in &mut reps {
        r.values = vec![("cart=[book]".into(), "{A:1}".into())];
    }
    steps.push(Step {
        what: "Client A, having read {}, writes cart=[book]: version vector {A:1}.".to_owned(),
        replicas: show(&reps),
    });
    for r in &mut reps {
        r.values.push(("cart=[pen]".into(), "{B:1}".into()));
    }
    steps.push(Step {
        what: "Client B, who also read {} (it had not seen A's write), writes cart=[pen]: {B:1}. Neither vector descends from the other, so the writes are concurrent: replicas keep both as siblings.".to_owned(),
        replicas: show(&reps),
    });
    for r in &mut reps {
        r.values = vec![("cart=[book, pen]".into(), "{A:1, B:1}".into())];
    }
    steps.push(Step { what: "A read returns both siblings; the client merges them (the union of the carts) and writes cart=[book, pen] with {A:1, B:1}, which supersedes both.".to_owned(), replicas: show(&reps) });
    (steps, "Version vectors detected the conflict instead of guessing: nothing was lost, at the cost of merging in the client.".to_owned())
}

/// Runs the scenario, showing the first `step` steps (0: all of them).
pub fn run(p: &Params, step: usize) -> Report {
    let p = Params {
        n: p.n.clamp(2, 7),
        w: p.w.clamp(1, p.n.clamp(2, 7)),
        r: p.r.clamp(1, p.n.clamp(2, 7)),
        ..*p
    };
    let (name, (steps, conclusion)) = match p.scenario {
        1 => ("no-handoff", quorum_steps(&p, false)),
        2 => ("lww-skew", lww_steps(&p)),
        3 => ("version-vectors", vector_steps(&p)),
        _ => ("hinted-handoff", quorum_steps(&p, true)),
    };
    let total = steps.len();
    let shown = if step == 0 { total } else { step.min(total) };
    Report {
        scenario: name,
        total_steps: total,
        steps: steps.into_iter().take(shown).collect(),
        conclusion: (shown == total).then_some(conclusion),
    }
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        let mut out = vec![format!(
            "Scenario {}: step {} of {}",
            self.scenario,
            self.steps.len(),
            self.total_steps
        )];
        for (i, s) in self.steps.iter().enumerate() {
            out.push(format!("{}. {}", i + 1, s.what));
        }
        if let Some(last) = self.steps.last() {
            out.extend(last.replicas.iter().map(|r| format!("   {r}")));
        }
        match &self.conclusion {
            Some(c) => out.push(c.clone()),
            None => out.push("Press space for the next step.".to_owned()),
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(scenario: u32, w: u32, r: u32, skew: f64) -> Params {
        Params {
            n: 3,
            w,
            r,
            scenario,
            skew,
        }
    }

    #[test]
    fn hinted_handoff_and_read_repair_converge() {
        let with = run(&p(0, 2, 2, 0.0), 0);
        assert!(
            with.conclusion
                .as_deref()
                .is_some_and(|c| c.starts_with("Every replica holds v2"))
        );
        let without = run(&p(1, 2, 2, 0.0), 0);
        let read = &without.steps.last().expect("read").what;
        assert!(read.contains("read repair"), "{read}");
        assert!(
            without
                .conclusion
                .as_deref()
                .is_some_and(|c| c.starts_with("Every replica holds v2"))
        );
        let partial = run(&p(1, 2, 1, 0.0), 0);
        assert!(
            partial
                .steps
                .last()
                .expect("read")
                .what
                .contains("misses v2")
        );
        assert!(
            partial
                .conclusion
                .as_deref()
                .is_some_and(|c| c.contains("anti-entropy"))
        );
        assert!(
            run(&p(0, 3, 1, 0.0), 0)
                .steps
                .last()
                .expect("write")
                .what
                .contains("fails")
        );
    }

    #[test]
    fn lww_loses_the_later_write_only_with_enough_skew() {
        assert!(
            run(&p(2, 2, 2, 50.0), 0)
                .conclusion
                .expect("done")
                .contains("lost B's update")
        );
        assert!(
            run(&p(2, 2, 2, 5.0), 0)
                .conclusion
                .expect("done")
                .contains("survived")
        );
        let vv = run(&p(3, 2, 2, 0.0), 0);
        assert!(vv.steps[2].replicas[0].contains("cart=[book] @{A:1} + cart=[pen] @{B:1}"));
    }

    #[test]
    fn steps_are_shown_one_at_a_time() {
        let r = run(&p(0, 2, 2, 0.0), 2);
        assert_eq!(r.steps.len(), 2);
        assert!(r.conclusion.is_none());
        assert_eq!(r.total_steps, 5);
    }
}
