//! The replicas the read-repair lab simulates: version vectors with the `descends` relation,
//! replicas that keep concurrent versions as siblings (or, under last-write-wins, only the
//! highest timestamp), writes that reach W replicas, hints for replicas that are down, and a
//! read that merges what R replicas hold and repairs the stale ones.

use std::collections::BTreeMap;
use std::fmt;
use std::fmt::Write as _;

/// A version vector: for each replica that coordinated writes, how many it has coordinated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionVector(BTreeMap<usize, u64>);

impl VersionVector {
    /// A vector from (replica index, counter) pairs.
    pub fn of(entries: &[(usize, u64)]) -> VersionVector {
        VersionVector(entries.iter().copied().filter(|&(_, c)| c > 0).collect())
    }

    /// Whether this vector has seen everything `other` has: every counter at least as high.
    /// A vector descends from itself.
    pub fn descends(&self, other: &VersionVector) -> bool {
        other
            .0
            .iter()
            .all(|(node, &count)| self.0.get(node).copied().unwrap_or(0) >= count)
    }

    /// Neither descends from the other: the writes happened without seeing each other.
    pub fn concurrent(&self, other: &VersionVector) -> bool {
        !self.descends(other) && !other.descends(self)
    }

    /// The pointwise maximum: a vector that descends from both.
    #[must_use]
    pub fn merge(&self, other: &VersionVector) -> VersionVector {
        let mut out = self.0.clone();
        for (&node, &count) in &other.0 {
            let c = out.entry(node).or_insert(0);
            *c = (*c).max(count);
        }
        VersionVector(out)
    }

    /// The vector of a write coordinated by `node` with this one as its context.
    #[must_use]
    pub fn bump(&self, node: usize) -> VersionVector {
        let mut out = self.0.clone();
        *out.entry(node).or_insert(0) += 1;
        VersionVector(out)
    }

    /// (replica number from 1, counter) pairs, for serialising.
    pub fn entries(&self) -> Vec<(usize, u64)> {
        self.0.iter().map(|(&n, &c)| (n + 1, c)).collect()
    }
}

impl fmt::Display for VersionVector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(n, c)| format!("r{}:{c}", n + 1))
            .collect();
        write!(f, "{{{}}}", parts.join(", "))
    }
}

/// A stored value: its version vector, and the timestamp last-write-wins compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub value: String,
    pub clock: VersionVector,
    pub stamp: u64,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value, self.clock)
    }
}

/// How replicas reconcile two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Keep every version no other descends from (siblings when concurrent).
    Vectors,
    /// Keep the highest timestamp, whatever the vectors say.
    LastWriteWins,
}

#[derive(Debug, Clone)]
pub struct Replica {
    pub up: bool,
    /// The versions held: one, or several concurrent siblings.
    pub versions: Vec<Version>,
    /// Writes kept for replicas that were down: (replica index, version).
    pub hints: Vec<(usize, Version)>,
}

impl Replica {
    /// Stores a version by the rule; returns whether anything changed.
    pub fn receive(&mut self, v: &Version, rule: Rule) -> bool {
        match rule {
            Rule::Vectors => {
                if self.versions.iter().any(|s| s.clock.descends(&v.clock)) {
                    return false;
                }
                self.versions.retain(|s| !v.clock.descends(&s.clock));
                self.versions.push(v.clone());
                true
            }
            Rule::LastWriteWins => {
                let newer = self
                    .versions
                    .iter()
                    .all(|s| (v.stamp, &v.value) > (s.stamp, &s.value));
                if newer {
                    self.versions = vec![v.clone()];
                }
                newer
            }
        }
    }
}

/// What a write did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteOutcome {
    /// Replicas that stored it (indices), W of them when it succeeded.
    pub stored: Vec<usize>,
    /// (holder, intended) when a hint was kept for a replica that was down.
    pub hint: Option<(usize, usize)>,
    pub succeeded: bool,
}

/// What a read did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOutcome {
    pub asked: Vec<usize>,
    /// The versions returned: those no other reply descends from (siblings when several).
    pub returned: Vec<Version>,
    /// Replicas in the read set that were brought up to date.
    pub repaired: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Cluster {
    pub replicas: Vec<Replica>,
    pub rule: Rule,
}

