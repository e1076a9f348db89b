//! Gentlest Route Across the Terrain: the reference's binding and the large cases.

use crate::support::*;

/// A 200 x 200 map that is flat (altitude 0) where `flat(r, c)` holds, random altitudes up to
/// 5 * 10^8 elsewhere, and the goal at 10^9.
fn split(rng: &mut Rng, flat: impl Fn(usize, usize) -> bool) -> Vec<Vec<i64>> {
    let n = 200;
    let mut map: Vec<Vec<i64>> = (0..n)
        .map(|r| {
            (0..n)
                .map(|c| {
                    if flat(r, c) {
                        0
                    } else {
                        rng.i64(0..=500_000_000)
                    }
                })
                .collect()
        })
        .collect();
    map[n - 1][n - 1] = 1_000_000_000;
    map
}

function!(min_effort_path(heights: Vec<Vec<i64>>) -> i64);

/// Maps whose flat left (then top) half holds the start and whose other half is rugged: tens
/// of thousands of distinct step sizes lie below the answer, and trying each size in turn
/// floods the whole flat half every time.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let left = split(rng, |_, c| c < 100);
    let top = split(rng, |r, _| r < 100);
    vec![args![left], args![top]]
}
