//! Token Bucket Admission: the reference's binding and the large cases.

use crate::support::*;

function!(token_bucket(times: Vec<i64>, costs: Vec<i64>, capacity: i64, refill: i64, period: i64) -> Vec<bool>);

/// `n` sorted times with gaps from `0..=2 * mean_gap`.
fn times(rng: &mut Rng, n: usize, mean_gap: i64) -> Vec<i64> {
    let mut t = 0;
    (0..n)
        .map(|_| {
            t += rng.i64(0..=2 * mean_gap);
            t
        })
        .collect()
}

/// 200,000 requests spread over about 10^9 time units, where refilling the bucket one unit at a
/// time is 10^9 steps; then 200,000 bursty requests of random cost against a slow refill.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let sparse = times(rng, n, 5_000);
    let ones = vec![1_i64; n];
    let bursty = times(rng, n, 3);
    let costs = ints(rng, n, 1, 20);
    vec![
        args![sparse, ones, 1_000_i64, 1_i64, 4_000_i64],
        args![bursty, costs, 500_i64, 999_983_i64, 1_000_000_i64],
    ]
}
