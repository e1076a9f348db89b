//! The hash-ring lab: consistent hashing with virtual nodes. Adding or removing a node moves
//! about 1/N of the keys (against almost all of them for hash mod N), and more virtual nodes per
//! node even out the load (max/mean).

use serde::Serialize;

use super::util::{Ticker, hash64};
use super::{Error, Lab, ParamSpec, Scale};

pub const LAB: Lab = Lab {
    id: "hash-ring",
    title: "Consistent hashing with virtual nodes",
    about: "Nodes and keys hash onto one ring; a key belongs to the first node clockwise. Adding a \
            node moves only the keys it takes over, about 1/(N+1) of them, where hash mod N moves \
            almost all. With few virtual nodes per node the arcs are uneven and one node gets far \
            more than its share; more virtual nodes even the load out.",
    params: &[
        ParamSpec::num(
            "nodes",
            "nodes",
            10.0,
            (1.0, 200.0),
            Scale::Linear(1.0),
            "physical nodes",
        ),
        ParamSpec::num(
            "vnodes",
            "virtual nodes each",
            100.0,
            (1.0, 2_000.0),
            Scale::Count,
            "ring positions per node",
        ),
        ParamSpec::num(
            "keys",
            "keys",
            100_000.0,
            (1_000.0, 2_000_000.0),
            Scale::Count,
            "keys placed",
        ),
    ],
    stepped: false,
};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub nodes: u32,
    pub vnodes: u32,
    pub keys: u32,
}

