//! The quorum lab: N replicas, reads of R and writes of W. Whether reads must see the latest write
//! (R + W > N) and by how much the quorums overlap; whether concurrent writes can conflict; how
//! many replicas may be down; and, for partial quorums, how stale reads are, after Bailis et al.,
//! "Probabilistically Bounded Staleness for Practical Partial Quorums" (VLDB 2012): k-staleness
//! exactly, and t-visibility by Monte Carlo over the paper's WARS latency model, with its
//! production latency profiles and its WAN experiment. Percentiles come from HDR histograms
//! (three significant digits), so memory stays small at millions of trials.

mod wars;

use hdrhistogram::Histogram;
use serde::Serialize;

pub use wars::{Dist, Profile, WAN_ONE_WAY_MS};

use super::util::{Ticker, choose};
use super::{Error, Lab, ParamSpec, Scale};

/// Replicas the lab simulates at most (the paper's k-staleness example has N = 100).
pub const MAX_N: f64 = 100.0;

pub const LAB: Lab = Lab {
    id: "quorum",
    title: "Quorums: N, R, W and bounded staleness",
    about: "Reads of R replicas are guaranteed to see the latest write when R + W > N: the read and \
            write quorums must share a replica. With R + W <= N they may not, and the lab measures how \
            often (k-staleness, exactly) and for how long after a write commits (t-visibility, by Monte \
            Carlo over the WARS model of Bailis et al., VLDB 2012). Try N=3 with R=W=1 on LNKD-SSD, \
            then LNKD-DISK, then WAN (the paper's experiment: every replica in its own datacenter, \
            the coordinators in random ones). The paper's k-staleness example is N=100, R=W=30.",
    params: &[
        ParamSpec::num(
            "n",
            "N replicas",
            3.0,
            (1.0, MAX_N),
            Scale::Linear(1.0),
            "replication factor",
        ),
        ParamSpec::num(
            "r",
            "R read quorum",
            1.0,
            (1.0, MAX_N),
            Scale::Linear(1.0),
            "replicas a read waits for (at most N)",
        )
        .at_most("n"),
        ParamSpec::num(
            "w",
            "W write quorum",
            1.0,
            (1.0, MAX_N),
            Scale::Linear(1.0),
            "replicas a write waits for (at most N)",
        )
        .at_most("n"),
        ParamSpec::choice(
            "profile",
            "latency profile",
            &["lnkd-ssd", "lnkd-disk", "ymmr", "wan", "exp"],
            "the paper's production profiles, its WAN experiment, or exponential (rates below)",
        ),
        ParamSpec::num(
            "w-rate",
            "write delay rate (exp)",
            0.1,
            (0.001, 100.0),
            Scale::Ladder,
            "lambda of W (per ms) for the exp profile",
        ),
        ParamSpec::num(
            "ars-rate",
            "A/R/S rate (exp)",
            1.0,
            (0.001, 100.0),
            Scale::Ladder,
            "lambda of A, R and S (per ms) for the exp profile",
        ),
        ParamSpec::num(
            "k",
            "k versions",
            1.0,
            (1.0, 10.0),
            Scale::Linear(1.0),
            "k for k-staleness",
        ),
        ParamSpec::num(
            "trials",
            "trials",
            100_000.0,
            (1_000.0, 10_000_000.0),
            Scale::Count,
            "Monte Carlo trials",
        ),
    ],
    stepped: false,
};

/// The lab's inputs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub n: u32,
    pub r: u32,
    pub w: u32,
    pub profile: Profile,
    pub k: u32,
    pub trials: u32,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        Params {
            n: v("n") as u32,
            r: v("r") as u32,
            w: v("w") as u32,
            profile: match v("profile") as u32 {
                1 => Profile::LnkdDisk,
                2 => Profile::Ymmr,
                3 => Profile::Wan,
                4 => Profile::Exp {
                    w_rate: v("w-rate"),
                    ars_rate: v("ars-rate"),
                },
                _ => Profile::LnkdSsd,
            },
            k: (v("k") as u32).max(1),
            trials: v("trials") as u32,
        }
    }
}

/// p50, p99 and p99.9 in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Percentiles {
    pub p50: f64,
    pub p99: f64,
    pub p999: f64,
}

/// A point of the t-visibility curve.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CurvePoint {
    pub t_ms: f64,
    pub probability: f64,
}

