//! Connect Points at Minimum Cost: the reference's binding and the large cases.

use crate::support::*;

function!(min_cost_connect(points: Vec<Vec<i64>>) -> i64);

/// 1,000 points spread over the whole coordinate range, and 1,000 points in a small square with
/// many duplicates: scanning every connected-unconnected pair for each link is `O(n^3)`, hundreds
/// of millions of distances.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 1_000;
    let spread: Vec<Vec<i64>> = (0..n)
        .map(|_| ints(rng, 2, -1_000_000_000, 1_000_000_000))
        .collect();
    let dense: Vec<Vec<i64>> = (0..n).map(|_| ints(rng, 2, -20, 20)).collect();
    vec![args![spread], args![dense]]
}
