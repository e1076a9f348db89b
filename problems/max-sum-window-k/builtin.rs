//! Best Stretch of K Hours: the reference's binding and the large cases.

use crate::support::*;

function!(max_window_sum(nums: Vec<i64>, k: i64) -> i64);

/// 200,000 values with windows of half and a third of the array, where summing every window
/// afresh adds up ten billion numbers; in the second the values rise, so the best window is the
/// very last one.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let random = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let rising: Vec<i64> = (0..n as i64)
        .map(|i| i * 10_000 - 1_000_000_000 + rng.i64(-5_000..=5_000))
        .map(|x| x.clamp(-1_000_000_000, 1_000_000_000))
        .collect();
    vec![args![random, 100_000_i64], args![rising, 66_667_i64]]
}
