//! Earliest Full Connection: the reference's binding and the large cases.

use crate::support::*;

function!(earliest_all_connected(n: i64, logs: Vec<Vec<i64>>) -> i64);

fn int(x: usize) -> i64 {
    i64::try_from(x).unwrap_or(i64::MAX)
}

/// 200,000 links among 100,000 people in random order: a random spanning tree plus random extra
/// links, where the last person's only link is among the latest, so re-searching the network
/// after each link is billions of steps; then the same without that link (the answer is -1).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let m = 200_000;
    let mut links: Vec<(usize, usize)> = (1..n).map(|i| (rng.usize(..i), i)).collect();
    while links.len() < m {
        let a = rng.usize(..n - 1);
        let b = rng.usize(..n - 1);
        if a != b {
            links.push((a, b));
        }
    }
    let mut times = distinct_ints(rng, m, 0, 1_000_000_000);
    let mut sorted = times.clone();
    sorted.sort_unstable();
    // Give the last person's link (index n - 2) the tenth latest time.
    let late = times.iter().position(|&t| t == sorted[m - 10]).unwrap_or(0);
    times.swap(late, n - 2);
    let mut logs: Vec<Vec<i64>> = links
        .iter()
        .zip(&times)
        .map(|(&(a, b), &t)| vec![t, int(a), int(b)])
        .collect();
    rng.shuffle(&mut logs);
    let apart: Vec<Vec<i64>> = logs
        .iter()
        .filter(|l| l[2] != int(n - 1))
        .cloned()
        .collect();
    vec![args![int(n), logs], args![int(n), apart]]
}
