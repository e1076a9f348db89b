//! The Badge Scanned Only Once: the reference's binding and the large cases.

use crate::support::*;

function!(single_among_triples(nums: Vec<i64>) -> i64);

/// 100,000 values: 33,333 values three times each and the single one at the very end, so
/// counting each value with a scan of the array costs billions of steps before it is found.
/// Then the same size shuffled, with the single value negative.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let k = 33_333;
    let vals = distinct_ints(rng, k + 1, -1_000_000_000, 1_000_000_000);
    let mut ordered: Vec<i64> = (0..3).flat_map(|_| vals[..k].iter().copied()).collect();
    ordered.push(vals[k]);
    let mut vals = distinct_ints(rng, k + 1, 1, 1_000_000_000);
    vals[k] = -vals[k];
    let mut shuffled: Vec<i64> = (0..3).flat_map(|_| vals[..k].iter().copied()).collect();
    shuffled.push(vals[k]);
    rng.shuffle(&mut shuffled);
    vec![args![ordered], args![shuffled]]
}