/// A replica's part in the worst-case placement of the quorums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// In the write quorum only.
    Write,
    /// In the read quorum only.
    Read,
    /// In both: the overlap that carries the latest write to the read.
    Both,
    Neither,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub n: u32,
    pub r: u32,
    pub w: u32,
    pub profile: &'static str,
    /// The latency scenario the profile models.
    pub scenario: String,
    pub trials: u32,
    /// R + W > N: every read quorum meets every write quorum.
    pub strong: bool,
    /// Replicas every read and write quorum share at least: max(0, R + W - N).
    pub overlap: u32,
    /// W <= N/2: two writes can both reach a quorum without sharing a replica.
    pub write_conflicts_possible: bool,
    /// Replicas that may be down with reads still possible: N - R.
    pub read_fault_tolerance: u32,
    /// Replicas that may be down with writes still possible: N - W.
    pub write_fault_tolerance: u32,
    /// Probability that a read misses the latest write, exactly: C(N-W, R) / C(N, R).
    pub stale_probability: f64,
    pub k: u32,
    /// Probability that a read misses the last k versions: the above to the k-th power.
    pub stale_probability_k: f64,
    /// Probability of a consistent read right at commit (Monte Carlo).
    pub consistent_at_commit: f64,
    /// The time after commit by which 99.9% of reads are consistent.
    pub t_consistent_999_ms: f64,
    pub curve: Vec<CurvePoint>,
    pub read_latency_ms: Percentiles,
    pub write_latency_ms: Percentiles,
}

/// The exact probability that a read quorum of R misses a write quorum of W among N replicas.
pub fn stale_probability(n: u32, r: u32, w: u32) -> f64 {
    if r + w > n {
        return 0.0;
    }
    choose(u64::from(n - w), u64::from(r)) / choose(u64::from(n), u64::from(r))
}

/// The placement with the least overlap: the write quorum is the first W replicas, the read
/// quorum the last R, so they share exactly max(0, R + W - N).
pub fn placement(n: u32, r: u32, w: u32) -> Vec<Role> {
    (0..n)
        .map(|i| match (i < w, i + r >= n) {
            (true, true) => Role::Both,
            (true, false) => Role::Write,
            (false, true) => Role::Read,
            (false, false) => Role::Neither,
        })
        .collect()
}

/// Microseconds, the unit the histograms count in.
fn micros(ms: f64) -> u64 {
    (ms * 1_000.0).round().max(0.0) as u64
}

fn histogram() -> Histogram<u64> {
    // From 1 µs to about 11.6 days, to three significant digits.
    Histogram::new_with_bounds(1, 1_000_000_000_000, 3).expect("constant, valid bounds")
}

