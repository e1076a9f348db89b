//! Count Subarrays With Sum K: the reference's binding and the large cases.

use crate::support::*;

function!(count_subarrays_with_sum(nums: Vec<i64>, k: i64) -> i64);

/// 200,000 values each, where summing every subarray is 2 * 10^10 additions: all zeros with
/// `k = 0` (every one of the 20,000,100,000 subarrays counts, beyond 32 bits); small values of
/// both signs with many matches; and values at the bounds with a `k` no subarray reaches.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let zeros = vec![0_i64; n];
    let small = ints(rng, n, -2, 2);
    let wide = ints(rng, n, -10_000, 10_000);
    vec![
        args![zeros, 0_i64],
        args![small, 3_i64],
        args![wide, 2_000_000_000_i64],
    ]
}
