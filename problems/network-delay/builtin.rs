//! Alarm Relay Coverage Time: the reference's binding and the large cases.

use crate::support::*;

/// A chain through all `n` stations in random order, from the source, with delays up to 20,000
/// (about 10^9 in all, so times pass 2^31), plus `extra` cables pointing back up the chain,
/// which never help. Relaxing the cables round by round moves the alarm only a few stations
/// along the chain per round, so Bellman-Ford needs on the order of `n` rounds.
fn chain(rng: &mut Rng, n: usize, extra: usize) -> (i64, Vec<Vec<i64>>) {
    let mut order: Vec<i64> = (1..=n as i64).collect();
    rng.shuffle(&mut order);
    let mut links: Vec<Vec<i64>> = order
        .windows(2)
        .map(|p| vec![p[0], p[1], rng.i64(1..=20_000)])
        .collect();
    links.reverse();
    for _ in 0..extra {
        let (i, j) = (rng.usize(..n), rng.usize(..n));
        if i < j {
            links.push(vec![order[j], order[i], rng.i64(0..=1_000_000_000)]);
        }
    }
    (order[0], links)
}

function!(network_delay(n: i64, links: Vec<Vec<i64>>, source: i64) -> i64);

/// 50,000 stations and about 75,000 cables: the chain listed from its far end (the worst
/// order for Bellman-Ford), then the chain shuffled and cut before its last station, so the
/// answer is -1.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 50_000;
    let (source, links) = chain(rng, n, 50_000);
    let (cut_source, mut cut) = chain(rng, n, 50_000);
    // The reversed chain's first cable leads to its last station: drop it.
    cut.remove(0);
    rng.shuffle(&mut cut);
    vec![
        args![n as i64, links, source],
        args![n as i64, cut, cut_source],
    ]
}