/// Runs the lab, telling `ticker` how far it got.
#[allow(clippy::many_single_char_names)] // n, r, w are the names the field uses.
pub(super) fn run(p: &Params, seed: u64, ticker: &mut Ticker) -> Result<Report, Error> {
    let (n, r, w) = (p.n as usize, p.r as usize, p.w as usize);
    if n == 0 || r == 0 || w == 0 || r > n || w > n || p.trials == 0 {
        return Err(Error::Invalid(format!(
            "quorums must satisfy 1 <= R, W <= N and trials >= 1 (found N = {n}, R = {r}, W = {w}, trials = {})",
            p.trials
        )));
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut trials = wars::Trials::new(n, r, w, p.profile);
    let (mut writes, mut reads, mut visible) = (histogram(), histogram(), histogram());
    let total = p.trials as usize;
    let mut at_commit = 0usize;
    for i in 0..total {
        if i % 4_096 == 0 {
            ticker.at(i, total)?;
        }
        let t = trials.run(&mut rng);
        writes.saturating_record(micros(t.commit));
        reads.saturating_record(micros(t.read));
        visible.saturating_record(micros(t.visible_after));
        at_commit += usize::from(t.visible_after <= 0.0);
    }
    let ms = |h: &Histogram<u64>, q: f64| h.value_at_quantile(q) as f64 / 1_000.0;
    let t999 = ms(&visible, 0.999);
    let horizon = t999.max(1.0);
    let curve = (0..=40)
        .map(|i| {
            let t_ms = horizon * f64::from(i) / 40.0;
            let seen = visible.count_between(0, micros(t_ms));
            CurvePoint {
                t_ms,
                probability: if i == 0 {
                    at_commit as f64 / total as f64
                } else {
                    seen as f64 / total as f64
                },
            }
        })
        .collect();
    let pct = |h: &Histogram<u64>| Percentiles {
        p50: ms(h, 0.5),
        p99: ms(h, 0.99),
        p999: ms(h, 0.999),
    };
    let stale = stale_probability(p.n, p.r, p.w);
    Ok(Report {
        n: p.n,
        r: p.r,
        w: p.w,
        profile: p.profile.name(),
        scenario: p.profile.describe(),
        trials: p.trials,
        strong: p.r + p.w > p.n,
        overlap: (p.r + p.w).saturating_sub(p.n),
        write_conflicts_possible: 2 * p.w <= p.n,
        read_fault_tolerance: p.n - p.r,
        write_fault_tolerance: p.n - p.w,
        stale_probability: stale,
        k: p.k,
        stale_probability_k: stale.powi(p.k as i32),
        consistent_at_commit: at_commit as f64 / total as f64,
        t_consistent_999_ms: t999,
        curve,
        read_latency_ms: pct(&reads),
        write_latency_ms: pct(&writes),
    })
}

/// A probability with four decimals, or three significant digits when smaller than that shows.
fn probability(p: f64) -> String {
    if p > 0.0 && p < 1e-3 {
        format!("{p:.3e}")
    } else {
        format!("{p:.4}")
    }
}

/// Replica roles as letters in groups of ten: `WWWBBRR...`.
pub fn placement_letters(roles: &[Role]) -> String {
    let mut out = String::new();
    for (i, role) in roles.iter().enumerate() {
        if i > 0 && i % 10 == 0 {
            out.push(' ');
        }
        out.push(match role {
            Role::Write => 'W',
            Role::Read => 'R',
            Role::Both => 'B',
            Role::Neither => '.',
        });
    }
    out
}

impl Report {
    /// The one-line verdict: strong or eventual consistency, and why.
    pub fn verdict(&self) -> String {
        if self.strong {
            format!(
                "STRONG: R + W = {} > N = {}: every read quorum shares at least {} replica(s) with every write quorum.",
                self.r + self.w,
                self.n,
                self.overlap
            )
        } else {
            format!(
                "EVENTUAL: R + W = {} <= N = {}: a read can miss the latest write.",
                self.r + self.w,
                self.n
            )
        }
    }

    /// Everything after the verdict and the placement.
    pub fn details(&self) -> Vec<String> {
        let mut out = vec![
            format!(
                "Concurrent writes {}: W = {} {} N/2 = {}.",
                if self.write_conflicts_possible {
                    "can conflict"
                } else {
                    "always overlap"
                },
                self.w,
                if self.write_conflicts_possible {
                    "<="
                } else {
                    ">"
                },
                f64::from(self.n) / 2.0
            ),
            format!(
                "Down replicas tolerated: {} for reads (N - R), {} for writes (N - W).",
                self.read_fault_tolerance, self.write_fault_tolerance
            ),
            format!(
                "k-staleness: a read misses the latest write with probability {} = C(N-W, R)/C(N, R); the last {} version(s): {}.",
                probability(self.stale_probability),
                self.k,
                probability(self.stale_probability_k)
            ),
            format!("Latency: {}", self.scenario),
            format!(
                "t-visibility: {:.2}% of reads are consistent at commit; 99.9% by {:.2} ms after it.",
                self.consistent_at_commit * 100.0,
                self.t_consistent_999_ms
            ),
            format!(
                "Read latency (R-th fastest reply) p50 {:.2} / p99 {:.2} / p99.9 {:.2} ms; write latency p50 {:.2} / p99 {:.2} / p99.9 {:.2} ms.",
                self.read_latency_ms.p50,
                self.read_latency_ms.p99,
                self.read_latency_ms.p999,
                self.write_latency_ms.p50,
                self.write_latency_ms.p99,
                self.write_latency_ms.p999
            ),
        ];
        let marks: Vec<String> = self
            .curve
            .iter()
            .step_by(10)
            .map(|p| format!("t={:.1}ms: {:.2}%", p.t_ms, p.probability * 100.0))
            .collect();
        out.push(format!("P(consistent) after commit: {}", marks.join(", ")));
        out
    }

    pub fn text(&self) -> Vec<String> {
        let mut out = vec![
            format!(
                "N = {}, R = {}, W = {} ({} profile, {} trials)",
                self.n, self.r, self.w, self.profile, self.trials
            ),
            self.verdict(),
            format!(
                "Worst-case placement: {}   (W wrote, R read, B both, . neither)",
                placement_letters(&placement(self.n, self.r, self.w))
            ),
        ];
        out.extend(self.details());
        out
    }
}

#[cfg(test)]
mod tests;
