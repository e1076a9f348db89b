//! Next Booking to Start: the reference's binding and the large cases.

use crate::support::*;

function!(next_interval(intervals: Vec<Vec<i64>>) -> Vec<i64>);

/// 100,000 intervals, so comparing every pair is ten billion steps: random ones over the whole
/// range, and short ones with consecutive starts listed from the last to the first.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let random: Vec<Vec<i64>> = distinct_ints(rng, n, -1_000_000_000, 1_000_000_000)
        .into_iter()
        .map(|s| vec![s, rng.i64(s..=1_000_000_000)])
        .collect();
    let chain: Vec<Vec<i64>> = (0..n as i64)
        .rev()
        .map(|i| vec![i * 10_000, i * 10_000 + rng.i64(0..=20_000)])
        .collect();
    vec![args![random], args![chain]]
}
