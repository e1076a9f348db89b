//! Lit Segments on a Binary Counter: the reference's binding and the large cases.

use crate::support::*;

function!(bit_counts(n: i64) -> Vec<i64>);

/// The largest `n`, and one just below a power of two (every lamp lit at the end).
pub fn large(_rng: &mut Rng) -> Vec<Input> {
    vec![args![500_000_i64], args![(1_i64 << 19) - 1]]
}