impl Params {
    pub fn from(v: &dyn Fn(&str) -> f64) -> Params {
        Params {
            nodes: v("nodes") as u32,
            vnodes: v("vnodes") as u32,
            keys: v("keys") as u32,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Sweep {
    pub vnodes: u32,
    pub imbalance: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub nodes: u32,
    pub vnodes: u32,
    pub keys: u32,
    /// Keys on the busiest node over the mean.
    pub imbalance: f64,
    /// Share of keys that move when one node is added, on the ring.
    pub moved_on_add: f64,
    /// The ideal share: 1/(N+1).
    pub ideal_on_add: f64,
    /// Share that moves with hash mod N going to mod N+1.
    pub moved_on_add_mod_n: f64,
    /// Share of keys that move when one node is removed, on the ring (ideal 1/N).
    pub moved_on_remove: f64,
    pub ideal_on_remove: f64,
    pub sweep: Vec<Sweep>,
}

/// A ring: sorted (position, node).
struct Ring(Vec<(u64, u32)>);

impl Ring {
    fn new(nodes: impl Iterator<Item = u32>, vnodes: u32, seed: u64) -> Ring {
        let mut points: Vec<(u64, u32)> = nodes
            .flat_map(|n| {
                (0..vnodes).map(move |v| (hash64(format!("node-{n}#{v}").as_bytes(), seed), n))
            })
            .collect();
        points.sort_unstable();
        Ring(points)
    }

    fn owner(&self, key: u64) -> u32 {
        let i = self.0.partition_point(|(p, _)| *p < key);
        self.0[i % self.0.len()].1
    }
}

fn key_hashes(keys: u32, seed: u64) -> Vec<u64> {
    (0..keys)
        .map(|k| hash64(format!("key-{k}").as_bytes(), seed ^ 0xabc))
        .collect()
}

fn imbalance(ring: &Ring, keys: &[u64], nodes: u32) -> f64 {
    let mut load = vec![0u32; nodes as usize + 1];
    for &k in keys {
        load[ring.owner(k) as usize] += 1;
    }
    let max = load.iter().copied().max().unwrap_or(0);
    f64::from(max) / (keys.len() as f64 / f64::from(nodes))
}

pub fn run(p: &Params, seed: u64, ticker: &mut Ticker) -> Result<Report, Error> {
    if p.nodes == 0 || p.vnodes == 0 || p.keys == 0 {
        return Err(Error::Invalid(
            "--nodes, --vnodes and --keys must all be at least 1".to_owned(),
        ));
    }
    // Eleven rings, each looked up for every key: progress is counted in rings.
    let phases = 11;
    ticker.at(0, phases)?;
    let keys = key_hashes(p.keys, seed);
    let ring = Ring::new(0..p.nodes, p.vnodes, seed);
    let owners: Vec<u32> = keys.iter().map(|&k| ring.owner(k)).collect();
    ticker.at(1, phases)?;
    let grown = Ring::new(0..=p.nodes, p.vnodes, seed);
    let moved_add = keys
        .iter()
        .zip(&owners)
        .filter(|(k, o)| grown.owner(**k) != **o)
        .count();
    ticker.at(2, phases)?;
    let moved_remove = if p.nodes > 1 {
        let shrunk = Ring::new(1..p.nodes, p.vnodes, seed);
        keys.iter()
            .zip(&owners)
            .filter(|(k, o)| shrunk.owner(**k) != **o)
            .count()
    } else {
        keys.len()
    };
    let moved_mod = keys
        .iter()
        .filter(|&&k| k % u64::from(p.nodes) != k % u64::from(p.nodes + 1))
        .count();
    let mut sweep = Vec::new();
    for (i, v) in [1, 10, 50, 100, 200, 500, 1000].into_iter().enumerate() {
        ticker.at(3 + i, phases)?;
        sweep.push(Sweep {
            vnodes: v,
            imbalance: imbalance(&Ring::new(0..p.nodes, v, seed), &keys, p.nodes),
        });
    }
    ticker.at(10, phases)?;
    let n = f64::from(p.nodes);
    let total = keys.len() as f64;
    Ok(Report {
        nodes: p.nodes,
        vnodes: p.vnodes,
        keys: p.keys,
        imbalance: imbalance(&ring, &keys, p.nodes),
        moved_on_add: moved_add as f64 / total,
        ideal_on_add: 1.0 / (n + 1.0),
        moved_on_add_mod_n: moved_mod as f64 / total,
        moved_on_remove: moved_remove as f64 / total,
        ideal_on_remove: 1.0 / n,
        sweep,
    })
}

impl Report {
    pub fn text(&self) -> Vec<String> {
        let mut out = vec![
            format!(
                "{} nodes x {} virtual nodes, {} keys: the busiest node holds {:.2}x the mean.",
                self.nodes, self.vnodes, self.keys, self.imbalance
            ),
            format!(
                "Add a node: {:.2}% of keys move on the ring (ideal 1/(N+1) = {:.2}%); with hash mod N, {:.2}% move.",
                self.moved_on_add * 100.0,
                self.ideal_on_add * 100.0,
                self.moved_on_add_mod_n * 100.0
            ),
            format!(
                "Remove a node: {:.2}% of keys move (ideal 1/N = {:.2}%).",
                self.moved_on_remove * 100.0,
                self.ideal_on_remove * 100.0
            ),
            "Load imbalance (max/mean) by virtual nodes per node:".to_owned(),
        ];
        out.extend(
            self.sweep
                .iter()
                .map(|s| format!("  {:>5} vnodes: {:.2}x", s.vnodes, s.imbalance)),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_match_the_ideal_and_mod_n_moves_almost_everything() {
        let r = run(
            &Params {
                nodes: 10,
                vnodes: 200,
                keys: 100_000,
            },
            5,
            &mut Ticker::none(),
        )
        .expect("runs");
        assert!(
            (r.moved_on_add - 1.0 / 11.0).abs() < 0.02,
            "{}",
            r.moved_on_add
        );
        assert!(
            (r.moved_on_remove - 0.1).abs() < 0.02,
            "{}",
            r.moved_on_remove
        );
        // k mod 10 == k mod 11 only when k mod 110 < 10: 10/110 stay, 100/110 move.
        assert!(
            (r.moved_on_add_mod_n - 100.0 / 110.0).abs() < 0.01,
            "{}",
            r.moved_on_add_mod_n
        );
    }

    #[test]
    fn more_virtual_nodes_even_the_load() {
        let r = run(
            &Params {
                nodes: 10,
                vnodes: 100,
                keys: 100_000,
            },
            5,
            &mut Ticker::none(),
        )
        .expect("runs");
        let first = r.sweep.first().expect("sweep").imbalance;
        let last = r.sweep.last().expect("sweep").imbalance;
        assert!(first > 1.5, "one vnode per node is uneven: {first}");
        assert!(
            last < 1.15,
            "a thousand vnodes per node is close to even: {last}"
        );
    }
}