impl Cluster {
    /// `n` replicas, all up and holding `initial`.
    pub fn new(n: usize, initial: &Version, rule: Rule) -> Cluster {
        Cluster {
            replicas: (0..n)
                .map(|_| Replica {
                    up: true,
                    versions: vec![initial.clone()],
                    hints: Vec::new(),
                })
                .collect(),
            rule,
        }
    }

    fn n(&self) -> usize {
        self.replicas.len()
    }

    /// Replicas in preference order from `first`, round the ring.
    fn from(&self, first: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.n()).map(move |i| (first + i) % self.n())
    }

    /// A write through the coordinator `first`: it is sent to the first W replicas of the
    /// preference list; a replica that is down is replaced by the next live one, which keeps a
    /// hint for it when `handoff` is on. Only those W store it: the rest miss the write. It
    /// fails when fewer than W replicas are up.
    pub fn write(&mut self, first: usize, v: &Version, w: usize, handoff: bool) -> WriteOutcome {
        let live: Vec<usize> = self.from(first).filter(|&i| self.replicas[i].up).collect();
        if live.len() < w {
            return WriteOutcome {
                stored: Vec::new(),
                hint: None,
                succeeded: false,
            };
        }
        let stored: Vec<usize> = live[..w].to_vec();
        for &i in &stored {
            self.replicas[i].receive(v, self.rule);
        }
        let intended: Vec<usize> = self.from(first).take(w).collect();
        let mut hint = None;
        if let (true, Some(&down), Some(&holder)) = (
            handoff,
            intended.iter().find(|&&i| !self.replicas[i].up),
            stored.iter().find(|i| !intended.contains(i)),
        ) {
            self.replicas[holder].hints.push((down, v.clone()));
            hint = Some((holder, down));
        }
        WriteOutcome {
            stored,
            hint,
            succeeded: true,
        }
    }

    /// Brings a replica back; replicas holding hints for it hand them over. Returns the
    /// replicas that handed a hint over.
    pub fn recover(&mut self, i: usize) -> Vec<usize> {
        self.replicas[i].up = true;
        let mut from = Vec::new();
        for holder in 0..self.n() {
            let (mine, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.replicas[holder].hints)
                .into_iter()
                .partition(|(to, _)| *to == i);
            self.replicas[holder].hints = others;
            for (_, v) in mine {
                self.replicas[i].receive(&v, self.rule);
                from.push(holder);
            }
        }
        from
    }

    /// A read of R replicas from `first` (the live ones in preference order): returns the
    /// versions no reply descends from (or the newest, under last-write-wins) and writes them
    /// back to the replicas in the read set that lacked them.
    pub fn read(&mut self, first: usize, r: usize) -> ReadOutcome {
        let asked: Vec<usize> = self
            .from(first)
            .filter(|&i| self.replicas[i].up)
            .take(r)
            .collect();
        let mut merged = Replica {
            up: true,
            versions: Vec::new(),
            hints: Vec::new(),
        };
        for &i in &asked {
            for v in &self.replicas[i].versions {
                merged.receive(v, self.rule);
            }
        }
        let returned = merged.versions;
        let mut repaired = Vec::new();
        for &i in &asked {
            let mut changed = false;
            for v in &returned {
                changed |= self.replicas[i].receive(v, self.rule);
            }
            if changed {
                repaired.push(i);
            }
        }
        ReadOutcome {
            asked,
            returned,
            repaired,
        }
    }

    /// Whether every replica holds the same versions.
    pub fn converged(&self) -> bool {
        let first = &self.replicas[0].versions;
        self.replicas.iter().all(|r| {
            r.versions.len() == first.len() && r.versions.iter().all(|v| first.contains(v))
        })
    }

    /// Each replica's state in a line.
    pub fn show(&self) -> Vec<String> {
        self.replicas
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let versions: Vec<String> = r
                    .versions
                    .iter()
                    .map(|v| match self.rule {
                        Rule::Vectors => v.to_string(),
                        Rule::LastWriteWins => format!("{} @t{}", v.value, v.stamp),
                    })
                    .collect();
                let mut hints = String::new();
                for (to, v) in &r.hints {
                    let _ = write!(hints, " [hint for r{}: {}]", to + 1, v.value);
                }
                format!(
                    "r{}: {}{}{}",
                    i + 1,
                    if r.up { "" } else { "DOWN, holds " },
                    versions.join(" | "),
                    hints
                )
            })
            .collect()
    }
}
