//! Ways to Pay Exactly: the reference's binding and the large cases.

use crate::support::*;

function!(count_payments(coins: Vec<i64>, amount: i64) -> i64);

/// The largest amount with the most coin values, most of them small, so that trying every
/// number of copies of each coin is hundreds of millions of steps: the values 1 to 100 in
/// random order, then 100 random values of which 40 are below 50.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut small: Vec<i64> = (1..=100).collect();
    rng.shuffle(&mut small);
    let mut mixed = distinct_ints(rng, 40, 1, 49);
    mixed.extend(distinct_ints(rng, 60, 50, 10_000));
    rng.shuffle(&mut mixed);
    vec![args![small, 10_000_i64], args![mixed, 9_999_i64]]
}
