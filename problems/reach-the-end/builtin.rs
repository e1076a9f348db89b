//! Hopping Across the Stepping Stones: the reference's binding and the large cases.

use crate::support::*;

function!(can_reach_end(hops: Vec<i64>) -> bool);

/// 100,000 stones: marking every stone each one can reach costs five billion steps when every
/// hop is long, even though the answer is plain. Then a path that a single zero cuts off near
/// the end, and random short hops with no zeros.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let long: Vec<i64> = (0..n as i64).map(|i| n as i64 - i).collect();
    let mut blocked = vec![1_i64; n];
    blocked[n - 2] = 0;
    let short = ints(rng, n, 1, 3);
    vec![args![long], args![blocked], args![short]]
}
