//! The Unreturned Library Book: the reference's binding and the large cases.

use crate::support::*;

function!(missing_number(nums: Vec<i64>) -> i64);

/// `0..=n` without `missing`, shuffled.
fn shelf(rng: &mut Rng, n: i64, missing: i64) -> Vec<i64> {
    let mut nums: Vec<i64> = (0..=n).filter(|&k| k != missing).collect();
    rng.shuffle(&mut nums);
    nums
}

/// 200,000 shuffled numbers missing `n` (a scan per number checks every number first), and
/// missing one in the top tenth.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let late = rng.i64(n - n / 10..n);
    vec![args![shelf(rng, n, n)], args![shelf(rng, n, late)]]
}
