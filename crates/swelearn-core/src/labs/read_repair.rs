//! The read-repair lab, a simulation step by step: N replicas holding versions with version
//! vectors; writes that reach W replicas (the rest miss them), with hinted handoff for a replica
//! that is down; reads of R replicas that return what no other reply descends from and repair
//! the replicas that lacked it. Variants: last-write-wins with clock skew silently losing a
//! write, and concurrent writes that become siblings until a client merges them.

mod cluster;

use std::fmt::Write as _;

use serde::Serialize;

pub use cluster::{Cluster, ReadOutcome, Replica, Rule, Version, VersionVector, WriteOutcome};

use super::{Error, Lab, ParamSpec, Scale, number};

pub const LAB: Lab = Lab {
    id: "read-repair",
    title: "Read repair, hinted handoff, LWW and version vectors",
    about: "A simulation of N replicas with version vectors. A write reaches W replicas and the \
            rest miss it; a read asks R replicas, returns the versions no other reply descends \
            from, and writes them back to the replicas that lacked them (read repair). Step \
            (space) through a write while a replica is down, with hinted handoff on or off; \
            last-write-wins with clock skew silently dropping the later write; and two concurrent \
            writes that become siblings until a client merges them. Try R + W <= N to see a stale \
            replica survive.",
    params: &[
        ParamSpec::num(
            "n",
            "N replicas",
            3.0,
            (2.0, 9.0),
            Scale::Linear(1.0),
            "replicas",
        ),
        ParamSpec::num(
            "w",
            "W write quorum",
            2.0,
            (1.0, 9.0),
            Scale::Linear(1.0),
            "acknowledgements a write waits for",
        )
        .at_most("n"),
        ParamSpec::num(
            "r",
            "R read quorum",
            2.0,
            (1.0, 9.0),
            Scale::Linear(1.0),
            "replies a read waits for",
        )
        .at_most("n"),
        ParamSpec::choice(
            "scenario",
            "scenario",
            &[
                "hinted-handoff",
                "no-handoff",
                "lww-skew",
                "version-vectors",
            ],
            "what to step through",
        ),
        ParamSpec::num(
            "skew",
            "clock skew (ms)",
            50.0,
            (0.0, 10_000.0),
            Scale::Ladder,
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
    /// Whether every replica holds the same versions after the last step.
    pub converged: bool,
}

/// Replica numbers as people count them: "r1, r3".
fn names(ids: &[usize]) -> String {
    if ids.is_empty() {
        return "none".to_owned();
    }
    ids.iter()
        .map(|i| format!("r{}", i + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The replicas not in `ids`.
fn others(n: usize, ids: &[usize]) -> Vec<usize> {
    (0..n).filter(|i| !ids.contains(i)).collect()
}

/// Records a step.
struct Story {
    steps: Vec<Step>,
}

impl Story {
    fn step(&mut self, cluster: &Cluster, what: String) {
        self.steps.push(Step {
            what,
            replicas: cluster.show(),
        });
    }
}

fn version(value: &str, clock: VersionVector, stamp: u64) -> Version {
    Version {
        value: value.to_owned(),
        clock,
        stamp,
    }
}

/// What the replies of a read were, and what the coordinator did with them.
fn describe_read(cluster: &Cluster, read: &ReadOutcome, replies: &[Vec<Version>]) -> String {
    let mut what = format!(
        "A read asks {} (R = {}). Replies: ",
        names(&read.asked),
        read.asked.len()
    );
    let parts: Vec<String> = read
        .asked
        .iter()
        .zip(replies)
        .map(|(i, vs)| {
            let vs: Vec<String> = vs.iter().map(|v| show_version(cluster, v)).collect();
            format!("r{} {}", i + 1, vs.join(" | "))
        })
        .collect();
    what.push_str(&parts.join("; "));
    let returned: Vec<String> = read
        .returned
        .iter()
        .map(|v| show_version(cluster, v))
        .collect();
    let _ = write!(
        what,
        ". It returns {}{}",
        returned.join(" and "),
        if read.returned.len() > 1 {
            " as siblings: neither vector descends from the other"
        } else {
            ""
        }
    );
    if read.repaired.is_empty() {
        what.push_str("; every replica asked already had it, so nothing is repaired.");
    } else {
        let _ = write!(
            what,
            ", and writes it back to {} (read repair).",
            names(&read.repaired)
        );
    }
    what
}

fn show_version(cluster: &Cluster, v: &Version) -> String {
    match cluster.rule {
        Rule::Vectors => v.to_string(),
        Rule::LastWriteWins => format!("{} @t{}", v.value, v.stamp),
    }
}

/// A write's outcome in words.
fn describe_write(n: usize, w: usize, out: &WriteOutcome) -> String {
    if !out.succeeded {
        return format!(
            "It needs W = {w} acknowledgements but fewer replicas are up: the write fails."
        );
    }
    let mut what = format!(
        "It reaches W = {w}: {} store it; {} miss it.",
        names(&out.stored),
        names(&others(n, &out.stored))
    );
    if let Some((holder, down)) = out.hint {
        let _ = write!(
            what,
            " r{} was down, so r{} stood in and keeps a hint for it (hinted handoff).",
            down + 1,
            holder + 1
        );
    }
    what
}

#[allow(clippy::many_single_char_names)] // n, r, w are the names the field uses.
fn handoff_steps(p: &Params, handoff: bool) -> (Vec<Step>, String, bool) {
    let (n, w, r) = (p.n as usize, p.w as usize, p.r as usize);
    let down = 1;
    let v1 = version("v1", VersionVector::of(&[(0, 1)]), 100);
    let mut c = Cluster::new(n, &v1, Rule::Vectors);
    let mut s = Story { steps: Vec::new() };
    s.step(&c, format!("All {n} replicas hold v1 {}.", v1.clock));
    c.replicas[down].up = false;
    s.step(&c, format!("Replica r{} goes down.", down + 1));
    let v2 = version("v2", v1.clock.bump(0), 200);
    let out = c.write(0, &v2, w, handoff);
    s.step(
        &c,
        format!(
            "A client that read v1 writes v2 through r1: its vector {} descends from {}. {}",
            v2.clock,
            v1.clock,
            describe_write(n, w, &out)
        ),
    );
    if !out.succeeded {
        return (
            s.steps,
            format!(
                "With W = {w} of N = {n}, one replica down blocks writes{}.",
                if w == n {
                    ": that is the price of R = 1 reads"
                } else {
                    ""
                }
            ),
            c.converged(),
        );
    }
    let from = c.recover(down);
    let mut what = format!("Replica r{} comes back", down + 1);
    if from.is_empty() {
        let held: Vec<String> = c.replicas[down]
            .versions
            .iter()
            .map(ToString::to_string)
            .collect();
        let _ = write!(what, " holding {}.", held.join(" | "));
    } else {
        let _ = write!(
            what,
            "; {} hands over its hint, so it now holds v2.",
            names(&from)
        );
    }
    s.step(&c, what);
    let replies: Vec<Vec<Version>> = c.replicas.iter().map(|x| x.versions.clone()).collect();
    let read = c.read(down, r);
    let replies: Vec<Vec<Version>> = read.asked.iter().map(|&i| replies[i].clone()).collect();
    let mut what = describe_read(&c, &read, &replies);
    if read.returned.iter().all(|v| v.value == "v1") {
        what.push_str(" The read misses v2: no replica it asked has it (R + W <= N).");
    }
    s.step(&c, what);
    let stale: Vec<usize> = (0..n)
        .filter(|&i| !c.replicas[i].versions.iter().any(|v| v.value == "v2"))
        .collect();
    let conclusion = if stale.is_empty() {
        "Every replica holds v2: hinted handoff and read repair closed the gap.".to_owned()
    } else {
        format!(
            "{} still hold{} v1: only a read that touches {}, or anti-entropy (Merkle trees), will repair {}.",
            names(&stale),
            if stale.len() == 1 { "s" } else { "" },
            if stale.len() == 1 { "it" } else { "them" },
            if stale.len() == 1 { "it" } else { "them" },
        )
    };
    (s.steps, conclusion, c.converged())
}

#[allow(clippy::many_single_char_names)] // n, r, w are the names the field uses.
fn lww_steps(p: &Params) -> (Vec<Step>, String, bool) {
    let (n, w, r) = (p.n as usize, p.w as usize, p.r as usize);
    let empty = version("cart=[]", VersionVector::default(), 0);
    let mut c = Cluster::new(n, &empty, Rule::LastWriteWins);
    let mut s = Story { steps: Vec::new() };
    s.step(
        &c,
        "Every replica holds cart=[] @t0. Each write is stamped with its coordinator's clock and \
         replicas keep the highest stamp (last-write-wins)."
            .to_owned(),
    );
    let a_ts = 1_000 + p.skew.round() as u64;
    let a = version("cart=[book]", VersionVector::default(), a_ts);
    let out = c.write(0, &a, w, false);
    s.step(
        &c,
        format!(
            "At real time 1000 ms client A writes cart=[book] through r1, whose clock runs {} ms fast: stamp t{a_ts}. {}",
            number(p.skew),
            describe_write(n, w, &out)
        ),
    );
    let b = version("cart=[book, pen]", VersionVector::default(), 1_010);
    let out = c.write(1, &b, w, false);
    let b_wins = (b.stamp, &b.value) > (a.stamp, &a.value);
    s.step(
        &c,
        format!(
            "At real time 1010 ms client B, who read cart=[book], writes cart=[book, pen] through r2: stamp t1010. {} {}",
            describe_write(n, w, &out),
            if b_wins {
                "Where both landed, B's higher stamp wins."
            } else {
                "Where both landed, A's stamp is higher, so B's later write is discarded without an error."
            }
        ),
    );
    let before: Vec<Vec<Version>> = c.replicas.iter().map(|x| x.versions.clone()).collect();
    let read = c.read(0, r);
    let replies: Vec<Vec<Version>> = read.asked.iter().map(|&i| before[i].clone()).collect();
    s.step(&c, describe_read(&c, &read, &replies));
    let conclusion = if b_wins {
        "With the skew under 10 ms the real order survived; raise the skew past 10 ms and the later write is lost.".to_owned()
    } else {
        format!(
            "Clock skew of {} ms made the earlier write win: last-write-wins lost B's update without a trace.",
            number(p.skew)
        )
    };
    (s.steps, conclusion, c.converged())
}

/// The union of the items of carts written `cart=[a, b]`, in order of first appearance.
fn merge_carts(values: &[&str]) -> String {
    let mut items: Vec<&str> = Vec::new();
    for v in values {
        let inner = v.trim_start_matches("cart=[").trim_end_matches(']');
        for item in inner.split(", ").filter(|s| !s.is_empty()) {
            if !items.contains(&item) {
                items.push(item);
            }
        }
    }
    format!("cart=[{}]", items.join(", "))
}

#[allow(clippy::many_single_char_names)] // n, r, w are the names the field uses.
fn vector_steps(p: &Params) -> (Vec<Step>, String, bool) {
    let (n, w, r) = (p.n as usize, p.w as usize, p.r as usize);
    let start = version("cart=[]", VersionVector::of(&[(0, 1)]), 0);
    let mut c = Cluster::new(n, &start, Rule::Vectors);
    let mut s = Story { steps: Vec::new() };
    s.step(&c, format!("Every replica holds cart=[] {}.", start.clock));
    let a = version("cart=[book]", start.clock.bump(0), 0);
    let out = c.write(0, &a, w, false);
    s.step(
        &c,
        format!(
            "Client A, having read {}, writes cart=[book] through r1: {}. {}",
            start.clock,
            a.clock,
            describe_write(n, w, &out)
        ),
    );
    let b = version("cart=[pen]", start.clock.bump(1), 0);
    let out = c.write(1, &b, w, false);
    let siblings: Vec<usize> = (0..n)
        .filter(|&i| c.replicas[i].versions.len() > 1)
        .collect();
    s.step(
        &c,
        format!(
            "Client B, who also read {} and had not seen A's write, writes cart=[pen] through r2: {}. {} Neither {} nor {} descends from the other: the writes are concurrent, so {}.",
            start.clock,
            b.clock,
            describe_write(n, w, &out),
            a.clock,
            b.clock,
            if siblings.is_empty() {
                "no replica holds both yet".to_owned()
            } else {
                format!("{} keep both as siblings", names(&siblings))
            }
        ),
    );
    let before: Vec<Vec<Version>> = c.replicas.iter().map(|x| x.versions.clone()).collect();
    let read = c.read(0, r);
    let replies: Vec<Vec<Version>> = read.asked.iter().map(|&i| before[i].clone()).collect();
    s.step(&c, describe_read(&c, &read, &replies));
    if read.returned.len() > 1 {
        let values: Vec<&str> = read.returned.iter().map(|v| v.value.as_str()).collect();
        let context = read
            .returned
            .iter()
            .fold(VersionVector::default(), |acc, v| acc.merge(&v.clock));
        let merged = version(&merge_carts(&values), context.bump(0), 0);
        let out = c.write(0, &merged, w, false);
        s.step(
            &c,
            format!(
                "The client merges the siblings into {} and writes it through r1 with {}, which descends from both, so it replaces them where it lands. {}",
                merged.value,
                merged.clock,
                describe_write(n, w, &out)
            ),
        );
    }
    let mut holders: Vec<String> = Vec::new();
    for (i, x) in c.replicas.iter().enumerate() {
        let newest = c
            .replicas
            .iter()
            .flat_map(|o| o.versions.iter())
            .all(|o| x.versions.iter().any(|v| v.clock.descends(&o.clock)));
        if !newest {
            holders.push(format!("r{}", i + 1));
        }
    }
    let conclusion = if holders.is_empty() {
        "Version vectors caught the conflict instead of guessing: nothing was lost, at the cost of a merge in the client, and every replica holds the merge.".to_owned()
    } else if read.returned.len() > 1 {
        format!(
            "Nothing was lost: the conflict was caught and merged. {} still hold{} older versions until a read or anti-entropy reaches {}.",
            holders.join(", "),
            if holders.len() == 1 { "s" } else { "" },
            if holders.len() == 1 { "it" } else { "them" }
        )
    } else {
        format!(
            "The read saw only one of the concurrent writes (R + W <= N), so the conflict is still hidden in {}; a read that reaches both, or anti-entropy, will surface the siblings.",
            holders.join(", ")
        )
    };
    (s.steps, conclusion, c.converged())
}

/// Runs the scenario, showing the first `step` steps (0: all of them).
pub fn run(p: &Params, step: usize) -> Result<Report, Error> {
    if p.n < 2 || p.w < 1 || p.r < 1 || p.w > p.n || p.r > p.n {
        return Err(Error::Invalid(format!(
            "the read-repair lab needs N >= 2 and 1 <= R, W <= N (found N = {}, R = {}, W = {})",
            p.n, p.r, p.w
        )));
    }
    let (name, (steps, conclusion, converged)) = match p.scenario {
        1 => ("no-handoff", handoff_steps(p, false)),
        2 => ("lww-skew", lww_steps(p)),
        3 => ("version-vectors", vector_steps(p)),
        _ => ("hinted-handoff", handoff_steps(p, true)),
    };
    let total = steps.len();
    let shown = if step == 0 { total } else { step.min(total) };
    Ok(Report {
        scenario: name,
        total_steps: total,
        steps: steps.into_iter().take(shown).collect(),
        conclusion: (shown == total).then_some(conclusion),
        converged,
    })
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
mod tests;
