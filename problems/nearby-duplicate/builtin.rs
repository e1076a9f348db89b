//! Duplicate Within K Positions: the reference's binding and the large cases.

use crate::support::*;

function!(nearby_duplicate(nums: Vec<i64>, k: i64) -> bool);

/// 200,000 values where comparing each one with the next `k` is billions of comparisons: all
/// distinct with `k` beyond the array; every value repeated exactly `k + 1` apart (one too far);
/// and the same with one pair moved to exactly `k` apart at the very end.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let distinct = distinct_ints(rng, n, -1_000_000_000, 1_000_000_000);
    let k = 50_000_usize;
    // A block of k + 1 distinct values repeated: equal values sit exactly k + 1 apart.
    let block = distinct_ints(rng, k + 1, -1_000_000_000, 1_000_000_000);
    let far: Vec<i64> = (0..n).map(|i| block[i % (k + 1)]).collect();
    let mut near = far.clone();
    near[n - 1] = near[n - 1 - k];
    vec![
        args![distinct, 1_000_000_000_i64],
        args![far, k as i64],
        args![near, k as i64],
    ]
}
