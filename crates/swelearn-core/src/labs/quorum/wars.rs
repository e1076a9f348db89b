//! The WARS latency model of Bailis et al. (VLDB 2012) and its Monte Carlo: each replica's write
//! delay (W), acknowledgement (A), read request (R) and response (S) drawn from the paper's
//! production fits, and, for the WAN experiment, datacenters for the replicas and the two
//! coordinators. A trial costs O(N): quorums are found by selection, not sorting.

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

/// Latency profiles: the paper's fits to `LinkedIn` (SSD and disk) and Yammer production
/// measurements, its WAN experiment, and exponential with chosen rates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Profile {
    LnkdSsd,
    LnkdDisk,
    Ymmr,
    /// The paper's WAN experiment: every replica in its own datacenter; the writer's and the
    /// reader's coordinators each in a datacenter chosen uniformly at random, independently;
    /// a message between a coordinator and a replica in another datacenter takes 75 ms more
    /// each way than the LNKD-DISK local latencies.
    Wan,
    Exp {
        w_rate: f64,
        ars_rate: f64,
    },
}

/// One-way delay added between datacenters in the WAN profile, in milliseconds.
pub const WAN_ONE_WAY_MS: f64 = 75.0;

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

    /// What the profile models, in a sentence.
    pub fn describe(self) -> String {
        match self {
            Profile::LnkdSsd => {
                "LNKD-SSD: LinkedIn's Voldemort on SSDs (W, A, R and S alike).".to_owned()
            }
            Profile::LnkdDisk => {
                "LNKD-DISK: LinkedIn's Voldemort on spinning disks (slow, heavy-tailed writes)."
                    .to_owned()
            }
            Profile::Ymmr => "YMMR: Yammer's Riak cluster.".to_owned(),
            Profile::Wan => format!(
                "WAN (the paper's experiment): each replica in its own datacenter; the writer's \
                 and the reader's coordinators each in a datacenter picked at random; {WAN_ONE_WAY_MS:.0} ms \
                 more each way to a replica in another datacenter, on LNKD-DISK latencies."
            ),
            Profile::Exp { w_rate, ars_rate } => format!(
                "Exponential: W at rate {w_rate}/ms (mean {:.3} ms), A, R and S at rate \
                 {ars_rate}/ms (mean {:.3} ms).",
                1.0 / w_rate,
                1.0 / ars_rate
            ),
        }
    }

    /// The distributions of W and of A, R and S.
    fn dists(self) -> (Dist, Dist) {
        match self {
            Profile::LnkdSsd => (LNKD_SSD, LNKD_SSD),
            Profile::LnkdDisk | Profile::Wan => (LNKD_DISK_W, LNKD_SSD),
            Profile::Ymmr => (YMMR_W, YMMR_ARS),
            Profile::Exp { w_rate, ars_rate } => {
                (Dist::Exp { lambda: w_rate }, Dist::Exp { lambda: ars_rate })
            }
        }
    }
}

/// One trial's outcome, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trial {
    /// When the W-th acknowledgement reaches the writer's coordinator.
    pub commit: f64,
    /// When the R-th response reaches the reader's coordinator, from the read's start.
    pub read: f64,
    /// How long after commit a read must start to be consistent (0: consistent at commit).
    pub visible_after: f64,
}

/// The per-replica draws of one trial, reused across trials.
pub struct Trials {
    n: usize,
    r: usize,
    w: usize,
    profile: Profile,
    wd: Vec<f64>,
    rd: Vec<f64>,
    /// Write round trips (W + A), then selected in place.
    acks: Vec<f64>,
    /// Read round trips (R + S).
    round_trips: Vec<f64>,
    order: Vec<usize>,
}

impl Trials {
    /// Trials of a read quorum `r` and a write quorum `w` among `n` replicas (1 <= r, w <= n).
    pub fn new(n: usize, r: usize, w: usize, profile: Profile) -> Trials {
        Trials {
            n,
            r,
            w,
            profile,
            wd: vec![0.0; n],
            rd: vec![0.0; n],
            acks: vec![0.0; n],
            round_trips: vec![0.0; n],
            order: (0..n).collect(),
        }
    }

    /// One WARS trial. The write starts at 0 at its coordinator; the read starts at commit + t.
    /// A replica in the read set returns the new value if the write reached it before the read
    /// request did: `W[i] <= commit + t + R[i]`, so the read is consistent from
    /// `t = min over the read set of (W[i] - commit - R[i])`.
    pub fn run(&mut self, rng: &mut fastrand::Rng) -> Trial {
        let (n, r, w) = (self.n, self.r, self.w);
        let (wdist, ars) = self.profile.dists();
        // Datacenters of the two coordinators (WAN only); replica i lives in datacenter i.
        let (writer, reader) = if self.profile == Profile::Wan {
            (rng.usize(..n), rng.usize(..n))
        } else {
            (usize::MAX, usize::MAX)
        };
        let hop = |coordinator: usize, i: usize| {
            if coordinator == usize::MAX || coordinator == i {
                0.0
            } else {
                WAN_ONE_WAY_MS
            }
        };
        for i in 0..n {
            self.wd[i] = wdist.sample(rng) + hop(writer, i);
            let ack = ars.sample(rng) + hop(writer, i);
            self.rd[i] = ars.sample(rng) + hop(reader, i);
            let response = ars.sample(rng) + hop(reader, i);
            self.acks[i] = self.wd[i] + ack;
            self.round_trips[i] = self.rd[i] + response;
            self.order[i] = i;
        }
        let commit = *self.acks.select_nth_unstable_by(w - 1, f64::total_cmp).1;
        let round_trips = &self.round_trips;
        // The read set: the R replicas whose responses arrive first.
        let (_, &mut rth, _) = self
            .order
            .select_nth_unstable_by(r - 1, |&a, &b| round_trips[a].total_cmp(&round_trips[b]));
        let read = round_trips[rth];
        let visible_after = self.order[..r]
            .iter()
            .map(|&i| self.wd[i] - commit - self.rd[i])
            .fold(f64::INFINITY, f64::min)
            .max(0.0);
        Trial {
            commit,
            read,
            visible_after,
        }
    }
}
