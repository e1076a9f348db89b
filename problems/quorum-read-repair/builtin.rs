//! Quorum Reads With Read Repair: the reference's binding and the large cases.

use crate::support::*;

function!(quorum_reads(n: i64, w: i64, r: i64, ops: Vec<String>) -> Vec<i64>);

/// `m` operations on `n` replicas, half writes, over `keys` keys, each touching a random set of
/// `w` or `r` distinct replicas.
fn workload(rng: &mut Rng, n: usize, w: usize, r: usize, m: usize, keys: usize) -> Input {
    let mut all: Vec<usize> = (0..n).collect();
    let ops: Vec<String> = (0..m)
        .map(|_| {
            rng.shuffle(&mut all);
            let key = format!("key{}", rng.usize(..keys));
            let pick = |k: usize| {
                let ids: Vec<String> = all[..k].iter().map(usize::to_string).collect();
                ids.join(" ")
            };
            if rng.bool() {
                let value = rng.i64(0..=1_000_000_000);
                format!("write {key} {value} {}", pick(w))
            } else {
                format!("read {key} {}", pick(r))
            }
        })
        .collect();
    args![n as i64, w as i64, r as i64, ops]
}

/// 100,000 operations on 9 replicas with W = R = 5 over 10,000 keys, and 50,000 on 100
/// replicas with W = 30 and R = 20 over 100 keys: 1,250,000 replica visits.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        workload(rng, 9, 5, 5, 100_000, 10_000),
        workload(rng, 100, 30, 20, 50_000, 100),
    ]
}
