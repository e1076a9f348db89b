//! Empty Lockers: the reference's binding and the large cases.

use crate::support::*;

function!(all_missing_numbers(nums: Vec<i64>) -> Vec<i64>);

/// 100,000 values where half the numbers are missing, so a scan for each missing number walks
/// the whole array: the even numbers each twice, shuffled; then random values, where about a
/// third of the numbers are missing.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 100_000;
    let mut evens: Vec<i64> = (1..=n / 2).flat_map(|k| [2 * k, 2 * k]).collect();
    rng.shuffle(&mut evens);
    let random = ints(rng, n as usize, 1, n);
    vec![args![evens], args![random]]
}
