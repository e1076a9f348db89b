//! Strides Up the Bell Tower: the reference's binding and the large cases.

use crate::support::*;

function!(count_climbs(n: i64) -> i64);

/// The tallest staircase, and a prime height just below it: Pascal's triangle up to that row is
/// half a trillion additions.
pub fn large(_rng: &mut Rng) -> Vec<Input> {
    vec![args![1_000_000_i64], args![999_983_i64]]
}
