//! The quorum lab: N replicas, reads of R and writes of W. Whether reads must see the latest write
//! (R + W > N) and by how much the quorums overlap; whether concurrent writes can conflict; how
//! many replicas may be down; and, for partial quorums, how stale reads are, after Bailis et al.,
//! "Probabilistically Bounded Staleness for Practical Partial Quorums" (VLDB 2012): k-staleness
//! exactly, and t-visibility by Monte Carlo over the paper's WARS latency model, with its
//! production latency profiles.

use serde::Serialize;

use super::util::choose;
use super::{Lab, ParamSpec};

pub const LAB: Lab = Lab {
    id: "quorum",
    title: "Quorums: N, R, W and bounded staleness",
    about: "Reads of R replicas are guaranteed to see the latest write when R + W > N: the read and \
            write quorums must share a replica. With R + W <= N they may not, and the lab measures how \
            often (k-staleness, exactly) and for how long after a write commits (t-visibility, by Monte \
            Carlo over the WARS model of Bailis et al., VLDB 2012). Try N=3 with R=W=1 on LNKD-SSD, \
            then LNKD-DISK, then WAN.",
    params: &[
        ParamSpec::num("n", "N replicas", 3.0, 1.0, 15.0, 1.0, "replication factor"),
        ParamSpec::num(
            "r",
            "R read quorum",
            1.0,
            1.0,
            15.0,
            1.0,
            "replicas a read waits for",
        ),
        ParamSpec::num(
            "w",
            "W write quorum",
            1.0,
            1.0,
            15.0,
            1.0,
            "replicas a write waits for",
        ),
        ParamSpec {
            key: "profile",
            label: "latency profile",
            default: 0.0,
            min: 0.0,
            max: 4.0,
            step: 1.0,
            choices: &["lnkd-ssd", "lnkd-disk", "ymmr", "wan", "exp"],
            help: "the paper's production profiles, or exponential with the rates below",
        },
        ParamSpec::num(
            "w-rate",
            "write delay rate (exp)",
            0.1,
            0.001,
            100.0,
            0.05,
            "lambda of W (per ms) for the exp profile",
        ),
        ParamSpec::num(
            "ars-rate",
            "A/R/S rate (exp)",
            1.0,
            0.001,
            100.0,
            0.1,
            "lambda of A, R and S (per ms) for the exp profile",
        ),
        ParamSpec::num("k", "k versions", 1.0, 1.0, 10.0, 1.0, "k for k-staleness"),
        ParamSpec::num(
            "trials",
            "trials",
            100_000.0,
            1_000.0,
            10_000_000.0,
            50_000.0,
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

/// A latency distribution in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dist {
    /// With probability `p` a Pareto(`xm`, `alpha`), else an exponential with rate `lambda`.
    Mix {
        p: f64,
        xm: f64,
        alpha: f64,
        lambda: f64,
    },
    Exp {
        lambda: f64,
    },
}

impl Dist {
    /// One draw. An exponential(1) draw e = -ln(U) gives both: e / lambda is exponential with
    /// rate lambda, and xm * exp(e / alpha) = xm / U^(1/alpha) is Pareto(xm, alpha).
    /// Single precision is ample for latencies in a Monte Carlo and makes the logarithm and
    /// exponential about twice as fast.
    fn sample(self, rng: &mut fastrand::Rng) -> f64 {
        let e = -(1.0 - rng.f32()).ln();
        f64::from(match self {
            Dist::Exp { lambda } => e / lambda as f32,
            Dist::Mix {
                p,
                xm,
                alpha,
                lambda,
            } => {
                if rng.f64() < p {
                    xm as f32 * (e / alpha as f32).exp()
                } else {
                    e / lambda as f32
                }
            }
        })
    }
}

/// Latency profiles: the paper's, fitted to `LinkedIn` (SSD and disk) and Yammer production
/// measurements, a wide-area variant, and exponential with chosen rates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Profile {
    LnkdSsd,
    LnkdDisk,
    Ymmr,
    /// LNKD-DISK with 75 ms added each way for replicas outside the coordinator's datacenter
    /// (every replica but the first).
    Wan,
    Exp {
        w_rate: f64,
        ars_rate: f64,
    },
}

const LNKD_SSD: Dist = Dist::Mix {
    p: 0.9122,
    xm: 0.235,
    alpha: 10.0,
    lambda: 1.66,
};
const LNKD_DISK_W: Dist = Dist::Mix {
    p: 0.38,
    xm: 1.05,
    alpha: 1.51,
    lambda: 0.183,
};
const YMMR_W: Dist = Dist::Mix {
    p: 0.939,
    xm: 3.0,
    alpha: 3.35,
    lambda: 0.0028,
};
const YMMR_ARS: Dist = Dist::Mix {
    p: 0.982,
    xm: 1.5,
    alpha: 3.8,
    lambda: 0.0217,
};

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::LnkdSsd => "lnkd-ssd",
            Profile::LnkdDisk => "lnkd-disk",
            Profile::Ymmr => "ymmr",
            Profile::Wan => "wan",
            Profile::Exp { .. } => "exp",
        }
    }

    /// The distributions of (W, A, R, S), and the extra one-way delay for remote replicas.
    fn dists(self) -> (Dist, Dist, f64) {
        match self {
            Profile::LnkdSsd => (LNKD_SSD, LNKD_SSD, 0.0),
            Profile::LnkdDisk => (LNKD_DISK_W, LNKD_SSD, 0.0),
            Profile::Ymmr => (YMMR_W, YMMR_ARS, 0.0),
            Profile::Wan => (LNKD_DISK_W, LNKD_SSD, 75.0),
            Profile::Exp { w_rate, ars_rate } => (
                Dist::Exp { lambda: w_rate },
                Dist::Exp { lambda: ars_rate },
                0.0,
            ),
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

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub n: u32,
    pub r: u32,
    pub w: u32,
    pub profile: &'static str,
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

/// The value at a quantile (nearest rank), by selection rather than sorting.
fn quantile(v: &mut [f64], q: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    *v.select_nth_unstable_by(rank - 1, f64::total_cmp).1
}

/// Validates the quorum sizes.
fn check(p: &Params) -> Result<(), String> {
    if p.n == 0 || p.n > 15 {
        return Err(format!("N must be between 1 and 15 (found {})", p.n));
    }
    if p.r == 0 || p.r > p.n || p.w == 0 || p.w > p.n {
        return Err(format!(
            "R and W must be between 1 and N = {} (found R = {}, W = {})",
            p.n, p.r, p.w
        ));
    }
    if p.trials == 0 {
        return Err("trials must be at least 1".to_owned());
    }
    Ok(())
}

/// The exact probability that a read quorum of R misses a write quorum of W among N replicas.
pub fn stale_probability(n: u32, r: u32, w: u32) -> f64 {
    if r + w > n {
        return 0.0;
    }
    choose(u64::from(n - w), u64::from(r)) / choose(u64::from(n), u64::from(r))
}

/// One WARS trial's outcome: the write latency, the read latency, and the time after commit at
/// which the read becomes consistent (0 when already consistent at commit).
fn trial(
    n: usize,
    r: usize,
    w: usize,
    profile: Profile,
    rng: &mut fastrand::Rng,
    buf: &mut Buffers,
) -> (f64, f64, f64) {
    let (wd, ars, remote) = profile.dists();
    for i in 0..n {
        let extra = if i > 0 { remote } else { 0.0 };
        buf.w[i] = wd.sample(rng) + extra;
        buf.a[i] = ars.sample(rng) + extra;
        buf.r[i] = ars.sample(rng) + extra;
        buf.s[i] = ars.sample(rng) + extra;
    }
    // The write commits when the W-th acknowledgement arrives.
    for i in 0..n {
        buf.tmp[i] = buf.w[i] + buf.a[i];
    }
    buf.tmp[..n].sort_unstable_by(f64::total_cmp);
    let commit = buf.tmp[w - 1];
    // The read (issued at commit + t) returns the first R responses, by R + S.
    for i in 0..n {
        buf.order[i] = i;
    }
    let (rr, ss) = (&buf.r, &buf.s);
    buf.order[..n].sort_unstable_by(|&a, &b| (rr[a] + ss[a]).total_cmp(&(rr[b] + ss[b])));
    let read_latency = buf.r[buf.order[r - 1]] + buf.s[buf.order[r - 1]];
    // A replica in the read set has the write if it arrived before the read request did:
    // W_i <= commit + t + R_i, so the read is consistent from t = min(W_i - commit - R_i).
    let threshold = buf.order[..r]
        .iter()
        .map(|&i| buf.w[i] - commit - buf.r[i])
        .fold(f64::INFINITY, f64::min);
    (commit, read_latency, threshold.max(0.0))
}

struct Buffers {
    w: [f64; 15],
    a: [f64; 15],
    r: [f64; 15],
    s: [f64; 15],
    tmp: [f64; 15],
    order: [usize; 15],
}

/// Runs the lab.
#[allow(clippy::many_single_char_names)] // n, r, w are the names the field uses.
pub fn run(p: &Params, seed: u64) -> Result<Report, String> {
    check(p)?;
    let (n, r, w) = (p.n as usize, p.r as usize, p.w as usize);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut buf = Buffers {
        w: [0.0; 15],
        a: [0.0; 15],
        r: [0.0; 15],
        s: [0.0; 15],
        tmp: [0.0; 15],
        order: [0; 15],
    };
    let trials = p.trials as usize;
    let mut writes = Vec::with_capacity(trials);
    let mut reads = Vec::with_capacity(trials);
    let mut thresholds = Vec::with_capacity(trials);
    for _ in 0..trials {
        let (wl, rl, t) = trial(n, r, w, p.profile, &mut rng, &mut buf);
        writes.push(wl);
        reads.push(rl);
        thresholds.push(t);
    }
    // Quantiles by selection, the curve by a histogram: no full sorts of the trials.
    let at_commit = thresholds.iter().filter(|&&t| t <= 0.0).count() as f64 / trials as f64;
    let t999 = quantile(&mut thresholds, 0.999);
    let horizon = t999.max(1.0);
    let mut bins = [0usize; 41];
    for &t in &thresholds {
        if t <= horizon {
            bins[((t / horizon) * 40.0).ceil() as usize] += 1;
        }
    }
    let mut cumulative = 0;
    let curve = (0..=40)
        .map(|i| {
            cumulative += bins[i];
            CurvePoint {
                t_ms: horizon * i as f64 / 40.0,
                probability: cumulative as f64 / trials as f64,
            }
        })
        .collect();
    let pct = |v: &mut [f64]| Percentiles {
        p50: quantile(v, 0.5),
        p99: quantile(v, 0.99),
        p999: quantile(v, 0.999),
    };
    let stale = stale_probability(p.n, p.r, p.w);
    Ok(Report {
        n: p.n,
        r: p.r,
        w: p.w,
        profile: p.profile.name(),
        trials: p.trials,
        strong: p.r + p.w > p.n,
        overlap: (p.r + p.w).saturating_sub(p.n),
        write_conflicts_possible: 2 * p.w <= p.n,
        read_fault_tolerance: p.n - p.r,
        write_fault_tolerance: p.n - p.w,
        stale_probability: stale,
        k: p.k,
        stale_probability_k: stale.powi(p.k as i32),
        consistent_at_commit: at_commit,
        t_consistent_999_ms: t999,
        curve,
        read_latency_ms: pct(&mut reads),
        write_latency_ms: pct(&mut writes),
    })
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        let nodes: String = (0..self.n)
            .map(|i| match (i < self.w, i >= self.n - self.r) {
                (true, true) => 'B',
                (true, false) => 'W',
                (false, true) => 'R',
                (false, false) => '.',
            })
            .collect();
        let mut out = vec![
            format!(
                "N = {}, R = {}, W = {} ({} profile, {} trials)",
                self.n, self.r, self.w, self.profile, self.trials
            ),
            if self.strong {
                format!(
                    "Strong: R + W = {} > N, so every read quorum shares at least {} replica(s) with every write quorum.",
                    self.r + self.w,
                    self.overlap
                )
            } else {
                format!(
                    "Partial quorum: R + W = {} <= N, so a read can miss the latest write.",
                    self.r + self.w
                )
            },
            format!("Worst-case placement: {nodes}   (W wrote, R read, B both, . neither)"),
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
                "k-staleness: a read misses the latest write with probability {:.4} = C(N-W, R)/C(N, R); the last {} version(s): {:.6}.",
                self.stale_probability, self.k, self.stale_probability_k
            ),
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(n: u32, r: u32, w: u32, profile: Profile) -> Params {
        Params {
            n,
            r,
            w,
            profile,
            k: 1,
            trials: 20_000,
        }
    }

    #[test]
    fn k_staleness_matches_the_closed_form() {
        assert_eq!(stale_probability(3, 1, 1), 2.0 / 3.0);
        assert_eq!(stale_probability(3, 2, 2), 0.0);
        // C(5-2, 2) / C(5, 2) = 3 / 10.
        assert!((stale_probability(5, 2, 2) - 0.3).abs() < 1e-12);
        let r = run(
            &Params {
                k: 3,
                ..params(3, 1, 1, Profile::LnkdSsd)
            },
            1,
        )
        .expect("runs");
        assert!((r.stale_probability_k - (2.0f64 / 3.0).powi(3)).abs() < 1e-12);
    }

    #[test]
    fn strict_quorums_are_always_consistent() {
        let r = run(&params(3, 2, 2, Profile::LnkdDisk), 7).expect("runs");
        assert!(r.strong);
        assert_eq!(
            (r.overlap, r.read_fault_tolerance, r.write_fault_tolerance),
            (1, 1, 1)
        );
        assert!(!r.write_conflicts_possible);
        assert_eq!(r.consistent_at_commit, 1.0);
        assert_eq!(r.t_consistent_999_ms, 0.0);
    }

    #[test]
    fn partial_quorums_agree_with_the_paper() {
        // With SSD latencies most R=W=1 reads are consistent right at commit and 99.9% are
        // within a few milliseconds; slow disk writes stretch that window by an order of
        // magnitude (the paper's qualitative finding).
        let ssd = run(&params(3, 1, 1, Profile::LnkdSsd), 42).expect("runs");
        assert!(
            (0.95..0.99).contains(&ssd.consistent_at_commit),
            "{}",
            ssd.consistent_at_commit
        );
        assert!(
            (0.5..5.0).contains(&ssd.t_consistent_999_ms),
            "{}",
            ssd.t_consistent_999_ms
        );
        let disk = run(&params(3, 1, 1, Profile::LnkdDisk), 42).expect("runs");
        assert!(
            disk.t_consistent_999_ms > 10.0 * ssd.t_consistent_999_ms,
            "{} vs {}",
            disk.t_consistent_999_ms,
            ssd.t_consistent_999_ms
        );
        assert!(
            ssd.curve
                .windows(2)
                .all(|w| w[0].probability <= w[1].probability)
        );
    }

    #[test]
    fn a_seed_repeats_the_run_and_bad_quorums_are_refused() {
        let a = run(&params(5, 2, 2, Profile::Ymmr), 9).expect("runs");
        let b = run(&params(5, 2, 2, Profile::Ymmr), 9).expect("runs");
        assert_eq!(a.consistent_at_commit, b.consistent_at_commit);
        assert_eq!(a.read_latency_ms, b.read_latency_ms);
        assert!(run(&params(3, 4, 1, Profile::LnkdSsd), 1).is_err());
        assert!(run(&params(0, 1, 1, Profile::LnkdSsd), 1).is_err());
    }

    #[test]
    fn exponential_latencies_follow_the_rates() {
        // With exponential W of rate 1 and instant A/R/S (rate 1000), a single-replica write
        // commits after about ln(2) ms at the median.
        let r = run(
            &params(
                1,
                1,
                1,
                Profile::Exp {
                    w_rate: 1.0,
                    ars_rate: 1000.0,
                },
            ),
            3,
        )
        .expect("runs");
        assert!(
            (r.write_latency_ms.p50 - std::f64::consts::LN_2).abs() < 0.03,
            "{}",
            r.write_latency_ms.p50
        );
    }
}
