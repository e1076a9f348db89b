//! Every Combination of Feature Flags: the reference's binding and the large cases.

use crate::support::*;

function!(all_subsets(flags: Vec<i64>) -> Vec<Vec<i64>>);

/// Sixteen flags, the most allowed (65,536 subsets): random ids over the whole range, and ids
/// near both extremes, so a solution that keeps 32-bit ids is wrong.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let random = distinct_ints(rng, 16, -1_000_000_000, 1_000_000_000);
    let mut extremes: Vec<i64> = (0..8).map(|i| 1_000_000_000 - i).collect();
    extremes.extend((0..8).map(|i| -1_000_000_000 + i));
    rng.shuffle(&mut extremes);
    vec![args![random], args![extremes]]
}
