//! K-th Largest Value: the reference's binding and the large cases.

use crate::support::*;

function!(kth_largest(nums: Vec<i64>, k: i64) -> i64);

/// 100,000 numbers with `k` half of them, so removing the largest `k - 1` times is billions of
/// steps: random values over the whole range, then ascending values with many repeats.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let random = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let ascending: Vec<i64> = (0..n as i64)
        .map(|i| i / 3 * 20_000 - 666_660_000)
        .collect();
    vec![args![random, 50_000_i64], args![ascending, 60_000_i64]]
}
