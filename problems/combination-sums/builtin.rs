//! Every Way to Pay Exact Change: the reference's binding and the large cases.

use crate::support::*;

function!(combination_sums(coins: Vec<i64>, target: i64) -> Vec<Vec<i64>>);

/// A target of 40, the largest: with every value from 1 to 40 (37,338 ways, and over 5 * 10^11
/// ordered sequences for a search that removes duplicates afterwards), and with 20 random values
/// from 2 to 40.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut every: Vec<i64> = (1..=40).collect();
    rng.shuffle(&mut every);
    let some = distinct_ints(rng, 20, 2, 40);
    vec![args![every, 40_i64], args![some, 40_i64]]
}
