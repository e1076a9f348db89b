//! The Merkle-tree lab: two replicas of K keys that differ in d of them, each summarised by a
//! tree of SHA-256 hashes (fanout f, depth D; leaves hash the keys that fall in them). Comparing
//! from the root down and descending only into children whose hashes differ finds the differing
//! keys while exchanging a small fraction of what a full sync would send.

use std::collections::BTreeSet;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::util::{Ticker, hash64};
use super::{Error, Lab, ParamSpec, Scale};

pub const LAB: Lab = Lab {
    id: "merkle",
    title: "Merkle trees: anti-entropy between replicas",
    about: "Replicas compare a tree of hashes from the root down: equal roots mean equal data; a \
            differing node means look at its children. Only the leaves that differ are synced. \
            Space steps one level down. Compare the hashes exchanged and keys sent with a full sync, \
            and see how fanout and depth trade round trips against leaf size.",
    params: &[
        ParamSpec::num(
            "keys",
            "keys",
            1024.0,
            (16.0, 1_000_000.0),
            Scale::Count,
            "keys on each replica",
        ),
        ParamSpec::num(
            "diff",
            "differing keys",
            8.0,
            (0.0, 1_000_000.0),
            Scale::Count,
            "keys whose values differ",
        ),
        ParamSpec::num(
            "fanout",
            "fanout",
            2.0,
            (2.0, 16.0),
            Scale::Linear(1.0),
            "children per node",
        ),
        ParamSpec::num(
            "depth",
            "depth",
            6.0,
            (1.0, 16.0),
            Scale::Linear(1.0),
            "levels below the root",
        ),
    ],
    stepped: true,
};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub keys: u32,
    pub diff: u32,
    pub fanout: u32,
    pub depth: u32,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        Params {
            keys: v("keys") as u32,
            diff: v("diff") as u32,
            fanout: v("fanout") as u32,
            depth: v("depth") as u32,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Level {
    pub depth: u32,
    pub compared: u64,
    pub differing: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub keys: u32,
    pub diff: u32,
    pub fanout: u32,
    pub depth: u32,
    pub leaves: u64,
    /// Levels examined so far (all of them when not stepping).
    pub levels: Vec<Level>,
    pub finished: bool,
    pub hashes_exchanged: u64,
    pub nodes_visited: u64,
    pub differing_leaves: u64,
    /// Keys in the differing leaves: what is sent to repair.
    pub keys_transferred: u64,
    /// Differing keys found (all of them once finished).
    pub differing_keys_found: u64,
    /// What a full sync sends: every key.
    pub full_sync_keys: u64,
}

/// Hashes of every node, level by level (level 0 is the root).
fn tree(
    values: &[u64],
    leaf_of: &[u64],
    fanout: u64,
    depth: u32,
    ticker: &mut Ticker,
) -> Result<Vec<Vec<[u8; 32]>>, Error> {
    let leaves = fanout.pow(depth) as usize;
    let mut buckets: Vec<Sha256> = (0..leaves).map(|_| Sha256::new()).collect();
    for (key, (&value, &leaf)) in values.iter().zip(leaf_of).enumerate() {
        if key % 65_536 == 0 {
            ticker.at(key, values.len())?;
        }
        let b = &mut buckets[leaf as usize];
        b.update((key as u64).to_le_bytes());
        b.update(value.to_le_bytes());
    }
    let mut levels = vec![
        buckets
            .into_iter()
            .map(|h| h.finalize().into())
            .collect::<Vec<[u8; 32]>>(),
    ];
    for _ in 0..depth {
        let below = levels.last().expect("a level");
        let above: Vec<[u8; 32]> = below
            .chunks(fanout as usize)
            .map(|children| {
                let mut h = Sha256::new();
                for c in children {
                    h.update(c);
                }
                h.finalize().into()
            })
            .collect();
        levels.push(above);
    }
    levels.reverse();
    Ok(levels)
}

pub fn run(p: &Params, seed: u64, step: usize, ticker: &mut Ticker) -> Result<Report, Error> {
    let fanout = u64::from(p.fanout);
    if p.fanout < 2 || p.depth == 0 || fanout.checked_pow(p.depth).is_none_or(|l| l > 1 << 20) {
        return Err(Error::Invalid("--fanout must be at least 2, --depth at least 1, and fanout^depth at most 1,048,576 leaves".to_owned()));
    }
    if p.diff > p.keys {
        return Err(Error::Invalid(format!(
            "--diff ({}) cannot exceed --keys ({})",
            p.diff, p.keys
        )));
    }
    let leaves = fanout.pow(p.depth);
    let leaf_of: Vec<u64> = (0..p.keys)
        .map(|k| hash64(&k.to_le_bytes(), seed) % leaves)
        .collect();
    let a: Vec<u64> = (0..p.keys)
        .map(|k| hash64(&k.to_le_bytes(), seed ^ 0xa))
        .collect();
    let mut b = a.clone();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut changed = BTreeSet::new();
    while changed.len() < p.diff as usize {
        changed.insert(rng.u32(0..p.keys));
    }
    for &k in &changed {
        b[k as usize] ^= 0xdead_beef;
    }
    let ta = tree(&a, &leaf_of, fanout, p.depth, ticker)?;
    let tb = tree(&b, &leaf_of, fanout, p.depth, ticker)?;
    let limit = if step == 0 {
        p.depth as usize + 1
    } else {
        step.min(p.depth as usize + 1)
    };
    let mut frontier: Vec<u64> = vec![0];
    let mut levels = Vec::new();
    let (mut hashes, mut visited) = (0u64, 0u64);
    for depth in 0..limit {
        let differing: Vec<u64> = frontier
            .iter()
            .copied()
            .filter(|&i| ta[depth][i as usize] != tb[depth][i as usize])
            .collect();
        hashes += frontier.len() as u64;
        visited += frontier.len() as u64;
        levels.push(Level {
            depth: depth as u32,
            compared: frontier.len() as u64,
            differing: differing.len() as u64,
        });
        if depth == p.depth as usize {
            frontier = differing;
            break;
        }
        frontier = differing
            .iter()
            .flat_map(|&i| (0..fanout).map(move |c| i * fanout + c))
            .collect();
    }
    let finished = limit == p.depth as usize + 1;
    let (differing_leaves, keys_transferred, found) = if finished {
        let diff_leaves: BTreeSet<u64> = frontier.iter().copied().collect();
        let sent = leaf_of.iter().filter(|l| diff_leaves.contains(l)).count() as u64;
        let found = changed
            .iter()
            .filter(|&&k| diff_leaves.contains(&leaf_of[k as usize]))
            .count() as u64;
        (diff_leaves.len() as u64, sent, found)
    } else {
        (0, 0, 0)
    };
    Ok(Report {
        keys: p.keys,
        diff: p.diff,
        fanout: p.fanout,
        depth: p.depth,
        leaves,
        levels,
        finished,
        hashes_exchanged: hashes,
        nodes_visited: visited,
        differing_leaves,
        keys_transferred,
        differing_keys_found: found,
        full_sync_keys: u64::from(p.keys),
    })
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        let mut out = vec![format!(
            "{} keys, {} differ; tree of fanout {} and depth {} ({} leaves, about {:.1} keys each).",
            self.keys,
            self.diff,
            self.fanout,
            self.depth,
            self.leaves,
            f64::from(self.keys) / self.leaves as f64
        )];
        for l in &self.levels {
            out.push(format!(
                "  level {:>2}: compared {:>6} node hashes, {:>6} differ",
                l.depth, l.compared, l.differing
            ));
        }
        if self.finished {
            out.push(format!(
                "Done: {} hashes exchanged over {} round trips; {} leaves differ, so {} keys are sent ({} of the {} differing keys found) instead of {} for a full sync.",
                self.hashes_exchanged,
                self.levels.len(),
                self.differing_leaves,
                self.keys_transferred,
                self.differing_keys_found,
                self.diff,
                self.full_sync_keys
            ));
        } else {
            out.push(format!(
                "{} hashes exchanged so far; press space to descend a level.",
                self.hashes_exchanged
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_differing_keys_against_a_brute_force_diff() {
        for (keys, diff, fanout, depth) in [
            (1024, 8, 2, 6),
            (1024, 0, 4, 3),
            (5000, 50, 16, 2),
            (1024, 1024, 2, 4),
        ] {
            let r = run(
                &Params {
                    keys,
                    diff,
                    fanout,
                    depth,
                },
                11,
                0,
                &mut Ticker::none(),
            )
            .expect("runs");
            assert!(r.finished);
            assert_eq!(
                r.differing_keys_found,
                u64::from(diff),
                "every differing key is in a differing leaf"
            );
            assert!(r.differing_leaves <= u64::from(diff));
            if diff == 0 {
                assert_eq!(
                    (r.hashes_exchanged, r.keys_transferred),
                    (1, 0),
                    "equal roots end it"
                );
            }
            // Hashes compared: the root, then fanout per differing node above the leaves.
            let above: u64 = r
                .levels
                .iter()
                .take(depth as usize)
                .map(|l| l.differing)
                .sum();
            assert_eq!(r.hashes_exchanged, 1 + above * u64::from(fanout));
        }
    }

    #[test]
    fn few_differences_send_a_small_fraction() {
        let r = run(
            &Params {
                keys: 1024,
                diff: 4,
                fanout: 2,
                depth: 8,
            },
            2,
            0,
            &mut Ticker::none(),
        )
        .expect("runs");
        assert!(r.keys_transferred < 40, "{}", r.keys_transferred);
        assert!(r.hashes_exchanged < 80, "{}", r.hashes_exchanged);
    }

    #[test]
    fn stepping_descends_one_level_at_a_time() {
        let p = Params {
            keys: 1024,
            diff: 8,
            fanout: 2,
            depth: 6,
        };
        assert_eq!(
            run(&p, 1, 1, &mut Ticker::none())
                .expect("runs")
                .levels
                .len(),
            1
        );
        assert_eq!(
            run(&p, 1, 3, &mut Ticker::none())
                .expect("runs")
                .levels
                .len(),
            3
        );
        assert!(!run(&p, 1, 3, &mut Ticker::none()).expect("runs").finished);
    }
}
