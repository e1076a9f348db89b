//! Pair With Target Sum: the reference's binding and the large cases.

use crate::support::*;

function!(pair_with_target_sum(nums: Vec<i64>, target: i64) -> Vec<i64>);

/// Two sorted arrays of 200,000 numbers where a scan of every pair must look at billions of
/// pairs: the pair sits in the middle, then at the very end.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    // Distinct even numbers and one odd number: with an odd target, only the odd number and one
    // particular even number add up to it.
    let mut nums: Vec<i64> = distinct_ints(rng, n - 1, -500_000_000, 500_000_000)
        .into_iter()
        .map(|x| x * 2)
        .collect();
    nums.sort_unstable();
    let odd = 2 * rng.i64(-1000..1000) + 1;
    let target = odd + nums[n / 2];
    nums.push(odd);
    nums.sort_unstable();
    // 0, 2, 4, ... with the last two made odd: only they add up to their sum.
    let mut top: Vec<i64> = (0..n as i64).map(|i| i * 2).collect();
    top[n - 1] += 1;
    top[n - 2] += 1;
    let top_target = top[n - 1] + top[n - 2];
    vec![args![nums, target], args![top, top_target]]
}
