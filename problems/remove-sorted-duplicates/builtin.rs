//! Compact a Sorted Tag Log: the reference's binding and the large cases.

use crate::support::*;

function!(compact_sorted(nums: Vec<i64>) -> Vec<i64>);

/// 500,000 readings where deleting duplicates one by one shifts the rest of the array hundreds
/// of thousands of times: 1,000 tags read about 500 times each, and tags drawn from 200,000
/// numbers (most read two or three times).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 500_000;
    let mut few = ints(rng, n, -500, 499);
    few.sort_unstable();
    let mut many = ints(rng, n, -99_999, 99_999);
    many.sort_unstable();
    vec![args![few], args![many]]
}
