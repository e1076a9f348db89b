//! Peak of Every Window: the reference's binding and the large cases.

use crate::support::*;

function!(window_maxima(nums: Vec<i64>, k: i64) -> Vec<i64>);

/// 200,000 readings where taking the maximum of each window afresh costs about 10^10 steps:
/// random readings with windows of 100,000, falling readings (every reading in the window stays a
/// candidate) with windows of 50,000, and all-equal readings with windows of 100,000.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 200_000;
    let falling: Vec<i64> = (0..n).map(|i| 1_000_000_000 - i * 10_000).collect();
    vec![
        args![
            ints(rng, 200_000, -1_000_000_000, 1_000_000_000),
            100_000_i64
        ],
        args![falling, 50_000_i64],
        args![vec![-7_i64; 200_000], 100_000_i64],
    ]
}
