//! Smoothing Latency With a Moving Median: the reference's binding and the large cases.

use crate::support::*;

function!(window_medians(nums: Vec<i64>, k: i64) -> Vec<f64>);

/// 100,000 readings with windows of half the length (sorting each window is 10^10 steps in
/// all), of 317 and of the whole array, over random, duplicate-heavy and ascending values.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let random = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let few = ints(rng, n, -2, 2);
    let ascending: Vec<i64> = (0..n as i64).map(|i| i * 20_000 - 1_000_000_000).collect();
    vec![
        args![random.clone(), 50_000_i64],
        args![few, 50_001_i64],
        args![ascending, 40_000_i64],
        args![random, 317_i64],
    ]
}
