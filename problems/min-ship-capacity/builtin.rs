//! Smallest Barge for the Delivery Deadline: the reference's binding and the large cases.

use crate::support::*;

function!(min_capacity(weights: Vec<i64>, days: i64) -> i64);

/// 50,000 parcels: trying capacities one by one from the heaviest parcel needs about a hundred
/// million tries when there are only 3 days, each a pass over the parcels. Then random weights
/// over 500 days, every parcel at the largest weight over 7 days, and one day (the answer is the
/// total weight, 5 * 10^8).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 50_000;
    vec![
        args![ints(rng, n, 1, 10_000), 3_i64],
        args![ints(rng, n, 1, 10_000), 500_i64],
        args![vec![10_000_i64; n], 7_i64],
        args![vec![10_000_i64; n], 1_i64],
    ]
}
