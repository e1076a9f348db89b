//! Plus or Minus to a Target: the reference's binding and the large cases.

use crate::support::*;

function!(count_sign_choices(nums: Vec<i64>, target: i64) -> i64);

/// 60 numbers (trying both signs of each is 2^60 assignments): random numbers up to 300 with a
/// target near zero, and small numbers with a few zeros and a target reachable many ways.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let big = ints(rng, 60, 1, 300);
    let total: i64 = big.iter().sum();
    let target = total % 2;
    let mut small = ints(rng, 60, 0, 12);
    small[0] = 0;
    small[1] = 0;
    let small_total: i64 = small.iter().sum();
    let small_target = small_total % 2 + 10;
    vec![args![big, target], args![small, small_target]]
}
